import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** Every ```graphql block of README.md and of each docs/ page in index order, named after page and heading (the IDE serves the same list). */
export { readmeExamples } from '../../src/ide/readme-examples';

/**
 * The explorer's operations as it sends them: each `query Explorer…` template of
 * explorer/js/api.js with its ${CONSTANT} fragments filled in from the same file.
 */
export function explorerOperations(): { name: string; query: string }[] {
  const src = fs.readFileSync(path.join(root, 'explorer', 'js', 'api.js'), 'utf8');
  const constants = new Map<string, string>();
  for (const m of src.matchAll(/^const ([A-Z_]+) = (['`])([\s\S]*?)\2;/gm)) constants.set(m[1], m[3]);
  const fill = (s: string): string => s.replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => fill(constants.get(name) ?? `<<${name}>>`));
  return [...src.matchAll(/`(query (Explorer\w+)[\s\S]*?)`/g)].map((m) => ({ name: m[2], query: fill(m[1]) }));
}
