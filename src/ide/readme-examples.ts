import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../paths';

export interface Example {
  /** The heading above the block; on a docs/ page, prefixed with the page's title ("Queries for analysts › …"). */
  name: string;
  /** The file it comes from, relative to the repository root ("README.md", "docs/queries.md"). */
  page: string;
  query: string;
}

/**
 * Every ```graphql block of a markdown text, with the heading above it as its name.
 * A block opened as ```graphql followed by another word (```graphql sketch) is shown, not run:
 * only the bare language tag marks an executable example.
 */
export function examplesFromMarkdown(text: string, page = 'README.md', title?: string): Example[] {
  const out: Example[] = [];
  let heading = title ?? 'README';
  for (const [i, block] of text.split(/^```/m).entries()) {
    if (i % 2 === 0) {
      const h = [...block.matchAll(/^#+\s+(.+)$/gm)].at(-1);
      if (h) heading = h[1].trim();
    } else if (block.startsWith('graphql\n')) {
      const name = title === undefined || heading === title ? heading : `${title} › ${heading}`;
      out.push({ name, page, query: block.slice('graphql\n'.length) });
    }
  }
  return out;
}

export const readmePath = projectPath('README.md');
export const docsDir = projectPath('docs');
export const docsIndexPath = path.join(docsDir, 'README.md');

/** The pages docs/README.md links to, in its order (its ordering file, like a docs site's sidebar). */
export function docsIndexOrder(): string[] {
  const index = fs.readFileSync(docsIndexPath, 'utf8');
  const linked = [...index.matchAll(/\]\(([\w.-]+\.md)(?:#[\w-]*)?\)/g)].map((m) => m[1]);
  return [...new Set(linked)];
}

/**
 * The pages whose examples count, in reading order: README.md, then each docs/ page in the
 * index's order (a linked page not written yet is passed over), then any docs/ page the index
 * forgot, so its examples still run (a test fails on such a page).
 */
export function examplePages(): string[] {
  const onDisk = fs.readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'README.md');
  const ordered = docsIndexOrder().filter((f) => onDisk.includes(f));
  const forgotten = onDisk.filter((f) => !ordered.includes(f)).sort();
  return ['README.md', ...[...ordered, ...forgotten].map((f) => `docs/${f}`)];
}

const pageTitle = (text: string, page: string): string => /^#\s+(.+)$/m.exec(text)?.[1].trim() ?? page;

/**
 * The documentation's examples as they are now (read at each call: a page may change while the
 * server runs). README.md and docs/ are the single source: the IDE's tabs and the tests that
 * run them both come from here, so a new example shows up everywhere by itself.
 */
export function readmeExamples(): Example[] {
  return examplePages().flatMap((page) => {
    const text = fs.readFileSync(projectPath(page), 'utf8');
    return page === 'README.md' ? examplesFromMarkdown(text) : examplesFromMarkdown(text, page, pageTitle(text, page));
  });
}
