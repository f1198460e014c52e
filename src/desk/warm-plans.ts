import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { saveArticleInput, type SaveArticleInput } from '../domain/desk-inputs';
import { allFieldChanges } from '../domain/history/field-changes';
import type { Executor, Tx } from '../graph/Executor';
import type { QueryCatalogue } from '../graph/QueryCatalogue';
import { IDEMPOTENCY_GET, IDEMPOTENCY_PUT, RECORD_CHANGE } from '../graph/writes/WriteService';
import { WriteTx } from '../graph/writes/WriteTx';
import { saveArticle } from './save-article';
import { undoDeskAttribution } from './undo';

/** Thrown at the end of the rehearsal so its transaction rolls back: nothing is ever committed. */
class RolledBack extends Error {}

const WHO = 'desk-warm-up';

/**
 * A small article touching every kind of item a desk save writes: a new publisher and speaker,
 * the source, a cited ("relayed from") source, three new claims (one attribution each, then a
 * fourth attribution attached to the first claim) and a link of each kind. Random words, so no check
 * refuses it as a duplicate of anything stored.
 */
export function rehearsalInput(tag = randomUUID().replace(/-/g, '')): SaveArticleInput {
  const said = ['first', 'second', 'third', 'fourth'].map((n) => `rehearsal ${tag} ${n} statement`);
  const text = `Warm ${tag} said ${said[0]}. Then ${said[1]}. Later ${said[2]}. Finally ${said[3]}.`;
  const span = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });
  return saveArticleInput.parse({
    source: { title: `Rehearsal ${tag}`, text, kind: 'ARTICLE', url: `https://rehearsal.invalid/${tag}`, publishedAt: '2026-01', publisherRef: 'pub' },
    actors: [
      { ref: 'pub', kind: 'ORGANISATION', name: `Rehearsal Press ${tag}`, aliases: [] },
      { ref: 'sp', kind: 'PERSON', name: `Warm ${tag}`, aliases: [], description: 'rehearsal' },
    ],
    citedSources: [{ ref: 'via', title: `Rehearsal wire ${tag}`, publisherRef: 'pub' }],
    claims: [
      { ref: 'c1', text: `${said[0]}.`, aboutRefs: ['pub'] },
      { ref: 'c2', text: `${said[1]}.` },
      { ref: 'c3', text: `${said[2]}.` },
    ],
    attributions: [
      { speakerRef: 'sp', ...span(said[0]), mode: 'DIRECT_QUOTE', claimRef: 'c1', viaRefs: ['via'], saidAt: '2026-01-02' },
      { speakerRef: 'sp', ...span(said[1]), mode: 'PARAPHRASE', claimRef: 'c2' },
      { speakerRef: 'sp', ...span(said[2]), mode: 'REPORTED', claimRef: 'c3' },
      { speakerRef: 'sp', ...span(said[3]), mode: 'PARAPHRASE', claimRef: 'c1' },
    ],
    // Each link kind is written by its own statement.
    links: [
      { from: { ref: 'c2' }, to: { ref: 'c1' }, kind: 'SUPPORTS', basis: 'rehearsal' },
      { from: { ref: 'c3' }, to: { ref: 'c1' }, kind: 'CONTRADICTS', basis: 'rehearsal' },
    ],
  });
}

/**
 * Neo4j compiles a statement's plan the first time it runs, and a desk save sends a few dozen
 * statements: on a freshly started database its first save took 11 s against 1.7 s warm.
 * This rehearses one save (and the undo of one of its attributions, the Change and the
 * idempotency record WriteService adds) through the desk's own code, in one write
 * transaction that always rolls back: each statement is planned with the parameter types a
 * real save sends (EXPLAIN with made-up parameters could plan other cache entries, and a
 * hand-kept list of statements would drift from the code), and nothing is committed.
 * Returns the names of the statements sent, in order.
 */
export async function rehearseDeskSave(executor: Executor, catalogue: QueryCatalogue): Promise<string[]> {
  const statements: string[] = [];
  try {
    await executor.writeTx(async (tx) => {
      const counted: Tx = {
        run: (query, params) => {
          statements.push(query.name);
          return tx.run(query, params);
        },
      };
      const w = new WriteTx(counted, WHO, new Date().toISOString(), (q) => catalogue.bind(q));
      const key = `${WHO}:${randomUUID()}`;
      await w.run(IDEMPOTENCY_GET, { key });
      const saved = await saveArticle(w, rehearsalInput());
      // Both kinds of undo: an attribution whose claim keeps another, and a claim's last one.
      const undoneIds: string[] = [];
      for (const i of [3, 2]) {
        const undone = await undoDeskAttribution(w, { id: saved.ids[`attribution:${i}`], reason: 'rehearsal' }, { name: WHO, role: 'editor' });
        undoneIds.push(...undone.changedIds);
      }
      const changedIds = [...saved.changedIds, ...undoneIds];
      const fields = allFieldChanges(changedIds, w.before, await w.propsOf(changedIds));
      await w.run(RECORD_CHANGE, { id: `change-${randomUUID()}`, at: w.at, by: WHO, operation: 'saveArticle', details: '{}', fields: JSON.stringify(fields), changedIds });
      await w.run(IDEMPOTENCY_PUT, { key, operation: 'saveArticle', inputHash: 'rehearsal', result: '{}', at: w.at });
      throw new RolledBack();
    });
  } catch (e) {
    if (!(e instanceof RolledBack)) throw e;
  }
  return statements;
}

/**
 * Runs the rehearsal once, in the background after start-up: readiness does not wait for it,
 * and a failure (the database still starting, say) only costs the first save its cold plans.
 */
export function warmDeskPlansInBackground(executor: Executor, catalogue: QueryCatalogue, log: Logger): Promise<void> {
  const started = Date.now();
  return rehearseDeskSave(executor, catalogue).then(
    (statements) => log.debug({ statements: statements.length, distinct: new Set(statements).size, ms: Date.now() - started }, 'desk write plans warmed (rehearsed save rolled back)'),
    (err: unknown) => log.debug({ err, ms: Date.now() - started }, 'desk write plans not warmed; the first save will compile them'),
  );
}
