import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensurePrivateDir, readOrCreateSecret } from '../../src/runtime/private-files';

const modeOf = (p: string) => fs.statSync(p).mode & 0o777;

describe('private files: the data folder and its secrets are owner-only', () => {
  let root: string;
  beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-private-'))));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('creates a folder 0700, parents included', () => {
    const dir = path.join(root, 'a', 'b');
    ensurePrivateDir(dir);
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(path.join(root, 'a'))).toBe(0o700);
  });

  it('tightens a folder other users could read, and warns once', () => {
    const dir = path.join(root, 'data');
    fs.mkdirSync(dir, { mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    const warnings: Record<string, unknown>[] = [];
    ensurePrivateDir(dir, (_m, f) => warnings.push(f));
    ensurePrivateDir(dir, (_m, f) => warnings.push(f));
    expect(modeOf(dir)).toBe(0o700);
    expect(warnings).toEqual([{ dir, was: '755' }]);
  });

  it('creates a secret 0600 once and reads the same value afterwards', () => {
    const file = path.join(root, 'home', 'secret');
    const first = readOrCreateSecret(file);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(modeOf(file)).toBe(0o600);
    expect(readOrCreateSecret(file)).toBe(first);
  });

  it('tightens a secret file found readable by others', () => {
    const file = path.join(root, 'secret');
    readOrCreateSecret(file);
    fs.chmodSync(file, 0o644);
    const warnings: string[] = [];
    readOrCreateSecret(file, (m) => warnings.push(m));
    expect(modeOf(file)).toBe(0o600);
    expect(warnings).toHaveLength(1);
  });

  it('refuses a secret file that holds no usable secret, naming it', () => {
    const file = path.join(root, 'secret');
    fs.writeFileSync(file, 'short\n', { mode: 0o600 });
    expect(() => readOrCreateSecret(file)).toThrow(`${file} holds no usable secret`);
  });
});
