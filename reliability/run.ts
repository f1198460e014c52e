import fs from 'node:fs';
import { Command } from 'commander';
import { projectPath } from '../src/paths';
import type { PartOptions, PartResult } from './types';

/** Every part of the suite, by name; adding one is one line here. Loaded only when selected. */
const PARTS: Record<string, () => Promise<{ run(opts: PartOptions): Promise<PartResult> }>> = {
  fuzz: () => import('./fuzz'),
  faults: () => import('./faults'),
  load: () => import('./load'),
  soak: () => import('./soak'),
  replicas: () => import('./replicas'),
};

const REPORT = projectPath('RELIABILITY.md');
const INTRO = `# Reliability

Figures from the reliability suite (issue 11), each part against the real service and a real
Neo4j on loopback. Each section is rewritten by \`npm run reliability\` and names the command
that reproduces it; fuzz, faults and load also have short forms that run inside \`npm test\` (soak and replicas run only here).
`;

/** The part's section: a table of figures, the goals that failed, notes and the command. */
export function section(name: string, r: PartResult): string {
  const rows = Object.entries(r.figures).map(([k, v]) => `| ${k} | ${v} |`);
  const verdict = r.failures.length ? `**Goals failed:**\n${r.failures.map((f) => `- ${f}`).join('\n')}` : 'Every goal held.';
  return [
    `<!-- part:${name} -->`,
    `## ${r.title}`,
    '',
    `Reproduce: \`${r.command}\` (run ${new Date().toISOString().slice(0, 10)})`,
    '',
    '| figure | value |',
    '|---|---|',
    ...rows,
    '',
    verdict,
    ...(r.notes ? ['', r.notes] : []),
    `<!-- /part:${name} -->`,
  ].join('\n');
}

/** Replaces one part's section between its markers (or appends it), leaving the rest as it was. */
export function rewriteSection(doc: string, name: string, body: string): string {
  const start = `<!-- part:${name} -->`;
  const end = `<!-- /part:${name} -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i >= 0 && j > i) return doc.slice(0, i) + body + doc.slice(j + end.length);
  return `${doc.trimEnd()}\n\n${body}\n`;
}

async function main(): Promise<void> {
  const program = new Command()
    .name('reliability')
    .description('Runs the long form of the reliability suite and rewrites its sections of RELIABILITY.md')
    .option('--only <parts>', `comma-separated parts (${Object.keys(PARTS).join(', ')})`, Object.keys(PARTS).join(','))
    .option('--seed <n>', 'seed for every random choice, to replay a run', (v) => {
      if (!/^\d+$/.test(v)) throw new Error(`--seed must be a whole number (got ${JSON.stringify(v)})`);
      return Number(v);
    }, 1)
    .option('--uri <bolt-uri>', 'an existing Neo4j instead of a private embedded one (only seeded when empty)')
    .parse();
  const opts = program.opts<{ only: string; seed: number; uri?: string }>();
  const names = opts.only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !PARTS[n]);
  if (unknown.length) program.error(`unknown part(s): ${unknown.join(', ')}; known: ${Object.keys(PARTS).join(', ')}`);

  let failed = false;
  for (const name of names) {
    const part = await PARTS[name]();
    const log = (line: string) => process.stderr.write(`[${name}] ${line}\n`);
    const result = await part.run({ long: true, seed: opts.seed, uri: opts.uri, log });
    console.log(`\n${result.title}`);
    for (const [k, v] of Object.entries(result.figures)) console.log(`  ${k}: ${v}`);
    for (const f of result.failures) console.log(`  FAILED: ${f}`);
    failed ||= result.failures.length > 0;
    const doc = fs.existsSync(REPORT) ? fs.readFileSync(REPORT, 'utf8') : INTRO;
    fs.writeFileSync(REPORT, rewriteSection(doc, name, section(name, result)));
    console.log(`  written to RELIABILITY.md (section ${name})`);
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
});
