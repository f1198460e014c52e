import fs from 'node:fs';
import { projectPath } from '../paths';

export interface Example {
  /** The heading above the block in README.md. */
  name: string;
  query: string;
}

/**
 * Every ```graphql block of a markdown text, with the heading above it as its name.
 * README.md is the single source of the examples: the IDE's tabs and the tests that run
 * them both come from here, so a new README example shows up everywhere by itself.
 */
export function examplesFromMarkdown(text: string): Example[] {
  const out: Example[] = [];
  let heading = 'README';
  for (const [i, block] of text.split(/^```/m).entries()) {
    if (i % 2 === 0) {
      const h = [...block.matchAll(/^#+\s+(.+)$/gm)].at(-1);
      if (h) heading = h[1].trim();
    } else if (block.startsWith('graphql\n')) {
      out.push({ name: heading, query: block.slice('graphql\n'.length) });
    }
  }
  return out;
}

export const readmePath = projectPath('README.md');

/** README.md's examples as they are now (read at each call: README may change while the server runs). */
export function readmeExamples(): Example[] {
  return examplesFromMarkdown(fs.readFileSync(readmePath, 'utf8'));
}
