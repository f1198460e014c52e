import fs from 'node:fs';
import path from 'node:path';
import { runMavenWithProgress } from './maven-fetch';
import { ensurePrivateDir } from './private-files';
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
 */
export async function ensureJars(log: (msg: string) => void = console.log): Promise<void> {
  if (jarsPresent()) return;
  const version = pomVersion();
  log(`Fetching Neo4j Community ${version} jars from Maven Central into ${jarDir} (about ${EXPECTED_MB} MB the first time)…`);
  fs.rmSync(jarDir, { recursive: true, force: true });
  // .data also holds the database password: created owner-only from the start.
  ensurePrivateDir(path.dirname(jarDir));
  const args = [
    '-B',
    '-f', path.join(launcherDir, 'pom.xml'),
    'org.apache.maven.plugins:maven-dependency-plugin:3.11.0:copy-dependencies',
    `-DoutputDirectory=${jarDir}`,
    '-DincludeScope=runtime',
  ];
  const { code, output } = await runMavenWithProgress(args, { label: 'neo4j jars', expectedMb: EXPECTED_MB });
  if (code !== 0) {
    throw new Error(`mvn exited with ${code} while fetching Neo4j jars:\n${output.slice(-40).join('\n')}`);
  }
  fs.writeFileSync(markerFile(), `${version}\n`);
  log(`Neo4j jars ready (${fs.readdirSync(jarDir).filter((f) => f.endsWith('.jar')).length} jars).`);
}
