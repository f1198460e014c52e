import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Called when a folder or file was looser than owner-only and has been tightened. */
export type Warn = (message: string, fields: Record<string, unknown>) => void;

const looser = (mode: number) => (mode & 0o077) !== 0;

/**
 * Creates a folder owner-only (0700), or tightens one found looser, with a warning: the data
 * folder holds the database password and the local editor key.
 */
export function ensurePrivateDir(dir: string, warn: Warn = () => {}): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const mode = fs.statSync(dir).mode & 0o777;
  if (looser(mode)) {
    fs.chmodSync(dir, 0o700);
    warn('tightened a data folder other users could read to owner-only (0700)', { dir, was: mode.toString(8) });
  }
}

/**
 * Reads a secret kept in a 0600 file, creating it with a fresh random value on first use.
 * The 'wx' flag makes two processes starting at once agree on one value.
 */
export function readOrCreateSecret(file: string, warn: Warn = () => {}, bytes = 24): string {
  ensurePrivateDir(path.dirname(file), warn);
  try {
    fs.writeFileSync(file, `${crypto.randomBytes(bytes).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const mode = fs.statSync(file).mode & 0o777;
  if (looser(mode)) {
    fs.chmodSync(file, 0o600);
    warn('tightened a secret file other users could read to owner-only (0600)', { file, was: mode.toString(8) });
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 16) throw new Error(`${file} holds no usable secret; delete it to have a new one generated`);
  return secret;
}
