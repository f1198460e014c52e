import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

type Env = Readonly<Record<string, string | undefined>>;

const onPath = (name: string): string | null => {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};

const WHERE = '$CHROMIUM_PATH, or else /usr/bin/chromium and chromium or chromium-browser on the PATH';
const HOW = 'Install it with `apt-get install chromium` (.ci/run does this) or point CHROMIUM_PATH at a Chromium binary.';

/**
 * Debian's Chromium for the browser tests, or null when there is none. CHROMIUM_PATH, when
 * set, is the only place looked at: a path someone chose is never swapped for another browser.
 */
export function findChromium(env: Env = process.env): string | null {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : ['/usr/bin/chromium', onPath('chromium'), onPath('chromium-browser')];
  return candidates.find((c): c is string => !!c && fs.existsSync(c)) ?? null;
}

/** Whether we run in CI, where a browser suite must run and never skip. */
export function inCi(env: Env = process.env): boolean {
  return !!env.CI && env.CI !== 'false' && env.CI !== '0';
}

/**
 * The one rule for every browser suite: the Chromium to launch; or, with none, null and a
 * SKIPPED line naming the suite and how to install it — except in CI, where it throws so
 * a browser test that nobody runs cannot pass unnoticed.
 */
export function chromiumFor(suite: string, env: Env = process.env, say: (line: string) => void = (l) => void process.stderr.write(l)): string | null {
  const found = findChromium(env);
  if (found) return found;
  if (inCi(env)) throw new Error(`${suite} needs Chromium in CI and none was found (looked at ${WHERE}). ${HOW}`);
  say(`\nSKIPPED ${suite}: Chromium not found (looked at ${WHERE}). ${HOW}\n`);
  return null;
}
