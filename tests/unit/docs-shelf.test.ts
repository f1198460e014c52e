import fs from 'node:fs';
import path from 'node:path';
import { docsIndexOrder, examplePages, examplesFromMarkdown } from '../../src/ide/readme-examples';

const root = path.join(__dirname, '..', '..');
const docs = path.join(root, 'docs');
const pagesOnDisk = fs.readdirSync(docs).filter((f) => f.endsWith('.md') && f !== 'README.md');
const markdownFiles = ['README.md', 'docs/README.md', ...pagesOnDisk.map((f) => `docs/${f}`)];
/** Pages the index links before they are written (another change brings them). */
const PROMISED = new Set(['docs/extraction.md']);

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string): string =>
  heading.trim().toLowerCase().replace(/[`*_]/g, '').replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');

function anchorsOf(file: string): Set<string> {
  const text = fs.readFileSync(path.join(root, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#+\s+(.+)$/gm)].map((m) => anchor(m[1])));
}

/** Relative links and images of a markdown file, outside code blocks. */
function relativeLinks(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l) && !l.startsWith('<'));
}

describe('docs: README is a page, docs/ is a shelf', () => {
  it('keeps README.md to at most 200 lines', () => {
    const lines = fs.readFileSync(path.join(root, 'README.md'), 'utf8').split('\n').length;
    expect(lines).toBeLessThanOrEqual(200);
  });

  it('links every docs/ page from the index, and at least five pages', () => {
    const linked = docsIndexOrder();
    expect(pagesOnDisk.length).toBeGreaterThanOrEqual(5);
    expect(pagesOnDisk.filter((f) => !linked.includes(f))).toEqual([]);
    expect(linked.filter((f) => !pagesOnDisk.includes(f) && !PROMISED.has(`docs/${f}`))).toEqual([]);
  });

  it('reads README.md, then the pages in the index order', () => {
    const pages = examplePages();
    expect(pages[0]).toBe('README.md');
    expect(pages.slice(1)).toEqual(docsIndexOrder().filter((f) => pagesOnDisk.includes(f)).map((f) => `docs/${f}`));
  });

  it.each(markdownFiles)('%s: every relative link and image points at a file (and heading) that exists', (file) => {
    const links = relativeLinks(file);
    if (file === 'README.md') expect(links).toEqual(expect.arrayContaining(['docs/explorer.png', 'docs/README.md']));
    if (file === 'docs/README.md') expect(links.length).toBeGreaterThanOrEqual(pagesOnDisk.length);
    const broken = links.filter((link) => {
      const [target, hash] = link.split('#');
      const resolved = target ? path.relative(root, path.resolve(path.dirname(path.join(root, file)), target)) : file;
      if (PROMISED.has(resolved)) return false;
      if (!fs.existsSync(path.join(root, resolved))) return true;
      return hash !== undefined && resolved.endsWith('.md') && !anchorsOf(resolved).has(hash);
    });
    expect(broken).toEqual([]);
  });
});

describe('docs: examples from a page', () => {
  const page = ['# Queries', '', '## By id', '```graphql', '{ a }', '```', '```graphql sketch', '{ b(id: "…") }', '```', '### Paged', '```json', '{}', '```', '```graphql', '{ c }', '```', ''].join('\n');

  it('names each example after its page and heading, and runs no sketch', () => {
    expect(examplesFromMarkdown(page, 'docs/queries.md', 'Queries')).toEqual([
      { name: 'Queries › By id', page: 'docs/queries.md', query: '{ a }\n' },
      { name: 'Queries › Paged', page: 'docs/queries.md', query: '{ c }\n' },
    ]);
  });

  it("names README's examples after their heading alone", () => {
    expect(examplesFromMarkdown('# ClaimGraph\n## Example\n```graphql\n{ x }\n```\n').map((e) => e.name)).toEqual(['Example']);
  });
});
