import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectPath } from '../paths';

export const defaultSeedDir = projectPath('seeds');

export interface RawSeed {
  /** File name → parsed YAML (unknown until validated). */
  annotations: Map<string, unknown>;
  /** Text file name → its exact content. */
  texts: Map<string, string>;
}

/** Reads seeds/annotations/*.yaml and seeds/sources/*.txt; YAML syntax errors name their file. */
export function readSeedFiles(dir = defaultSeedDir): RawSeed {
  const annotations = new Map<string, unknown>();
  const annDir = path.join(dir, 'annotations');
  for (const f of fs.readdirSync(annDir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    try {
      annotations.set(f, parse(fs.readFileSync(path.join(annDir, f), 'utf8')));
    } catch (e) {
      throw new Error(`${f}: not valid YAML: ${(e as Error).message}`);
    }
  }
  const texts = new Map<string, string>();
  const srcDir = path.join(dir, 'sources');
  for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.txt')).sort()) {
    texts.set(f, fs.readFileSync(path.join(srcDir, f), 'utf8'));
  }
  return { annotations, texts };
}
