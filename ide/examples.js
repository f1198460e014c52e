// README.md's ```graphql blocks as IDE tabs. The server reads them from README at each
// request (/ide/examples.json), so README stays the one source and new examples appear here.

/** An operation name from a heading, so each tab is titled after its README section. */
export function operationName(heading, taken) {
  const words = (heading.match(/[A-Za-z0-9]+/g) ?? ['Example']).slice(0, 6);
  let name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
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
    const named = /^\s*\{/.test(body) ? `query ${operationName(e.name, taken)} ${body.trimStart()}` : body;
    return { name: e.name, query: `# ${e.name}\n${named}\n` };
  });
}
