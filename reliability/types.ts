/** What one part of the reliability suite reports: its figures, and whether every goal held. */
export interface PartResult {
  /** Section name in RELIABILITY.md, e.g. "Fuzz". */
  title: string;
  /** The command that reproduces this section. */
  command: string;
  /** Figures as label → value, printed and written in a table. */
  figures: Record<string, string | number>;
  /** Goals that did not hold (empty when all held). */
  failures: string[];
  /** Optional free text (method, notes) written under the table. */
  notes?: string;
}

export interface PartOptions {
  /** Long form (npm run reliability) or the short form inside npm test. */
  long: boolean;
  /** Seeded randomness, so a failure can be replayed. */
  seed: number;
  log: (line: string) => void;
  /** An existing database to use instead of a private embedded one (--uri). */
  uri?: string;
}
