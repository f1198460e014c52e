import { SingleBar, Presets } from 'cli-progress';

/** A progress bar on stderr (stdout stays clean for data); silent when stderr is not a terminal. */
export function progressBar(label: string, total: number): { update(done: number): void; stop(): void } {
  const bar = new SingleBar({ format: `${label} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  bar.start(Math.max(total, 1), 0);
  return {
    update: (done) => bar.update(Math.min(done, Math.max(total, 1))),
    stop: () => bar.stop(),
  };
}
