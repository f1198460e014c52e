import fs from 'node:fs';
import { modelPath, tokenizerPath } from '../runtime/model-files';
import { OnnxEmbedder, type Embedder } from './embedder';

export interface ModelLoad {
  embedder: Embedder | null;
  /** Why there is no embedder, for the start-up log line. */
  problem: string | null;
  ms: number;
}

/**
 * Loads the embedding model, or says why not: a missing or corrupt file must leave the
 * service answering lexical-only, never crash it.
 */
export async function loadModel(modelFile: string, tokenizerFile: string): Promise<ModelLoad> {
  const started = performance.now();
  const done = (embedder: Embedder | null, problem: string | null): ModelLoad => ({ embedder, problem, ms: Math.round(performance.now() - started) });
  for (const f of [modelFile, tokenizerFile]) if (!fs.existsSync(f)) return done(null, `${f} is missing (npm run model:fetch)`);
  try {
    return done(await OnnxEmbedder.load(modelFile, tokenizerFile), null);
  } catch (e) {
    return done(null, `the model at ${modelFile} failed to load: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}

let shared: Promise<ModelLoad> | null = null;

/**
 * The model of this process, loaded once from .data/models and shared by every app and
 * command in it; logs one line saying whether matching is hybrid or lexical-only, and why.
 */
export function sharedModel(log: { info(o: object, m: string): void; warn(o: object, m: string): void }): Promise<ModelLoad> {
  shared ??= loadModel(modelPath(), tokenizerPath()).then((m) => {
    if (m.embedder) log.info({ ms: m.ms, model: m.embedder.model }, 'claim matching: embedding model loaded (hybrid matching)');
    else log.warn({ problem: m.problem }, `claim matching is lexical-only (BM25 and exact text): ${m.problem}`);
    return m;
  });
  return shared;
}
