import fs from 'node:fs';
import { runningFile } from './embedded-files';

/** What a process that launched the embedded database tells others (the CLI) about it. */
export interface RunningDatabase {
  /** The process that owns the database: the service or `npm run db:start`. */
  pid: number;
  uri: string;
  startedAt: string;
}

/** Records that this process serves the embedded database in home; owner-only, like the rest of the folder. */
export function announceRunning(home: string, info: RunningDatabase): void {
  fs.writeFileSync(runningFile(home), `${JSON.stringify(info)}\n`, { mode: 0o600 });
}

/** Removes the record, but only if it is still this process's own. */
export function withdrawRunning(home: string, pid = process.pid): void {
  if (findRunning(home)?.pid === pid) fs.rmSync(runningFile(home), { force: true });
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else, which the 0700 folder rules out for a real owner.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The database a live process serves from this home, or undefined (none, or a stale record). */
export function findRunning(home: string): RunningDatabase | undefined {
  let info: RunningDatabase;
  try {
    info = JSON.parse(fs.readFileSync(runningFile(home), 'utf8')) as RunningDatabase;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(info.pid) || typeof info.uri !== 'string' || !alive(info.pid)) return undefined;
  return info;
}
