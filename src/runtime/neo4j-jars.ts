import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { projectPath } from '../paths';

export const launcherDir = projectPath('neo4j');
export const jarDir = projectPath('.data', 'lib');

const pomVersion = (): string => {
  const pom = fs.readFileSync(path.join(launcherDir, 'pom.xml'), 'utf8');
  const m = /<artifactId>neo4j<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pom);
  if (!m) throw new Error('neo4j/pom.xml names no org.neo4j:neo4j version');
  return m[1];
};

/** The marker records which Neo4j version the jars are for, so a pom bump refetches. */
const markerFile = () => path.join(jarDir, '.complete');

export function jarsPresent(): boolean {
  try {
    return fs.readFileSync(markerFile(), 'utf8').trim() === pomVersion();
  } catch {
    return false;
  }
}

/** Roughly what the first download weighs; only used to scale the progress bar. */
const EXPECTED_MB = 125;

/**
 * Fetches Neo4j Community's jars from Maven Central into .data/lib (skipped when present).
 * Maven prints one "Downloaded from" line per artifact; we turn those into a progress bar.
 */
export async function ensureJars(log: (msg: string) => void = console.log): Promise<void> {
  if (jarsPresent()) return;
  const version = pomVersion();
  log(`Fetching Neo4j Community ${version} jars from Maven Central into ${jarDir} (about ${EXPECTED_MB} MB the first time)…`);
  fs.rmSync(jarDir, { recursive: true, force: true });
  const interactive = process.stderr.isTTY === true;
  const bar = new cliProgress.SingleBar(
    { format: 'neo4j jars [{bar}] {value}/{total} MB | {artifacts} artifacts', stream: process.stderr, noTTYOutput: !interactive, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(EXPECTED_MB, 0, { artifacts: 0 });
  let mb = 0;
  let artifacts = 0;
  const args = [
    '-B',
    '-f', path.join(launcherDir, 'pom.xml'),
    'org.apache.maven.plugins:maven-dependency-plugin:3.11.0:copy-dependencies',
    `-DoutputDirectory=${jarDir}`,
    '-DincludeScope=runtime',
  ];
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const mvn = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    mvn.on('error', (e) => reject(new Error(`could not run mvn (is Maven 3.8+ installed and on PATH?): ${e.message}`)));
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        output.push(line);
        if (output.length > 200) output.shift();
        const m = /Downloaded from .*\((\d+(?:\.\d+)?) (kB|MB|B) at/.exec(line);
        if (!m) continue;
        artifacts += 1;
        mb += m[2] === 'MB' ? Number(m[1]) : m[2] === 'kB' ? Number(m[1]) / 1024 : Number(m[1]) / 2 ** 20;
        bar.setTotal(Math.max(EXPECTED_MB, Math.ceil(mb)));
        bar.update(Math.round(mb), { artifacts });
      }
    };
    mvn.stdout.on('data', onLine);
    mvn.stderr.on('data', onLine);
    mvn.on('close', (c) => resolve(c ?? 1));
  });
  bar.stop();
  if (code !== 0) {
    throw new Error(`mvn exited with ${code} while fetching Neo4j jars:\n${output.slice(-40).join('\n')}`);
  }
  fs.writeFileSync(markerFile(), `${version}\n`);
  log(`Neo4j jars ready (${fs.readdirSync(jarDir).filter((f) => f.endsWith('.jar')).length} jars).`);
}
