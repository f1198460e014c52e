import fs from 'node:fs';
import type { EmbeddedNeo4j } from '../src/graph/EmbeddedNeo4j';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__NEO4J__ as { db: EmbeddedNeo4j; home: string } | undefined;
  if (!state) return;
  await state.db.stop();
  fs.rmSync(state.home, { recursive: true, force: true });
}
