import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { RawSeed } from './seed-files';

/** A refusal a script can act on: every problem names its file and entry. */
export class ImportRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`Nothing was imported; ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ImportRefused';
  }
}

const isYaml = (f: string) => /\.ya?ml$/.test(f);

/**
 * Reads articles in the seed annotation format from one YAML file or a folder: a folder
 * laid out like seeds/ (annotations/ and sources/), or YAML files with their texts beside
 * them or in a sibling sources/ folder. A shared.yaml, if present, comes along.
 */
export function readArticles(target: string): RawSeed & { textsDir: string } {
  if (!fs.existsSync(target)) throw new ImportRefused([`${target}: no such file or folder`]);
  const isDir = fs.statSync(target).isDirectory();
  const seedLayout = isDir && fs.existsSync(path.join(target, 'annotations'));
  const annDir = seedLayout ? path.join(target, 'annotations') : isDir ? target : path.dirname(target);
  const files = isDir ? fs.readdirSync(annDir).filter(isYaml).sort() : [path.basename(target)];
  if (files.length === 0) throw new ImportRefused([`${target}: no .yaml files`]);
  const textDirs = seedLayout ? [path.join(target, 'sources')] : [annDir, path.join(annDir, 'sources'), path.join(annDir, '..', 'sources')];
  const annotations = new Map<string, unknown>();
  const problems: string[] = [];
  for (const f of files) {
    try {
      annotations.set(f, parse(fs.readFileSync(path.join(annDir, f), 'utf8')));
    } catch (e) {
      problems.push(`${f}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  if (problems.length) throw new ImportRefused(problems);
  const texts = new Map<string, string>();
  for (const doc of annotations.values()) {
    const file = (doc as { source?: { file?: unknown } } | null)?.source?.file;
    if (typeof file !== 'string' || file.includes('/') || file.includes('\\')) continue;
    const dir = textDirs.find((d) => fs.existsSync(path.join(d, file)));
    if (dir) texts.set(file, fs.readFileSync(path.join(dir, file), 'utf8'));
  }
  return { annotations, texts, textsDir: textDirs.map((d) => path.relative(process.cwd(), d) || '.').join(' or ') };
}

/** Every string in the parsed YAML that could be an id: the candidates to look up in the database. */
export function idLikeStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value) && value.includes('-')) out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => idLikeStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => idLikeStrings(v, out));
  return out;
}
