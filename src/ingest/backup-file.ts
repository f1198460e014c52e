import fs from 'node:fs';
import readline from 'node:readline';
import { sha256Stream } from '../domain/sha256';
import type { DumpNode } from '../graph/repositories/GraphDump';

/**
 * A backup is JSON Lines: a header (format, version, when), one line per node with its
 * outgoing relationships, and a footer with the counts and a SHA-256 of the node lines, so
 * a truncated or edited file is refused before anything is written.
 */
export const BACKUP_FORMAT = 'claimgraph-backup';
export const BACKUP_VERSION = 1;

export class BackupRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefused';
  }
}

export interface BackupSummary {
  nodes: number;
  relationships: number;
  sha256: string;
}

/** Writes pages of nodes to a backup file; returns the footer's summary. */
export async function writeBackup(file: string, pages: AsyncIterable<DumpNode[]>, progress?: (nodes: number) => void): Promise<BackupSummary> {
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const write = (line: string) => new Promise<void>((resolve, reject) => out.write(`${line}\n`, (e) => (e ? reject(e) : resolve())));
  const hash = sha256Stream();
  let nodes = 0;
  let relationships = 0;
  try {
    await write(JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString() }));
    for await (const page of pages) {
      for (const n of page) {
        const line = JSON.stringify({ node: n });
        hash.update(`${line}\n`);
        await write(line);
        nodes++;
        relationships += n.rels.length;
      }
      progress?.(nodes);
    }
    const summary = { nodes, relationships, sha256: hash.digest('hex') };
    await write(JSON.stringify({ end: true, ...summary }));
    return summary;
  } finally {
    await new Promise((r) => out.end(r));
  }
}

/** Reads and checks a backup file whole: format, version, counts and checksum. */
export async function readBackup(file: string): Promise<{ nodes: DumpNode[]; summary: BackupSummary; createdAt: string }> {
  if (!fs.existsSync(file)) throw new BackupRefused(`${file}: no such file`);
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const hash = sha256Stream();
  const nodes: DumpNode[] = [];
  let header: { format?: string; version?: number; createdAt?: string } | null = null;
  let footer: (BackupSummary & { end: true }) | null = null;
  let n = 0;
  for await (const line of lines) {
    n++;
    if (footer) throw new BackupRefused(`${file}: line ${n}: data after the end marker`);
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(line);
    } catch {
      throw new BackupRefused(`${file}: line ${n}: not JSON`);
    }
    if (!header) {
      header = value;
      if (header.format !== BACKUP_FORMAT) throw new BackupRefused(`${file}: not a ClaimGraph backup (format ${JSON.stringify(header.format)})`);
      if (header.version !== BACKUP_VERSION) throw new BackupRefused(`${file}: backup version ${String(header.version)}; this claimgraph reads version ${BACKUP_VERSION}`);
    } else if (value.end === true) {
      footer = value as unknown as BackupSummary & { end: true };
    } else {
      hash.update(`${line}\n`);
      nodes.push(value.node as DumpNode);
    }
  }
  if (!header) throw new BackupRefused(`${file}: empty`);
  if (!footer) throw new BackupRefused(`${file}: no end marker (truncated?)`);
  const relationships = nodes.reduce((s, x) => s + x.rels.length, 0);
  const sha256 = hash.digest('hex');
  if (footer.nodes !== nodes.length || footer.relationships !== relationships || footer.sha256 !== sha256) {
    throw new BackupRefused(`${file}: contents do not match the end marker (${nodes.length} nodes, ${relationships} relationships read; checksum ${sha256 === footer.sha256 ? 'matches' : 'differs'})`);
  }
  return { nodes, summary: { nodes: nodes.length, relationships, sha256 }, createdAt: String(header.createdAt) };
}
