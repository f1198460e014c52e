import { measureExtraction } from './extraction-seeds';

// npm run measure:extraction — precision/recall of suggestAttributions on the curated seed.
const s = measureExtraction();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
process.stdout.write(
  [
    `candidates ${s.candidates}, right ${s.right} → precision ${pct(s.precision)} (target ≥ 60%)`,
    `DIRECT_QUOTE attributions ${s.directQuotes}, found ${s.directQuotesFound} → recall ${pct(s.recall)} (target ≥ 80%)`,
    `spans agreeing ${s.spanMatches}, right speaker ${s.speakerRight} → speaker accuracy ${pct(s.speakerAccuracy)} (target ≥ 70%)`,
    `strict spans (80% both ways): precision ${pct(s.strict.precision)}, recall ${pct(s.strict.recall)}, speaker ${pct(s.strict.speakerAccuracy)}`,
    ...Object.entries(s.perSource).map(([id, p]) => `  ${id}: ${p.candidates} candidates, P ${pct(p.precision)}, DQ recall ${p.directQuotesFound}/${p.directQuotes}`),
  ].join('\n') + '\n',
);
