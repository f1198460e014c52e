import { checkNewActor } from '../domain/actor-rules';
import type { SaveArticleInput } from '../domain/desk-inputs';
import { itemsError, problemAt, type ItemProblem } from '../domain/desk-items';
import { checkPlan, checkSpans } from '../domain/desk-plan';
import { staleRevision } from '../domain/desk-revision';
import { DomainError } from '../domain/errors';
import { sha256 } from '../domain/sha256';
import type { GraphNode } from '../graph/records';
import { refuseDuplicate } from '../graph/writes/actor-resolution';
import { CLAIM_LINK } from '../graph/writes/claims';
import { SOURCE_DUPLICATES } from '../graph/writes/sources';
import type { WriteTx } from '../graph/writes/WriteTx';
import { checkIdRefs, currentId } from './ref-checks';
import { sourceState } from './source-state';

/** Runs one check, turning a domain refusal into a problem at path instead of stopping. */
async function collect(problems: ItemProblem[], path: string, check: () => unknown, field?: string | null): Promise<void> {
  try {
    await check();
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    problems.push(problemAt(path, e, field));
  }
}

/** The article's text, and the checks that need the graph's copy of it. */
async function checkSource(w: WriteTx, input: SaveArticleInput, problems: ItemProblem[]): Promise<string | null> {
  if (input.source) {
    const dups = await w.run(SOURCE_DUPLICATES, { url: input.source.url ?? null, sha: sha256(input.source.text) });
    for (const d of dups) {
      const field = d.field === 'url' ? 'url' : 'text';
      problems.push({ path: `source.${field}`, code: 'CONFLICT', message: `a source with this ${field === 'url' ? 'URL' : 'text'} already exists: ${String(d.id)}`, details: { existingId: d.id } });
    }
    return input.source.text;
  }
  if (input.sourceId == null) return null;
  // Two desk saves on one article queue here, so the second one sees the first one's revision.
  await w.lock([input.sourceId]);
  const state = await sourceState((q, p) => w.run(q, p), input.sourceId);
  if (!state) {
    const node = (await w.nodes([input.sourceId])).get(input.sourceId);
    problems.push(node ? { path: 'sourceId', code: 'BAD_USER_INPUT', message: `"${input.sourceId}" is a ${node.kind.toLowerCase()}, not a source` } : { path: 'sourceId', code: 'NOT_FOUND', message: `no source with id "${input.sourceId}"` });
    return null;
  }
  if (state.text === null) {
    problems.push({ path: 'sourceId', code: 'BAD_USER_INPUT', message: `source "${input.sourceId}" holds no text to attribute in; add its text first` });
    return null;
  }
  if (input.baseRevision != null) {
    let stale: DomainError | null = null;
    await collect(problems, 'baseRevision', () => (stale = staleRevision(input.baseRevision!, state)), null);
    if (stale) throw stale;
  }
  return state.text;
}

/** New actors must not look like actors already in the graph, unless the curator said they are different. */
async function checkActors(w: WriteTx, input: SaveArticleInput, found: Map<string, GraphNode>, problems: ItemProblem[]): Promise<void> {
  for (const [i, a] of (input.actors ?? []).entries()) {
    const at = `actors.${i}`;
    await collect(problems, at, () => checkNewActor(a.kind, a));
    const different = (a.notDuplicateOf ?? []).filter((id) => found.has(id)).map((id) => currentId(found, id));
    const names = [a.name, ...(a.aliases ?? []), a.kind === 'ORGANISATION' ? a.acronym : null];
    await collect(problems, at, () => refuseDuplicate(w, a.kind, names, different));
  }
}

/** A link between two existing claims that already exists (either way, for CONTRADICTS) is refused. */
async function checkLinks(w: WriteTx, input: SaveArticleInput, found: Map<string, GraphNode>, problems: ItemProblem[]): Promise<void> {
  for (const [i, l] of (input.links ?? []).entries()) {
    if (l.from.id == null || l.to.id == null || !found.has(l.from.id) || !found.has(l.to.id)) continue;
    const pairs = [[l.from.id, l.to.id], ...(l.kind === 'CONTRADICTS' ? [[l.to.id, l.from.id]] : [])];
    for (const [fromId, toId] of pairs) {
      if ((await w.run(CLAIM_LINK, { fromId, toId, kind: l.kind })).length > 0) {
        problems.push({ path: `links.${i}`, code: 'CONFLICT', message: `these claims are already linked by ${l.kind}` });
        break;
      }
    }
  }
}

/**
 * Everything a save is checked against before anything is written: the plan, the article (a
 * stale revision is a CONFLICT at once), exact spans, every named id, new actors' likely
 * duplicates and existing links. Throws one BAD_USER_INPUT listing every problem.
 */
export async function checkSave(w: WriteTx, input: SaveArticleInput): Promise<{ text: string; found: Map<string, GraphNode> }> {
  const problems = checkPlan(input);
  const text = await checkSource(w, input, problems);
  if (text !== null) problems.push(...checkSpans(input, text));
  const { problems: refProblems, found } = await checkIdRefs(w, input);
  problems.push(...refProblems);
  await checkActors(w, input, found, problems);
  await checkLinks(w, input, found, problems);
  if (problems.length > 0 || text === null) throw itemsError(problems);
  return { text, found };
}
