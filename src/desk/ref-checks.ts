import type { SaveArticleInput } from '../domain/desk-inputs';
import type { ItemProblem } from '../domain/desk-items';
import type { AnyKind } from '../domain/kinds';
import type { GraphNode } from '../graph/records';
import type { WriteTx } from '../graph/writes/WriteTx';

/** One id a save names, where it sits in the input, and what it must be. */
interface IdRef {
  path: string;
  id: string;
  kinds: AnyKind[];
  /** A claim an attribution is added to, or a link names, must be active. */
  active?: boolean;
}

const ACTOR: AnyKind[] = ['PERSON', 'ORGANISATION'];
const ORG: AnyKind[] = ['ORGANISATION'];

/** Every existing id the save names, with its input path. */
export function idRefs(input: SaveArticleInput): IdRef[] {
  const out: IdRef[] = [];
  const add = (path: string, id: string | null | undefined, kinds: AnyKind[], active = false) => {
    if (id != null) out.push({ path, id, kinds, active });
  };
  add('source.publisherId', input.source?.publisherId, ORG);
  (input.actors ?? []).forEach((a, i) => (a.notDuplicateOf ?? []).forEach((id, j) => add(`actors.${i}.notDuplicateOf.${j}`, id, ACTOR)));
  (input.citedSources ?? []).forEach((s, i) => add(`citedSources.${i}.publisherId`, s.publisherId, ORG));
  (input.claims ?? []).forEach((c, i) => (c.aboutIds ?? []).forEach((id, j) => add(`claims.${i}.aboutIds.${j}`, id, [...ACTOR, 'EVENT'])));
  (input.attributions ?? []).forEach((a, i) => {
    add(`attributions.${i}.speakerId`, a.speakerId, ACTOR);
    add(`attributions.${i}.claimId`, a.claimId, ['CLAIM'], true);
    add(`attributions.${i}.onBehalfOfId`, a.onBehalfOfId, ORG);
    (a.viaIds ?? []).forEach((id, j) => add(`attributions.${i}.viaIds.${j}`, id, ['SOURCE']));
  });
  (input.links ?? []).forEach((l, i) => {
    add(`links.${i}.from.id`, l.from.id, ['CLAIM'], true);
    add(`links.${i}.to.id`, l.to.id, ['CLAIM'], true);
  });
  return out;
}

const words = (kinds: AnyKind[]) => kinds.map((k) => k.toLowerCase()).join(' or ');

/**
 * Locks the actors and claims the save will link to (so a concurrent merge or retraction
 * waits), then checks every named id: present, of the right kind, and active where it must be.
 */
export async function checkIdRefs(w: WriteTx, input: SaveArticleInput): Promise<{ problems: ItemProblem[]; found: Map<string, GraphNode> }> {
  const refs = idRefs(input);
  await w.lockRefs(refs.filter((r) => r.kinds.some((k) => k === 'PERSON' || k === 'ORGANISATION' || k === 'CLAIM')).map((r) => r.id));
  const found = await w.nodes(refs.map((r) => r.id));
  const problems: ItemProblem[] = [];
  for (const r of refs) {
    const n = found.get(r.id);
    if (!n) problems.push({ path: r.path, code: 'NOT_FOUND', message: `no ${words(r.kinds)} with id "${r.id}"`, details: { id: r.id } });
    else if (!r.kinds.includes(n.kind)) problems.push({ path: r.path, code: 'BAD_USER_INPUT', message: `"${r.id}" is a ${n.kind.toLowerCase()}, not a ${words(r.kinds)}`, details: { id: r.id } });
    else if (r.active && n.status !== 'ACTIVE') {
      problems.push({ path: r.path, code: 'BAD_USER_INPUT', message: `claim "${r.id}" is ${String(n.status).toLowerCase()}; use its replacement instead`, details: { id: r.id } });
    }
  }
  return { problems, found };
}

/** The id a reference stands for now (a merged actor's id gives its survivor). */
export const currentId = (found: Map<string, GraphNode>, id: string): string => found.get(id)?.id ?? id;
