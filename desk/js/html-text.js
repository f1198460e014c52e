// A dropped .html file becomes the article's text through Mozilla's Readability (the reader
// view's library): it finds the article in the page and drops navigation, scripts and ads.
// Its cleaned HTML is then written out as text, one paragraph per block, white space
// collapsed as a browser shows it. The result is what goes into "Article text", and so
// exactly what is stored and what the curator sees.

import { Readability } from '/desk/vendor/desk-vendor.js';

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'FIGCAPTION', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TABLE', 'UL', 'OL', 'DL', 'DT', 'DD']);

/** The text of an HTML fragment: paragraphs separated by a blank line, no markup. */
function blocksToText(root) {
  const blocks = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (t) blocks.push(t);
    line = '';
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) line += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.tagName === 'BR') line += '\n';
        const block = BLOCK.has(child.tagName);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

/** Text and what the page says about itself (title, site, date, language) from an HTML document. */
export function htmlToArticle(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const meta = (name) => doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? '';
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || meta('og:url');
  const lang = doc.documentElement.getAttribute('lang') ?? '';
  const article = new Readability(doc.cloneNode(true), { charThreshold: 0 }).parse();
  let text = '';
  if (article?.content) {
    const holder = new DOMParser().parseFromString(article.content, 'text/html').body;
    text = blocksToText(holder);
  }
  if (!text) text = blocksToText(doc.body ?? doc.documentElement);
  return {
    text,
    title: article?.title || doc.title || '',
    siteName: article?.siteName || meta('og:site_name'),
    publishedAt: (article?.publishedTime || meta('article:published_time') || '').slice(0, 10),
    language: (article?.lang || lang).slice(0, 2).toLowerCase(),
    url,
  };
}
