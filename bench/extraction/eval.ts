import { NameListMatcher } from '../../src/extraction/speaker-matcher';
import { suggestFromText, type Suggestion } from '../../src/extraction/suggest';
import { labelledSet, seedSet, type Gold, type GoldSet } from './gold-sets';
import { SPAN_RULES, matchDoc } from './score';

// npm run eval:extraction [-- --verbose]: precision and recall per pattern and overall, for
// the tuning set, the five held-out sets and the seed articles. Goal on the held-out sets
// and the seeds: recall ≥ 0.80 and precision ≥ 0.90 with the right speaker.

const verbose = process.argv.includes('--verbose');
const r = (a: number, b: number) => (b === 0 ? '  -  ' : (a / b).toFixed(2).padStart(5));

interface Row { gold: number; goldRight: number; preds: number; predsRight: number }
const row = (): Row => ({ gold: 0, goldRight: 0, preds: 0, predsRight: 0 });

interface Scored { lines: string[]; recall: number; precision: number }

async function evaluate(set: GoldSet, rule: keyof typeof SPAN_RULES, segments: boolean): Promise<Scored> {
  const matcher = new NameListMatcher(set.actors);
  const perPattern = new Map<string, Row>();
  const at = (k: string) => perPattern.get(k) ?? (perPattern.set(k, row()), perPattern.get(k)!);
  const all = row();
  let spanGold = 0, spanPreds = 0, pairs = 0, speakerOk = 0, modeOk = 0, iouSum = 0, exact = 0, segmentPairs = 0;
  const misses: string[] = [];
  for (const doc of set.docs) {
    const preds: Suggestion[] = (await suggestFromText(doc.text, matcher, doc.voice)).suggestions;
    const m = matchDoc(preds, doc.gold, SPAN_RULES[rule], segments);
    all.gold += doc.gold.length;
    all.preds += preds.length;
    for (const g of doc.gold) at(g.pattern).gold++;
    for (const p of preds) at(p.pattern).preds++;
    // A split or merged quote pairs one suggestion with several golds (or the reverse): each
    // gold is found once, each suggestion is right once.
    const goldOk = new Set<Gold>(), predOk = new Set<Suggestion>();
    for (const { p, g, speakerOk: ok, iou, segment } of m.pairs) {
      pairs++;
      iouSum += iou;
      if (segment) segmentPairs++;
      if (p.start === g.start && p.end === g.end) exact++;
      if (p.mode === g.mode) modeOk++;
      if (!ok) {
        misses.push(`  ${doc.name}: wrong speaker ${p.speakerName ?? '—'} (${p.speakerId ?? p.speakerKind}) for ${g.speaker}: ${g.quote.slice(0, 70)}`);
        continue;
      }
      speakerOk++;
      goldOk.add(g);
      predOk.add(p);
    }
    for (const g of goldOk) { all.goldRight++; at(g.pattern).goldRight++; }
    for (const p of predOk) { all.predsRight++; at(p.pattern).predsRight++; }
    spanGold += doc.gold.length - m.unmatchedGold.length;
    spanPreds += preds.length - m.unmatchedPreds.length;
    for (const g of m.unmatchedGold) misses.push(`  ${doc.name}: missed [${g.pattern}] ${g.speaker}: ${g.quote.slice(0, 80)}`);
    for (const p of m.unmatchedPreds) misses.push(`  ${doc.name}: extra [${p.pattern}] ${p.speakerName}: ${p.quote.slice(0, 80)}`);
  }
  const ruleName = `${rule}${segments ? ' + split/merge' : ', one-to-one'}`;
  const lines = [
    `== ${set.name} (${set.docs.length} articles, ${all.gold} attributions; span rule ${ruleName}) ==`,
    `pattern              gold  recall   found  precision`,
    ...[...perPattern.entries()].sort().map(([k, v]) => `${k.padEnd(20)} ${String(v.gold).padStart(4)}  ${r(v.goldRight, v.gold)}   ${String(v.preds).padStart(5)}  ${r(v.predsRight, v.preds)}`),
    `${'OVERALL (span+speaker)'.padEnd(20)} ${String(all.gold).padStart(4)}  ${r(all.goldRight, all.gold)}   ${String(all.preds).padStart(5)}  ${r(all.predsRight, all.preds)}`,
    `span only: recall ${r(spanGold, all.gold)}, precision ${r(spanPreds, all.preds)}; matched pairs: mean IoU ${r(iouSum, pairs)}, exact ${exact}/${pairs}, split/merge ${segmentPairs}`,
    `speaker right on matched pairs: ${r(speakerOk, pairs)} (${speakerOk}/${pairs}); mode right: ${r(modeOk, pairs)}`,
  ];
  // Misses are listed for the tuning set only: the held-out sets are reported, never studied.
  if (verbose && set.name === 'tuning') lines.push(...misses);
  return { lines, recall: all.goldRight / all.gold, precision: all.preds ? all.predsRight / all.preds : 0 };
}

async function main(): Promise<void> {
  const sets = [labelledSet('tuning'), labelledSet('held-out'), labelledSet('held-out-2'), labelledSet('held-out-3'), labelledSet('held-out-4'), labelledSet('held-out-5'), labelledSet('held-out-6'), seedSet()];
  const out: string[] = [];
  const summary: string[] = ['== summary (span+speaker recall / precision) ==', 'set          main rule (iou50 + split/merge)   strict one-to-one (before)'];
  for (const s of sets) {
    const main = await evaluate(s, 'iou50', true);
    const strict = await evaluate(s, 'iou50', false);
    out.push(...main.lines, '');
    summary.push(`${s.name.padEnd(12)} ${main.recall.toFixed(2)} / ${main.precision.toFixed(2)}                       ${strict.recall.toFixed(2)} / ${strict.precision.toFixed(2)}`);
  }
  out.push('-- the seeds again with the lenient rule of the old measure (a suggestion covering 80% of a curated quote) --');
  out.push(...(await evaluate(seedSet(), 'covers80', false)).lines, '', ...summary);
  process.stdout.write(out.join('\n') + '\n');
}

void main();
