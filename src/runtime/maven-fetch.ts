import { spawn } from 'node:child_process';
import cliProgress from 'cli-progress';

export interface MavenRun {
  code: number;
  /** The last 200 lines Maven printed, for the error a failed fetch raises. */
  output: string[];
}

/**
 * Runs Maven (the Neo4j jars, the embedding model) with a progress bar on stderr: Maven prints
 * one "Downloaded from" line per artifact, and those become megabytes and an artifact count.
 */
export async function runMavenWithProgress(args: string[], bar: { label: string; expectedMb: number }): Promise<MavenRun> {
  const interactive = process.stderr.isTTY === true;
  const progress = new cliProgress.SingleBar(
    { format: `${bar.label} [{bar}] {value}/{total} MB | {artifacts} artifacts`, stream: process.stderr, noTTYOutput: !interactive, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
  progress.start(bar.expectedMb, 0, { artifacts: 0 });
  let mb = 0;
  let artifacts = 0;
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
        progress.setTotal(Math.max(bar.expectedMb, Math.ceil(mb)));
        progress.update(Math.round(mb), { artifacts });
      }
    };
    mvn.stdout.on('data', onLine);
    mvn.stderr.on('data', onLine);
    mvn.on('close', (c) => resolve(c ?? 1));
  });
  progress.update(Math.max(bar.expectedMb, Math.ceil(mb)), { artifacts });
  progress.stop();
  return { code, output };
}
