import { sharedModel } from '../../src/matching/load-model';
import { luceneOr } from '../../src/matching/fusion';
import { normalisedHash, wordsOf } from '../../src/matching/text';
import { visibleStatuses } from '../../src/graph/records';
import { ClaimMatcher, GATHER } from '../../src/graph/matching/ClaimMatcher';
import { openBenchDatabase, silent } from '../database';
import { planLines, totalDbHits } from '../profile';
import { distractor } from './distractors';

/**
 * npx tsx bench/matching/profile-steps.ts M [n]: where one similarClaims spends its time on
 * the benchmark graph: the embedding, the gather statement alone, the whole gather, the JS
 * scoring and the whole match (p50 and p95 over n statements); --plans: PROFILE of the statement.
 */
const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))].toFixed(1);

async function main() {
  const scale = process.argv[2] ?? 'M';
  const n = Number(process.argv[3] ?? 60);
  const db = await openBenchDatabase({ scale });
  try {
    const { embedder } = await sharedModel(silent);
    if (!embedder) throw new Error('no model');
    const matcher = new ClaimMatcher(db.executor, db.catalogue, embedder);
    const statuses = visibleStatuses(false);
    const times: Record<string, number[]> = {};
    const time = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
      const t = performance.now();
      const r = await f();
      (times[name] ??= []).push(performance.now() - t);
      return r;
    };
    const gather = (text: string, vector: number[]) => ({ hash: normalisedHash(text), lucene: luceneOr(wordsOf(text)), vector, statuses, limit: 50, exactLimit: 10 });
    for (let i = 0; i < n + 10; i++) {
      const text = distractor(100_000 + i);
      const vecF = await time('embed', () => embedder.embed([text]));
      const vector = Array.from(vecF[0]);
      await time('gather statement', () => db.executor.read(db.catalogue.bind(GATHER), gather(text, vector)));
      const g = await time('gather (embed + statement)', () => matcher.gather(text, statuses));
      await time('rank (JS)', async () => matcher.rank(text, g.candidates));
      await time('match (whole)', () => matcher.match(text, { first: 10, statuses }));
      if (i === 9) for (const k of Object.keys(times)) times[k] = [];
    }
    for (const [k, v] of Object.entries(times)) console.log(`${k.padEnd(26)} p50 ${pct(v, 0.5).padStart(7)} ms  p95 ${pct(v, 0.95).padStart(7)} ms  (n ${v.length})`);
    if (process.argv.includes('--plans')) {
      const text = distractor(100_001);
      const vector = Array.from((await embedder.embed([text]))[0]);
      const res = await db.driver.executeQuery(`PROFILE ${db.catalogue.get('matching/gather')}`, gather(text, vector), { database: db.database });
      const plan = res.summary.profile as never;
      console.log(`== matching/gather\n${planLines(plan).join('\n')}\ntotal dbHits ${totalDbHits(plan)}, ${res.summary.resultAvailableAfter} + ${res.summary.resultConsumedAfter} ms`);
    }
  } finally {
    await db.close();
  }
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
