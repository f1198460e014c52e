import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface ConsumerResult {
  quoteMatches: string[];
  position: string | null;
}

/** Runs the DOM-based consumer (reanchor-process.mjs) in its own Node process over one source text. */
export function reanchor(text: string, selectors: [unknown, unknown][]): ConsumerResult[] {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'reanchor-process.mjs')], { input: JSON.stringify({ text, selectors }), encoding: 'utf8' });
  return JSON.parse(out) as ConsumerResult[];
}
