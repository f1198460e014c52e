// The detail of a source (its facts, every attributed quote highlighted in its text) and
// of an event (where, when, and the claims about it).

import * as api from './api.js';
import { formatDate } from './dates.js';
import { badge, muted, notFound, section } from './detail-parts.js';
import { el, externalLink } from './dom.js';
import { MODE_WORDS } from './grammar.js';
import { highlightAll } from './highlight.js';
import { insightsFor } from './insights.js';

export async function sourceDetail(panel, id) {
  const [source, attributions] = await Promise.all([api.sourceDetail(id), api.sourceAttributions(id)]);
  if (!source) return notFound(`No source ${id}.`);
  const meta = source.publishedAt ? el('span', { class: 'muted' }, ` · published ${formatDate(source.publishedAt)}`) : null;
  const links = (nodes, kind, text) => nodes.map((n) => panel.nodeLink(n.id, text(n), kind));
  const fact = (term, value) => [el('dt', {}, term), el('dd', {}, value)];
  const facts = el(
    'dl',
    { class: 'facts' },
    source.publisher ? fact('Publisher', panel.nodeLink(source.publisher.id, source.publisher.name, 'ORGANISATION')) : null,
    source.authors.length ? fact('Authors', links(source.authors, 'PERSON', (p) => p.name)) : null,
    source.url ? fact('Original', externalLink(source.url, source.url)) : null,
    source.language ? fact('Language', source.language) : null,
    source.cites.length ? fact('Relies on', links(source.cites, 'SOURCE', (s) => s.title)) : null,
    source.citedBy.length ? fact('Relied on by', links(source.citedBy, 'SOURCE', (s) => s.title)) : null,
  );
  return el(
    'div',
    { 'data-detail-kind': 'SOURCE', 'data-node-id': id },
    panel.header('SOURCE', source.title, meta, id),
    facts,
    sourceText(panel, source, attributions),
    insightsFor('SOURCE', id, panel),
  );
}

/** The list of attributed quotes, each jumping to its highlighted span in the text below. */
function sourceText(panel, source, attributions) {
  const held = typeof source.text === 'string';
  const spans = attributions.map((a) => ({ id: a.id, start: a.start, end: a.end, title: `${a.speaker.name} (${MODE_WORDS[a.mode] ?? a.mode})` }));
  const text = held ? highlightAll(source.text, spans) : null;
  const list = el(
    'ol',
    { class: 'plain-list quote-index' },
    attributions.map((a) => {
      const snippet = `“${a.quote.length > 90 ? `${a.quote.slice(0, 89).trimEnd()}…` : a.quote}”`;
      const jump = held
        ? el('button', { type: 'button', class: 'link-button quote-jump', 'data-action': 'show-quote', 'data-attribution-id': a.id, title: 'Show in the text below' }, snippet)
        : el('span', { class: 'quote-jump' }, snippet);
      if (held) jump.addEventListener('click', () => showQuote(text, a.id));
      return el(
        'li',
        { class: 'quote-item' },
        el('p', { class: 'said-line' }, panel.nodeLink(a.speaker.id, a.speaker.name, null, 'speaker'), badge(MODE_WORDS[a.mode] ?? a.mode, 'mode')),
        jump,
        el('p', { class: 'small muted' }, 'Claim: ', panel.nodeLink(a.claim.id, a.claim.text, 'CLAIM')),
      );
    }),
  );
  const quotes = section(`Attributed quotes (${attributions.length})`, attributions.length ? list : muted('No attribution is read in this source.'));
  if (!text) return [quotes, section('Text', muted('This source is cited but not held: there is no text.'))];
  return [quotes, section('Text', text)];
}

/** Scrolls the source text to an attribution's first highlighted piece and flashes it. */
function showQuote(container, attributionId) {
  const marks = [...container.querySelectorAll('mark[data-attribution-ids]')].filter((m) => m.dataset.attributionIds.split(' ').includes(attributionId));
  if (!marks.length) return;
  marks[0].scrollIntoView({ block: 'center', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  for (const m of marks) {
    m.classList.remove('flash');
    void m.offsetWidth; // a reflow restarts the flash animation
    m.classList.add('flash');
  }
}

export async function eventDetail(panel, id) {
  const event = await api.eventDetail(id);
  if (!event) return notFound(`No event ${id}.`);
  const meta = event.date ? el('span', { class: 'muted' }, ` · ${formatDate(event.date)}`) : null;
  return el(
    'div',
    { 'data-detail-kind': 'EVENT', 'data-node-id': id },
    panel.header('EVENT', event.name, meta, id),
    event.place ? el('p', {}, 'Place: ', event.place) : null,
    section(`Claims about it (${event.claims.length})`, el('ul', { class: 'plain-list' }, event.claims.map((c) => el('li', {}, panel.nodeLink(c.id, c.text, 'CLAIM'))))),
  );
}
