// The detail of a person or an organisation: aliases, positions or memberships, what
// they said, and how sources spell them.

import * as api from './api.js';
import { formatDate, formatPeriod } from './dates.js';
import { badge, muted, notFound, section } from './detail-parts.js';
import { el, externalLink } from './dom.js';
import { MODE_WORDS } from './grammar.js';
import { insightsFor } from './insights.js';

export async function actorDetail(panel, id) {
  const actor = await api.actorDetail(id);
  if (!actor) return notFound(`No actor ${id}.`);
  const kind = actor.__typename === 'Person' ? 'PERSON' : 'ORGANISATION';
  const meta = kind === 'ORGANISATION' ? el('span', { class: 'muted' }, ` · ${[actor.kind?.toLowerCase(), actor.country].filter(Boolean).join(' · ')}`) : null;
  const wikidata = actor.wikidataId ? externalLink(`https://www.wikidata.org/wiki/${encodeURIComponent(actor.wikidataId)}`, `Wikidata ${actor.wikidataId} ↗`) : null;
  const aliases = actor.aliases.filter((a) => a !== actor.name);
  return el(
    'div',
    { 'data-detail-kind': kind, 'data-node-id': id },
    panel.header(kind, actor.name, meta, id),
    actor.description ? el('p', { class: 'description' }, actor.description) : null,
    wikidata ? el('p', { class: 'small' }, wikidata) : null,
    section('Also known as', aliases.length ? el('ul', { class: 'chips' }, aliases.map((a) => el('li', { class: 'chip' }, a))) : muted('No other spelling recorded.')),
    kind === 'PERSON' ? positions(panel, actor) : organisationLinks(panel, actor),
    statements(panel, actor),
    mentions(panel, actor),
    insightsFor(kind, id, panel),
  );
}

function positions(panel, person) {
  if (!person.positions?.length) return section('Positions', muted('No position recorded.'));
  return section(
    'Positions',
    el('ul', { class: 'plain-list' }, person.positions.map((p) => el('li', {}, `${p.title}, `, panel.nodeLink(p.organisation.id, p.organisation.name, 'ORGANISATION'), formatPeriod(p.from, p.to)))),
  );
}

function organisationLinks(panel, org) {
  const list = (items, render) => el('ul', { class: 'plain-list' }, items.map((x) => el('li', {}, ...render(x))));
  const link = (node, kind) => panel.nodeLink(node.id, node.name, kind);
  return [
    org.acronym ? el('p', { class: 'small' }, 'Acronym: ', el('strong', {}, org.acronym)) : null,
    org.positionHolders?.length ? section('Positions held here', list(org.positionHolders, (p) => [link(p.person, 'PERSON'), `, ${p.title}${formatPeriod(p.from, p.to)}`])) : null,
    org.memberships?.length ? section('Member of', list(org.memberships, (m) => [link(m.organisation, 'ORGANISATION'), formatPeriod(m.from, m.to)])) : null,
    org.members?.length ? section('Members', list(org.members, (m) => [link(m.member, 'ORGANISATION'), formatPeriod(m.from, m.to)])) : null,
  ];
}

function statements(panel, actor) {
  const { edges, pageInfo } = actor.statements;
  if (!edges.length) return section('Statements', muted('No statement recorded.'));
  const items = edges.map(({ node: s }) =>
    el(
      'li',
      { class: 'statement', 'data-attribution-id': s.id },
      el('p', { class: 'said-line' }, badge(MODE_WORDS[s.mode] ?? s.mode, 'mode'), s.saidAt ? el('span', { class: 'date' }, formatDate(s.saidAt)) : null, ' in ', panel.nodeLink(s.source.id, s.source.title, 'SOURCE')),
      el('blockquote', { class: 'excerpt short' }, `“${s.quote}”`),
      el('p', { class: 'small' }, 'Claim: ', panel.nodeLink(s.claim.id, s.claim.text, 'CLAIM')),
    ),
  );
  const more = pageInfo.hasNextPage ? muted('Only the first 20 statements are shown.') : null;
  return section(`Statements (${edges.length}${pageInfo.hasNextPage ? '+' : ''})`, el('ul', { class: 'plain-list statements' }, items), more);
}

/** Each spelling a source uses for the actor, once per source with how often. */
function mentions(panel, actor) {
  const seen = new Map();
  for (const m of actor.mentionedIn ?? []) {
    const key = `${m.surface}|${m.source.id}`;
    seen.set(key, { ...m, count: (seen.get(key)?.count ?? 0) + 1 });
  }
  if (!seen.size) return null;
  return section(
    'Spelled in sources as',
    el('ul', { class: 'plain-list' }, [...seen.values()].map((m) => el('li', {}, el('strong', {}, `“${m.surface}”`), m.count > 1 ? ` ×${m.count}` : '', ' in ', panel.nodeLink(m.source.id, m.source.title, 'SOURCE')))),
  );
}
