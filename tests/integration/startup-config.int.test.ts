import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectPath } from '../../src/paths';

/** Runs `npm start`'s entry point with a bad setting: it must stop before launching anything. */
function startWith(env: Record<string, string>) {
  const home = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-badconf-')), 'neo4j');
  const r = spawnSync(process.execPath, ['--import', 'tsx', projectPath('src', 'server.ts')], {
    cwd: projectPath(),
    env: { ...process.env, NEO4J_URI: '', NEO4J_EMBEDDED_HOME: home, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { ...r, home };
}

describe('start-up with a bad setting', () => {
  it.each([
    ['API_KEYS', 'alice:owner:a-secret-key'],
    ['API_KEYS', 'alice:editor:short'],
    ['MAX_QUERY_COST', 'lots'],
    ['PORT', '99999'],
  ])('stops on %s=%s in one line, with no stack trace and no database launched', (name, value) => {
    const r = startWith({ [name]: value });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Invalid configuration: ${name}: `));
    expect(r.stderr).not.toMatch(/\n\s+at |\.ts:\d+/);
    if (name === 'API_KEYS') expect(r.stderr).not.toContain(value.split(':')[2]);
    // Nothing was launched: the embedded database's folder was never created.
    expect(fs.existsSync(r.home)).toBe(false);
  });
});
