import fs from 'node:fs';
import os from 'node:os';
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
// CPU time of this process too: on a shared, loaded machine wall time also counts the waits for a core.
const cpu: number[] = [];
let found = 0;
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  found = extractAttributions(article).length;
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpu.push((c.user + c.system) / 1000);
}
const pick = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))].toFixed(1);
const load = os.loadavg().map((x) => x.toFixed(2)).join(', ');
process.stdout.write(`extraction of a ${(article.length / 1024).toFixed(1)} kB article (${found} attributions), 50 runs: p50 ${pick(times, 0.5)} ms, p95 ${pick(times, 0.95)} ms, max ${pick(times, 1)} ms (goal p50 ≤ 50 ms)\n`);
process.stdout.write(`CPU time per run: p50 ${pick(cpu, 0.5)} ms, p95 ${pick(cpu, 0.95)} ms; load average ${load} on ${os.cpus().length} cores\n`);
