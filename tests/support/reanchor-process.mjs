// A Web Annotation consumer written from the W3C data model alone, over a real DOM (jsdom).
// It sees the source only as a document and each annotation only as its selectors.
// Runs as its own Node process because jsdom's dependencies are ES modules jest cannot load.
// (@apache-annotator/dom 0.2.0 cannot load here either: it imports @apache-annotator/selector,
// which it declares only as a devDependency, so it is not installed.)
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

function textNodes(doc, root, window) {
  const walker = doc.createTreeWalker(root, window.NodeFilter.SHOW_TEXT);
  const out = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
}

// A DOM Range over [start, end) of the scope's text (DOM offsets are UTF-16 units).
function rangeOf(doc, nodes, start, end) {
  const range = doc.createRange();
  let seen = 0;
  for (const node of nodes) {
    const len = node.data.length;
    if (start >= seen && start <= seen + len) range.setStart(node, start - seen);
    if (end >= seen && end <= seen + len) {
      range.setEnd(node, end - seen);
      break;
    }
    seen += len;
  }
  return range;
}

// TextQuoteSelector: every occurrence of exact whose prefix and suffix match.
function matchQuote(doc, nodes, s) {
  const text = nodes.map((n) => n.data).join('');
  const found = [];
  for (let i = text.indexOf(s.exact); i !== -1; i = text.indexOf(s.exact, i + 1)) {
    const end = i + s.exact.length;
    if (s.prefix && !text.slice(0, i).endsWith(s.prefix)) continue;
    if (s.suffix && !text.slice(end).startsWith(s.suffix)) continue;
    found.push(rangeOf(doc, nodes, i, end).toString());
  }
  return found;
}

// TextPositionSelector: start and end count Unicode code points of the scope's text.
const matchPosition = (scope, s) => [...scope.textContent].slice(s.start, s.end).join('');

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const { text, selectors } = JSON.parse(input);
const { doc, scope, window } = sourceDocument(text);
const nodes = textNodes(doc, scope, window);
const out = selectors.map(([q, p]) => ({ quoteMatches: q ? matchQuote(doc, nodes, q) : [], position: p ? matchPosition(scope, p) : null }));
process.stdout.write(JSON.stringify(out));
