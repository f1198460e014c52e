import fs from 'node:fs';
import path from 'node:path';
import { YAMLParseError, parse } from 'yaml';
import { formatProblem, type Problem } from './import-problems';
import type { RawSeed } from './seed-files';

/** A refusal a script can act on: every problem names its file (and line), entry and field. */
export class ImportRefused extends Error {
  readonly problems: string[];
  constructor(readonly details: (Problem | string)[]) {
    const lines = details.map((p) => (typeof p === 'string' ? p : formatProblem(p)));
    super(`Nothing was imported; ${lines.length} problem(s):\n  - ${lines.join('\n  - ')}`);
    this.name = 'ImportRefused';
    this.problems = lines;
  }
}

const isYaml = (f: string) => /\.ya?ml$/.test(f);

/**
 * Reads articles in the seed annotation format from one YAML file or a folder: a folder
 * laid out like seeds/ (annotations/ and sources/), or YAML files with their texts beside
 * them or in a sibling sources/ folder. A shared.yaml, if present, comes along.
 */
export function readArticles(target: string): RawSeed & { textsDir: string; yaml: Map<string, string>; problems: Problem[] } {
  if (!fs.existsSync(target)) throw new ImportRefused([`${target}: no such file or folder`]);
  const isDir = fs.statSync(target).isDirectory();
  const seedLayout = isDir && fs.existsSync(path.join(target, 'annotations'));
  const annDir = seedLayout ? path.join(target, 'annotations') : isDir ? target : path.dirname(target);
  const files = isDir ? fs.readdirSync(annDir).filter(isYaml).sort() : [path.basename(target)];
  if (files.length === 0) throw new ImportRefused([`${target}: no .yaml files`]);
  const textDirs = seedLayout ? [path.join(target, 'sources')] : [annDir, path.join(annDir, 'sources'), path.join(annDir, '..', 'sources')];
  const annotations = new Map<string, unknown>();
  const yaml = new Map<string, string>();
  // A file that is not YAML is reported with the others; the rest are still checked.
  const problems: Problem[] = [];
  for (const f of files) {
    const src = fs.readFileSync(path.join(annDir, f), 'utf8');
    yaml.set(f, src);
    try {
      annotations.set(f, parse(src));
    } catch (e) {
      const line = e instanceof YAMLParseError ? e.linePos?.[0].line : undefined;
      problems.push({ file: f, entry: null, line, message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
    }
  }
  const texts = new Map<string, string>();
  for (const doc of annotations.values()) {
    const file = (doc as { source?: { file?: unknown } } | null)?.source?.file;
    if (typeof file !== 'string' || file.includes('/') || file.includes('\\')) continue;
    const dir = textDirs.find((d) => fs.existsSync(path.join(d, file)));
    if (dir) texts.set(file, fs.readFileSync(path.join(dir, file), 'utf8'));
  }
  return { annotations, texts, yaml, problems, textsDir: textDirs.map((d) => path.relative(process.cwd(), d) || '.').join(' or ') };
}

/** Every string in the parsed YAML that could be an id: the candidates to look up in the database. */
export function idLikeStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value) && value.includes('-')) out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => idLikeStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => idLikeStrings(v, out));
  return out;
}
