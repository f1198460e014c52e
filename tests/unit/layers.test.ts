import fs from 'node:fs';
import path from 'node:path';

/**
 * The floors of src/ and which floors each may import (src/README.md). Arrows point down:
 * api → graph → domain, and nothing below imports what stands above it (say src/ide →
 * src/api). A new folder must be given its floor here before its first import is allowed.
 */
const SRC = path.join(__dirname, '../../src');
const FILES_AT_TOP = ['config', 'logger', 'paths'];
const LAYERS: Record<string, readonly string[]> = {
  '.': ['*'], // server.ts, config.ts, logger.ts, start-banner.ts: the wiring
  cli: ['api', 'domain', 'formats', 'graph', 'ingest', 'matching', 'extraction', 'runtime', 'start-banner'],
  desk: ['domain', 'formats', 'graph', 'matching', 'extraction', 'runtime'],
  api: ['domain', 'formats', 'graph', 'ingest', 'matching', 'extraction', 'desk', 'ide', 'runtime'],
  ingest: ['domain', 'formats', 'graph', 'matching', 'extraction', 'runtime'],
  graph: ['domain', 'formats', 'matching', 'extraction', 'runtime'],
  matching: ['domain', 'runtime'],
  extraction: ['domain', 'runtime'],
  formats: ['domain'],
  ide: [],
  explorer: [],
  domain: [],
  runtime: [],
};

export interface Breach {
  file: string;
  specifier: string;
  reason: string;
}

/** The floor a file under src/ stands on: its first folder, or '.' for files at the top. */
const floorOf = (rel: string): string => (rel.includes('/') ? rel.split('/')[0]! : '.');

/** Every relative import in `source` (a file at `rel` under src/) that leaves its floor for one it may not use. */
export function breaches(rel: string, source: string): Breach[] {
  const from = floorOf(rel);
  const allowed = LAYERS[from];
  if (!allowed) return [{ file: rel, specifier: '', reason: `src/${from} has no floor in tests/unit/layers.test.ts` }];
  const found: Breach[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)'(\.{1,2}\/[^']*)'/g)) {
    const specifier = m[1]!;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), specifier));
    if (target.startsWith('..')) {
      found.push({ file: rel, specifier, reason: 'leaves src/' });
      continue;
    }
    const to = floorOf(target);
    if (to === from) continue;
    const name = to === '.' ? target.replace(/\.ts$/, '') : to;
    if (to === '.' && FILES_AT_TOP.includes(name)) continue;
    if (allowed.includes('*') || allowed.includes(name)) continue;
    found.push({ file: rel, specifier, reason: `src/${from} may not import src/${name}` });
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|js|mjs)$/.test(e.name) ? [full] : [];
  });
}

describe('src/ floors', () => {
  it('has no import that runs back up a floor', () => {
    const found = sourceFiles(SRC).flatMap((file) => {
      const rel = path.relative(SRC, file).split(path.sep).join('/');
      return breaches(rel, fs.readFileSync(file, 'utf8'));
    });
    expect(found).toEqual([]);
  });

  it('refuses the import the IDE once made of the API (the check can fail)', () => {
    expect(breaches('ide/mount.ts', "import { sendHttpError } from '../api/http-errors';")).toEqual([
      { file: 'ide/mount.ts', specifier: '../api/http-errors', reason: 'src/ide may not import src/api' },
    ]);
    expect(breaches('explorer/mount.ts', "const m = await import('../api/http/app');")).toHaveLength(1);
    expect(breaches('domain/x.ts', "import { Executor } from '../graph/Executor';")).toHaveLength(1);
    expect(breaches('graph/writes/x.ts', "import type { Context } from '../../api/context';")).toHaveLength(1);
    expect(breaches('newwing/x.ts', "import { a } from './a';")[0]!.reason).toMatch(/has no floor/);
  });

  it('keeps at most 12 files at the top of src/api: the rest live in rooms (http/, limits/, paging/, …)', () => {
    const top = fs.readdirSync(path.join(SRC, 'api'), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
    expect(top.length).toBeGreaterThan(0);
    expect(top.length).toBeLessThanOrEqual(12);
  });

  it('lets a floor import itself, the floors below it and the shared top files', () => {
    expect(breaches('api/http/app.ts', "import { x } from '../context';\nimport { y } from '../../graph/Executor';\nimport type { Config } from '../../config';")).toEqual([]);
    expect(breaches('ide/readme-examples.ts', "import { projectPath } from '../paths';")).toEqual([]);
  });
});
