import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** Every ```graphql block of README.md, with the heading above it as its name. */
export function readmeExamples(): { name: string; query: string }[] {
  const text = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const out: { name: string; query: string }[] = [];
  let heading = 'README';
  for (const block of text.split(/^```/m).map((b, i) => ({ b, i }))) {
    if (block.i % 2 === 0) {
      const h = [...block.b.matchAll(/^#+\s+(.+)$/gm)].at(-1);
      if (h) heading = h[1].trim();
    } else if (block.b.startsWith('graphql\n')) {
      out.push({ name: heading, query: block.b.slice('graphql\n'.length) });
    }
  }
  return out;
}

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
