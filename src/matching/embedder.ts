import fs from 'node:fs';
import { Tokenizer } from '@huggingface/tokenizers';
import * as ort from 'onnxruntime-node';

export const DIMENSIONS = 384;
/** Longer inputs are cut: claims are sentences, and attention cost grows with the square. */
const MAX_TOKENS = 256;

/** Turns texts into unit vectors (cosine = dot product). */
export interface Embedder {
  /** Names the model, stored with each vector so a model change re-embeds. */
  readonly model: string;
  embed(texts: string[]): Promise<Float32Array[]>;
}

/**
 * all-MiniLM-L6-v2 (quantised ONNX) on onnxruntime-node's CPU provider, tokenised by
 * @huggingface/tokenizers from the model's own tokenizer.json. Sentence vector = mean of
 * the token states the attention mask keeps, L2-normalised (the model's pooling).
 */
export class OnnxEmbedder implements Embedder {
  private constructor(
    private readonly session: ort.InferenceSession,
    private readonly tokenizer: Tokenizer,
    readonly model: string,
  ) {}

  static async load(modelFile: string, tokenizerFile: string, model = 'all-minilm-l6-v2-q'): Promise<OnnxEmbedder> {
    const tokenizer = new Tokenizer(JSON.parse(fs.readFileSync(tokenizerFile, 'utf8')), {});
    // One intra-op thread per call: the service runs many small calls side by side on few cores.
    const session = await ort.InferenceSession.create(modelFile, { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all' });
    for (const name of ['input_ids', 'attention_mask', 'token_type_ids']) {
      if (!session.inputNames.includes(name)) throw new Error(`the model has no input "${name}" (inputs: ${session.inputNames.join(', ')})`);
    }
    if (!session.outputNames.includes('last_hidden_state')) throw new Error('the model has no output "last_hidden_state"');
    const embedder = new OnnxEmbedder(session, tokenizer, model);
    const [probe] = await embedder.embed(['model check']);
    if (probe.length !== DIMENSIONS) throw new Error(`the model gives ${probe.length} dimensions, not ${DIMENSIONS}`);
    return embedder;
  }

  private encode(text: string): number[] {
    const ids = this.tokenizer.encode(text).ids;
    // Keep [CLS] … [SEP]: cut the middle words, not the closing token.
    return ids.length <= MAX_TOKENS ? ids : [...ids.slice(0, MAX_TOKENS - 1), ids[ids.length - 1]];
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const encoded = texts.map((t) => this.encode(t));
    const width = Math.max(...encoded.map((e) => e.length));
    const n = texts.length;
    const ids = new BigInt64Array(n * width);
    const mask = new BigInt64Array(n * width);
    encoded.forEach((e, i) =>
      e.forEach((id, j) => {
        ids[i * width + j] = BigInt(id);
        mask[i * width + j] = 1n;
      }),
    );
    const shape = [n, width];
    const out = await this.session.run({
      input_ids: new ort.Tensor('int64', ids, shape),
      attention_mask: new ort.Tensor('int64', mask, shape),
      token_type_ids: new ort.Tensor('int64', new BigInt64Array(n * width), shape),
    });
    const hidden = out.last_hidden_state.data as Float32Array;
    return encoded.map((e, i) => {
      const v = new Float32Array(DIMENSIONS);
      for (let j = 0; j < e.length; j++) {
        const base = (i * width + j) * DIMENSIONS;
        for (let d = 0; d < DIMENSIONS; d++) v[d] += hidden[base + d];
      }
      let norm = 0;
      for (let d = 0; d < DIMENSIONS; d++) norm += v[d] * v[d];
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIMENSIONS; d++) v[d] /= norm;
      return v;
    });
  }
}

export const cosine = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};
