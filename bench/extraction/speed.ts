import fs from 'node:fs';
import path from 'node:path';
import { extractAttributions } from '../../src/extraction/extract';

// npm run bench:extraction: time to extract from a 10 kB article (p50, p95), after warm-up.
// The article is the labelled set's texts joined and cut at 10,240 characters.
const dir = path.join(__dirname, '..', '..', 'eval', 'extraction');
const texts = ['tuning', 'held-out'].flatMap((h) => fs.readdirSync(path.join(dir, h)).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, h, f), 'utf8')));
let article = '';
while (article.length < 10_240) article += texts.join('\n\n');
article = article.slice(0, article.lastIndexOf('\n', 10_240));

for (let i = 0; i < 5; i++) extractAttributions(article);
const times: number[] = [];
let found = 0;
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  found = extractAttributions(article).length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
process.stdout.write(`extraction of a ${(article.length / 1024).toFixed(1)} kB article (${found} attributions), 50 runs: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (goal p50 ≤ 50 ms)\n`);
