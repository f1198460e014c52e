import { spawnSync } from 'node:child_process';
import { projectPath } from '../../src/paths';
import { chromiumFor, findChromium } from '../support/chromium';

/**
 * The rule every browser suite follows (tests/support/chromium.ts): without Chromium a
 * suite is skipped with a message, except in CI where it fails. Checked on the rule itself
 * and on the real suites, run by a second jest with the lookup pointed at a missing path.
 */
const MISSING = '/nonexistent/chromium';

describe('browser tests: the rule for a missing Chromium', () => {
  it('looks only at CHROMIUM_PATH when it is set, even when another Chromium is installed', () => {
    expect(findChromium({ CHROMIUM_PATH: MISSING })).toBeNull();
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('skips outside CI, with a line naming the suite and how to install Chromium', () => {
    for (const CI of [undefined, '', 'false', '0']) {
      const said: string[] = [];
      expect(chromiumFor('tests/browser/x.test.ts', { CHROMIUM_PATH: MISSING, CI }, (l) => said.push(l))).toBeNull();
      expect(said.join('')).toMatch(/SKIPPED tests\/browser\/x\.test\.ts: Chromium not found .*apt-get install chromium/);
    }
  });

  it('fails in CI', () => {
    for (const CI of ['true', '1']) {
      const said: string[] = [];
      expect(() => chromiumFor('tests/browser/x.test.ts', { CHROMIUM_PATH: MISSING, CI }, (l) => said.push(l))).toThrow(/tests\/browser\/x\.test\.ts needs Chromium in CI/);
      expect(said).toEqual([]);
    }
  });

  it('returns the Chromium it found without a word', () => {
    const said: string[] = [];
    expect(chromiumFor('tests/browser/x.test.ts', { CHROMIUM_PATH: process.execPath, CI: 'true' }, (l) => said.push(l))).toBe(process.execPath);
    expect(said).toEqual([]);
  });

  describe('on the real suites', () => {
    const suites = ['tests/browser/explorer.test.ts', 'tests/browser/workbench.test.ts'];
    /** A second jest on the browser suites; it reuses this run's database (it writes nothing there), so no second Neo4j starts. */
    const runSuites = (ci: string | undefined) => {
      const database = process.env.NEO4J_DATABASE || 'neo4j';
      const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: MISSING, NEO4J_URI: process.env.TEST_NEO4J_URI, NEO4J_USERNAME: process.env.TEST_NEO4J_USERNAME, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD, NEO4J_DATABASE: database, CLAIMGRAPH_TEST_DISPOSABLE_DB: database, CI: ci };
      if (ci === undefined) delete env.CI;
      const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--runTestsByPath', ...suites], { cwd: projectPath(), env, encoding: 'utf8', timeout: 240_000 });
      return { status: run.status, output: `${run.stdout}${run.stderr}` };
    };

    it('skips the explorer and workbench suites outside CI, and says so', () => {
      const { status, output } = runSuites(undefined);
      expect(output).toContain('SKIPPED tests/browser/explorer.test.ts: Chromium not found');
      expect(output).toContain('SKIPPED tests/browser/workbench.test.ts: Chromium not found');
      expect(output).toMatch(/Tests:\s+\d+ skipped, \d+ total/);
      expect(output).not.toMatch(/\d+ (passed|failed)/);
      expect(status).toBe(0);
    });

    it('fails them in CI', () => {
      const { status, output } = runSuites('true');
      expect(output).toContain('tests/browser/explorer.test.ts needs Chromium in CI');
      expect(output).toContain('tests/browser/workbench.test.ts needs Chromium in CI');
      expect(status).toBe(1);
    });
  });
});
