// The documentation's ```graphql blocks (README.md, then each docs/ page in the order of
// docs/README.md) as IDE tabs. The server reads them at each request (/ide/examples.json), so
// the Markdown stays the one source and new examples appear here.

const pascal = (words) => words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');

/** docs/fact-checking.md → FactChecking; README.md's own examples get no prefix. */
export function pagePrefix(page) {
  const m = /^docs\/([\w-]+)\.md$/.exec(page ?? '');
  return m ? `${pascal(m[1].split(/[-_]/).filter(Boolean))}_` : '';
}

/** An operation name from a page and heading, so each tab is titled after where it is documented (Queries_HowTwoActorsAreConnected). */
export function operationName(heading, taken, page) {
  const words = (heading.match(/[A-Za-z0-9]+/g) ?? ['Example']).slice(0, 6);
  let name = pagePrefix(page) + pascal(words);
  if (/^\d/.test(name)) name = `Q${name}`;
  let unique = name;
  for (let i = 2; taken.has(unique); i++) unique = `${name}${i}`;
  taken.add(unique);
  return unique;
}

/** The tab text: the heading as a comment, and a name for an anonymous `{ … }` so the tab has a title. */
export function tabsFor(examples) {
  const taken = new Set();
  return examples.map((e) => {
    const body = e.query.trimEnd();
    const heading = e.name.split(' › ').at(-1);
    const named = /^\s*\{/.test(body) ? `query ${operationName(heading, taken, e.page)} ${body.trimStart()}` : body;
    return { name: e.name, query: `# ${e.name}\n${named}\n` };
  });
}
