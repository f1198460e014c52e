import { hugeString, type KnownIds, type Rng } from './fuzz-values';

/** A valid attribution from the seed: a real speaker, source and a quote found in its text. */
export interface KnownQuote {
  speakerId: string;
  sourceId: string;
  quote: string;
  sourceText: string;
}

/** One invalid write: the operation, its input, the key it is sent with, and why it must be refused. */
export interface MutationCase {
  mutation: string;
  input: unknown;
  key: 'editor' | 'admin' | 'none' | 'bad';
  why: string;
}

type Input = Record<string, any>;

interface Spec {
  type: string;
  admin: boolean;
  base(ids: KnownIds, q: KnownQuote, rng: Rng): Input;
  /** Text fields and the most characters each accepts. */
  texts: Record<string, number>;
  /** Text fields that may be empty (an optional description, acronym). */
  mayBeEmpty?: string[];
  /** Fields naming nodes, and an id of the wrong kind for each (null: any id is of the wrong kind). */
  ids: Record<string, (ids: KnownIds) => string | null>;
  dates?: string[];
  urls?: string[];
  enums?: string[];
  required: string[];
  /** Extra refusals particular to this mutation. */
  extra?: (base: Input, ids: KnownIds, q: KnownQuote) => [string, Input][];
}

const attribution = (q: KnownQuote): Input => ({ speakerId: q.speakerId, sourceId: q.sourceId, mode: 'PARAPHRASE', quote: q.quote });
const two = (list: string[], rng: Rng): [string, string] => {
  const a = rng.pick(list);
  return [a, rng.pick(list.filter((x) => x !== a))];
};
const ATTR_TEXTS = { 'attribution.quote': 10_000 };
const ATTR_IDS = { 'attribution.speakerId': (k: KnownIds) => k.claims[0], 'attribution.sourceId': (k: KnownIds) => k.claims[0], 'attribution.onBehalfOfId': (k: KnownIds) => k.persons[0] };
const notInSource = (b: Input): [string, Input][] => [
  ['quote not in the source', { ...b, attribution: { ...b.attribution, quote: 'words this source never contained ✗' } }],
  ['occurrence past the last one', { ...b, attribution: { ...b.attribution, occurrence: 99 } }],
  ['occurrence 0', { ...b, attribution: { ...b.attribution, occurrence: 0 } }],
];

/** Every mutation of schema/mutation.graphql, with a valid base input its corruptions start from. */
export const SPECS: Record<string, Spec> = {
  addSource: {
    type: 'AddSourceInput',
    admin: false,
    base: (_k, _q, rng) => ({ title: 'Fuzz source', kind: 'ARTICLE', text: `Fuzz text ${rng.int(0, 1e9)}`, url: `https://example.org/fuzz/${rng.int(0, 1e9)}` }),
    texts: { title: 500, text: 1_000_000 },
    // A text of only blanks is a text; the empty string is not (below).
    mayBeEmpty: ['text'],
    ids: { publisherId: (k) => k.persons[0], 'authorIds.0': (k) => k.organisations[0], 'citesIds.0': (k) => k.claims[0] },
    dates: ['publishedAt', 'retrievedAt'],
    urls: ['url'],
    enums: ['kind'],
    required: ['title', 'kind'],
    extra: (b, _k, q) => [
      ['empty text', { ...b, text: '' }],
      ['duplicate text', { ...b, text: q.sourceText }],
      ['bad language', { ...b, language: 'English!' }],
      ['short idempotency key', { ...b, idempotencyKey: 'abc' }],
    ],
  },
  updateSource: {
    type: 'UpdateSourceInput',
    admin: false,
    base: (k) => ({ id: k.sources[0], title: 'Fuzz title' }),
    texts: { title: 500 },
    ids: { id: (k) => k.claims[0], publisherId: (k) => k.persons[0], 'addCitesIds.0': (k) => k.claims[0] },
    dates: ['publishedAt'],
    urls: ['url'],
    enums: ['kind'],
    required: ['id'],
    extra: (b, k) => [
      ['replaces a held text', { ...b, id: k.sourcesWithText[0], text: 'another text' }],
      ['cites itself', { ...b, addCitesIds: [b.id] }],
    ],
  },
  addActor: {
    type: 'AddActorInput',
    admin: false,
    base: (_k, _q, rng) => ({ kind: 'ORGANISATION', name: `Fuzz Org ${rng.int(0, 1e9)}` }),
    texts: { name: 300, description: 2000, acronym: 50, 'aliases.0': 300 },
    mayBeEmpty: ['description', 'acronym'],
    ids: {},
    enums: ['kind', 'orgKind'],
    required: ['kind', 'name'],
    extra: (b) => [
      ['bad country', { ...b, country: 'Russia' }],
      ['bad wikidata id', { ...b, wikidataId: 'wd:7747' }],
      ['empty alias', { ...b, aliases: ['  '] }],
    ],
  },
  updateActor: {
    type: 'UpdateActorInput',
    admin: false,
    base: (k) => ({ id: k.persons[0], description: 'Fuzz description' }),
    texts: { name: 300, description: 2000, 'addAliases.0': 300 },
    mayBeEmpty: ['description'],
    ids: { id: (k) => k.claims[0], 'addPositions.0.organisationId': (k) => k.persons[0] },
    dates: ['addPositions.0.from'],
    required: ['id'],
    extra: (b, k) => [
      ['position without title', { ...b, addPositions: [{ organisationId: k.organisations[0], title: '' }] }],
      ['bad country', { ...b, country: 'ru' }],
    ],
  },
  addClaim: {
    type: 'AddClaimInput',
    admin: false,
    base: (k, q) => ({ text: 'A fuzz claim', aboutIds: [k.events[0] ?? k.actors[0]], attribution: attribution(q) }),
    texts: { text: 5000, ...ATTR_TEXTS },
    ids: { 'aboutIds.0': (k) => k.sources[0], ...ATTR_IDS, 'attribution.viaIds.0': (k) => k.claims[0] },
    dates: ['attribution.saidAt'],
    enums: ['attribution.mode'],
    required: ['text', 'attribution', 'attribution.quote', 'attribution.speakerId'],
    extra: notInSource,
  },
  addAttribution: {
    type: 'AddAttributionInput',
    admin: false,
    base: (k, q) => ({ claimId: k.claims[0], attribution: attribution(q) }),
    texts: ATTR_TEXTS,
    ids: { claimId: (k) => k.sources[0], ...ATTR_IDS },
    dates: ['attribution.saidAt'],
    enums: ['attribution.mode'],
    required: ['claimId', 'attribution', 'attribution.sourceId'],
    extra: notInSource,
  },
  linkClaims: {
    type: 'LinkClaimsInput',
    admin: false,
    base: (k, _q, rng) => {
      const [fromId, toId] = two(k.claims, rng);
      return { fromId, toId, kind: 'SUPPORTS', basis: 'Fuzz basis' };
    },
    texts: { basis: 5000 },
    ids: { fromId: (k) => k.actors[0], toId: (k) => k.sources[0] },
    enums: ['kind'],
    required: ['fromId', 'toId', 'kind', 'basis'],
    extra: (b) => [['self-link', { ...b, toId: b.fromId }]],
  },
  unlinkClaims: {
    type: 'UnlinkClaimsInput',
    admin: false,
    base: (k, _q, rng) => {
      const [fromId, toId] = two(k.claims, rng);
      return { fromId, toId, kind: 'CONTRADICTS', reason: 'Fuzz reason' };
    },
    texts: { reason: 2000 },
    ids: { fromId: (k) => k.actors[0], toId: (k) => k.sources[0] },
    enums: ['kind'],
    required: ['fromId', 'toId', 'kind', 'reason'],
    extra: (b) => [['self-unlink', { ...b, toId: b.fromId }]],
  },
  setAbout: {
    type: 'SetAboutInput',
    admin: false,
    base: (k) => ({ claimId: k.claims[0], aboutIds: [k.actors[0]] }),
    texts: {},
    ids: { claimId: (k) => k.actors[0], 'aboutIds.0': (k) => k.sources[0] },
    required: ['claimId', 'aboutIds'],
    extra: (b, k) => [['about itself', { ...b, aboutIds: [b.claimId, k.actors[0]] }]],
  },
  retractClaim: {
    type: 'RetractInput',
    admin: true,
    base: (k) => ({ id: k.claims[0], reason: 'Fuzz reason' }),
    texts: { reason: 2000 },
    ids: { id: (k) => k.sources[0] },
    required: ['id', 'reason'],
  },
  retractAttribution: {
    type: 'RetractInput',
    admin: true,
    base: (k) => ({ id: k.attributions[0], reason: 'Fuzz reason' }),
    texts: { reason: 2000 },
    ids: { id: (k) => k.claims[0] },
    required: ['id', 'reason'],
  },
  supersedeClaim: {
    type: 'SupersedeClaimInput',
    admin: true,
    base: (k, _q, rng) => {
      const [id, supersededById] = two(k.claims, rng);
      return { id, supersededById, reason: 'Fuzz reason' };
    },
    texts: { reason: 2000 },
    ids: { id: (k) => k.actors[0], supersededById: (k) => k.sources[0] },
    required: ['id', 'supersededById', 'reason'],
    extra: (b) => [['superseded by itself', { ...b, supersededById: b.id }]],
  },
  mergeActors: {
    type: 'MergeActorsInput',
    admin: true,
    base: (k, _q, rng) => {
      const [survivorId, mergedId] = two(k.organisations, rng);
      return { survivorId, mergedId };
    },
    texts: {},
    ids: { survivorId: (k) => k.claims[0], mergedId: (k) => k.sources[0] },
    required: ['survivorId', 'mergedId'],
    extra: (b, k) => [
      ['merged into itself', { ...b, mergedId: b.survivorId }],
      ['person into organisation', { ...b, mergedId: k.persons[0] }],
    ],
  },
};

export const mutationDocument = (name: string) => `mutation Fuzz($i: ${SPECS[name].type}!) { ${name}(input: $i) { change { id operation } } }`;

/** A copy of input with the value at a dotted path (list indexes included) set, or removed when value is undefined. */
export function setPath(input: Input, path: string, value: unknown): Input {
  const copy = structuredClone(input);
  const keys = path.split('.');
  let at: any = copy;
  for (let i = 0; i < keys.length - 1; i++) {
    const next = keys[i + 1];
    at[keys[i]] ??= /^\d+$/.test(next) ? [] : {};
    at = at[keys[i]];
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

const BAD_DATES = ['2023-13-01', '2023-02-30', 'yesterday', '23-04-2023', '', '2023-04-11T10:00'];
const BAD_URLS = ['javascript:alert(1)', 'ftp://example.org/x', 'not a url', '//example.org', `https://example.org/${'x'.repeat(2001)}`];
const WRONG_TYPES: unknown[] = [42, true, { o: 1 }, ['list'], 1.5];

/** Every refusal one mutation must make, each from its valid base with one thing wrong. */
function casesFor(name: string, ids: KnownIds, q: KnownQuote, rng: Rng): MutationCase[] {
  const spec = SPECS[name];
  const base = spec.base(ids, q, rng);
  const key = spec.admin ? 'admin' : 'editor';
  const out: MutationCase[] = [];
  const add = (why: string, input: unknown, k: MutationCase['key'] = key) => out.push({ mutation: name, input, key: k, why });
  add('no key', base, 'none');
  add('unknown key', base, 'bad');
  if (spec.admin) add('editor key on an admin mutation', base, 'editor');
  add('input of the wrong type', rng.pick(['a string', 42, [base], null]));
  add('unknown input field', { ...base, bogus: 1 });
  for (const f of spec.required) add(`missing ${f}`, setPath(base, f, undefined));
  for (const [f, max] of Object.entries(spec.texts)) {
    if (!spec.mayBeEmpty?.includes(f)) add(`empty ${f}`, setPath(base, f, rng.pick(['', '   ', '\t\n'])));
    add(`over-long ${f}`, setPath(base, f, hugeString(max + 1)));
    add(`${f} of the wrong type`, setPath(base, f, rng.pick(WRONG_TYPES)));
  }
  for (const [f, wrongKind] of Object.entries(spec.ids)) {
    add(`unknown ${f}`, setPath(base, f, `fuzz-missing-${rng.int(0, 1e6)}`));
    add(`empty ${f}`, setPath(base, f, ''));
    add(`over-long ${f}`, setPath(base, f, 'i'.repeat(201)));
    const other = wrongKind(ids);
    if (other) add(`${f} of the wrong kind`, setPath(base, f, other));
  }
  for (const f of spec.dates ?? []) add(`bad date ${f}`, setPath(base, f, rng.pick(BAD_DATES)));
  for (const f of spec.urls ?? []) add(`bad url ${f}`, setPath(base, f, rng.pick(BAD_URLS)));
  for (const f of spec.enums ?? []) add(`unknown enum value ${f}`, setPath(base, f, rng.pick(['NOPE', 'article', '', 'PERSON ORGANISATION'])));
  for (const [why, input] of spec.extra?.(base, ids, q) ?? []) add(why, input);
  return out;
}

/** At least `count` invalid writes: every case of every mutation once, then random ones again with fresh values. */
export function generateMutationCases(count: number, ids: KnownIds, q: KnownQuote, rng: Rng): MutationCase[] {
  const names = Object.keys(SPECS);
  const out = names.flatMap((n) => casesFor(n, ids, q, rng));
  while (out.length < count) out.push(rng.pick(casesFor(rng.pick(names), ids, q, rng)));
  return out;
}
