// A standard Web Annotation consumer over a real DOM (jsdom): Apache Annotator's
// TextQuoteSelector matcher re-finds each quote from its selector alone. It sees the source
// only as a document and each annotation only as its selectors. Runs as its own Node process
// because jsdom's dependencies are ES modules jest cannot load.
// (Apache Annotator's own TextPositionSelector counts UTF-16 units, unlike the W3C model's
// code points, so the position is checked by the model's definition below.)
// stdin: {"text": "...", "selectors": [[quoteSelector, positionSelector], ...]}
// stdout: [{"quoteMatches": ["..."], "position": "..."}, ...]
import { JSDOM } from 'jsdom';

function sourceDocument(text) {
  const dom = new JSDOM('<!doctype html><html><body><h1>Captured source</h1><article></article></body></html>');
  const article = dom.window.document.querySelector('article');
  // Line by line, so a quote may cross text-node boundaries as in real pages.
  for (const part of text.split(/(?<=\n)/)) article.appendChild(dom.window.document.createTextNode(part));
  return { doc: dom.window.document, scope: article, window: dom.window };
}

// The library reads the DOM through the usual globals.
function exposeDom(window) {
  Object.assign(globalThis, { window, document: window.document, Node: window.Node, NodeFilter: window.NodeFilter, Range: window.Range });
}

async function matchQuote(scope, doc, selector) {
  const { createTextQuoteSelectorMatcher } = await import('@apache-annotator/dom');
  const range = doc.createRange();
  range.selectNodeContents(scope);
  const found = [];
  for await (const match of createTextQuoteSelectorMatcher({ type: 'TextQuoteSelector', ...selector })(range)) found.push(match.toString());
  return found;
}

// TextPositionSelector: start and end count Unicode code points of the scope's text.
const matchPosition = (scope, s) => [...scope.textContent].slice(s.start, s.end).join('');

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const { text, selectors } = JSON.parse(input);
const { doc, scope, window } = sourceDocument(text);
exposeDom(window);
const out = [];
for (const [q, p] of selectors) out.push({ quoteMatches: q ? await matchQuote(scope, doc, q) : [], position: p ? matchPosition(scope, p) : null });
process.stdout.write(JSON.stringify(out));
