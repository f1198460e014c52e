import { buildSchema, isInputObjectType, isListType, isNonNullType, type GraphQLInputObjectType, type GraphQLInputType } from 'graphql';
import { z } from 'zod';
import { loadTypeDefs } from '../../src/api/schema';
import * as inputs from '../../src/domain/inputs';
import * as reviewInputs from '../../src/domain/review-inputs';
import * as deskInputs from '../../src/domain/desk-inputs';

/** A field's shape as both sides can state it: required or not, and how deeply it is a list. */
interface Shape {
  optional: boolean;
  lists: number;
  object: string | null;
}

const schema = buildSchema(loadTypeDefs());
const inputTypes = Object.values(schema.getTypeMap()).filter((t): t is GraphQLInputObjectType => isInputObjectType(t) && t.name.endsWith('Input'));

/** Every exported zod object of the domain's input modules, by name (AddSourceInput → addSourceInput). */
const zodInputs = new Map<string, z.ZodObject>();
for (const [name, value] of [...Object.entries(inputs), ...Object.entries(reviewInputs), ...Object.entries(deskInputs)] as [string, unknown][]) {
  if (value instanceof z.ZodObject) zodInputs.set(name, value);
}
const twinName = (sdlName: string) => sdlName[0].toLowerCase() + sdlName.slice(1);

function sdlShape(type: GraphQLInputType, hasDefault: boolean): Shape {
  let t = type;
  const optional = !isNonNullType(t) || hasDefault;
  let lists = 0;
  for (;;) {
    if (isNonNullType(t)) t = t.ofType;
    else if (isListType(t)) {
      lists += 1;
      t = t.ofType;
    } else break;
  }
  return { optional, lists, object: isInputObjectType(t) ? t.name : null };
}

/** Unwraps optional/nullable/default/pipe wrappers and arrays; a nested object is named by the SDL type it must match. */
function zodShape(field: z.ZodType, sdlObject: string | null): Shape & { inner: z.ZodType } {
  let s = field;
  let optional = false;
  let lists = 0;
  for (;;) {
    const def = s.def as { type: string; innerType?: z.ZodType; element?: z.ZodType; out?: z.ZodType };
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
      optional = true;
      s = def.innerType!;
    } else if (def.type === 'pipe') s = def.out!;
    else if (def.type === 'array') {
      lists += 1;
      s = def.element!;
    } else break;
  }
  return { optional, lists, object: s instanceof z.ZodObject ? sdlObject : null, inner: s };
}

/** Differences between an SDL input type and a zod object, as readable lines (empty when they agree). */
function differences(sdl: GraphQLInputObjectType, zod: z.ZodObject, path = sdl.name): string[] {
  const out: string[] = [];
  const sdlFields = sdl.getFields();
  const zodFields = zod.shape as Record<string, z.ZodType>;
  for (const name of Object.keys(sdlFields)) if (!(name in zodFields)) out.push(`${path}.${name} is in the SDL but not in zod`);
  for (const name of Object.keys(zodFields)) if (!(name in sdlFields)) out.push(`${path}.${name} is in zod but not in the SDL`);
  for (const [name, f] of Object.entries(sdlFields)) {
    if (!(name in zodFields)) continue;
    const want = sdlShape(f.type, f.defaultValue !== undefined);
    const { inner, ...got } = zodShape(zodFields[name], want.object);
    if (JSON.stringify(want) !== JSON.stringify(got)) out.push(`${path}.${name}: SDL ${JSON.stringify(want)}, zod ${JSON.stringify(got)}`);
    else if (want.object && inner instanceof z.ZodObject) out.push(...differences(schema.getType(want.object) as GraphQLInputObjectType, inner, `${path}.${name}`));
  }
  return out;
}

describe('inputs: the SDL is the one contract', () => {
  it('finds the input types to check', () => {
    expect(inputTypes.map((t) => t.name)).toEqual(expect.arrayContaining(['AddSourceInput', 'AttributionInput', 'AddReviewInput', 'AddSourceVersionInput']));
  });

  it.each(inputTypes.map((t) => [t.name, t] as const))('%s has a zod twin with the same fields, optionality and list-ness', (name, type) => {
    const zod = zodInputs.get(twinName(name));
    expect(zod ? 'found' : `no zod object named ${twinName(name)}`).toBe('found');
    expect(differences(type, zod!)).toEqual([]);
  });

  it.each([...zodInputs.keys()].map((n) => [n]))('%s refuses a field it does not know', (name) => {
    expect(zodInputs.get(name)!.safeParse({ notInTheSdl: 1 }).error?.issues.map((i) => i.code)).toContain('unrecognized_keys');
  });

  it('tells a dropped field apart from a matching one (the checker can fail)', () => {
    const withExtra = buildSchema(`${loadTypeDefs()}\nextend input RetractInput { note: String }`).getType('RetractInput') as GraphQLInputObjectType;
    expect(differences(withExtra, inputs.retractInput)).toEqual(['RetractInput.note is in the SDL but not in zod']);
  });
});
