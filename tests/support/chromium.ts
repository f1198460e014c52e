import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const onPath = (name: string): string | null => {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};

/** Debian's Chromium for the browser tests: $CHROMIUM_PATH, /usr/bin/chromium or one on the PATH; null when none. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', onPath('chromium'), onPath('chromium-browser')];
  return candidates.find((c): c is string => !!c && fs.existsSync(c)) ?? null;
}
