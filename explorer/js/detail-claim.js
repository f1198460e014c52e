// The detail of a claim (its attributions, reviews, counterclaims, support and provenance)
// and of one attribution. Renderers take the panel for its links, header and actions.

import * as api from './api.js';
import { formatDate } from './dates.js';
import { badge, muted, notFound, section } from './detail-parts.js';
import { el, externalLink } from './dom.js';
import { KIND_OF_TYPENAME, MODE_WORDS } from './grammar.js';
import { quoteInContext } from './highlight.js';
import { insightsFor } from './insights.js';
import { similarSection } from './similar.js';

/** Who said it, how, when and where, with the quote highlighted in its source. */
export function attributionCard(panel, a, { showClaim = false, context = 180 } = {}) {
  const said = [panel.nodeLink(a.speaker.id, a.speaker.name, null, 'speaker'), badge(MODE_WORDS[a.mode] ?? a.mode, 'mode')];
  if (a.saidAt) said.push(el('span', { class: 'date' }, formatDate(a.saidAt)));
  if (a.status === 'RETRACTED') said.push(badge('retracted', 'retracted'));
  const sourceLine = el('p', { class: 'source-line' }, 'in ', panel.nodeLink(a.source.id, a.source.title, 'SOURCE'));
  const link = externalLink(a.source.url, 'original ↗');
  if (link) sourceLine.append(' · ', link);
  if (a.via?.length) sourceLine.append(el('span', { class: 'via' }, ' · via ', a.via.map((s, i) => [i ? ', ' : '', panel.nodeLink(s.id, s.title, 'SOURCE')])));
  return el(
    'article',
    { class: 'attribution', 'data-attribution-id': a.id },
    el('p', { class: 'said-line' }, ...said),
    a.onBehalfOf ? el('p', { class: 'muted small' }, 'on behalf of ', panel.nodeLink(a.onBehalfOf.id, a.onBehalfOf.name, 'ORGANISATION')) : null,
    sourceLine,
    quoteInContext(a, a.source.text, context),
    showClaim && a.claim ? el('p', { class: 'small' }, 'Claim: ', panel.nodeLink(a.claim.id, a.claim.text, 'CLAIM')) : null,
  );
}

export async function claimDetail(panel, id) {
  const { claim, provenance: chains } = await api.claimDetail(id);
  if (!claim) return notFound(`No claim ${id}.`);
  const meta = claim.status !== 'ACTIVE' ? badge(claim.status.toLowerCase(), 'retracted') : null;
  return el(
    'div',
    { 'data-detail-kind': 'CLAIM', 'data-node-id': id },
    panel.header('CLAIM', claim.text, meta, id),
    claim.statusReason ? muted(`Reason: ${claim.statusReason}`) : null,
    claim.about.length ? el('p', { class: 'about-line' }, 'About ', claim.about.map((n) => panel.nodeLink(n.id, n.name ?? n.id, KIND_OF_TYPENAME[n.__typename]))) : null,
    section(`Attributions (${claim.attributions.length})`, claim.attributions.map((a) => attributionCard(panel, a))),
    reviews(panel, claim),
    counterclaims(panel, claim),
    supportLists(panel, claim),
    provenance(panel, chains),
    similarSection(panel, id),
    insightsFor('CLAIM', id, panel),
  );
}

/** Fact-checkers' verdicts, each with a link to its page and to its ClaimReview JSON-LD. */
function reviews(panel, claim) {
  const list = claim.reviews ?? [];
  if (!list.length) return section('Reviews', muted('No fact-check review is recorded.'));
  const scale = (r) => (r.ratingValue != null ? ` ${r.ratingValue} on a scale from ${r.worstRating} to ${r.bestRating}` : '');
  const items = list.map((r) =>
    el(
      'li',
      { class: 'review', 'data-review-id': r.id },
      badge(r.ratingLabel, 'rating'),
      scale(r),
      r.reviewer ? [' by ', panel.nodeLink(r.reviewer.id, r.reviewer.name, 'ORGANISATION')] : null,
      r.publishedAt ? `, ${formatDate(r.publishedAt)}` : null,
      r.rationale ? el('p', { class: 'review-rationale' }, r.rationale) : null,
      el('p', {}, externalLink(r.url, 'Read the review'), ' · ', el('a', { href: new URL(`../claimreview/${encodeURIComponent(r.id)}`, document.baseURI).href }, 'ClaimReview JSON-LD')),
    ),
  );
  return section(`Reviews (${list.length})`, el('ul', { class: 'plain-list reviews' }, items));
}

function counterclaims(panel, claim) {
  if (!claim.counterclaims.length) return section('Counterclaims', muted('No counterclaim is recorded.'));
  const cards = claim.counterclaims.map((cc) => {
    const rel = claim.relations.find((r) => r.kind === 'CONTRADICTS' && [r.from.id, r.to.id].includes(cc.id));
    const compare = el('button', { type: 'button', class: 'button primary', 'data-action': 'open-pair', 'data-pair-id': cc.id }, 'Compare side by side');
    compare.addEventListener('click', () => panel.actions.openPair(claim.id, cc.id));
    return el(
      'article',
      { class: 'counterclaim', 'data-claim-id': cc.id },
      el('p', { class: 'counterclaim-text' }, panel.nodeLink(cc.id, cc.text, 'CLAIM')),
      rel ? el('p', { class: 'basis' }, el('strong', {}, 'Why they conflict: '), rel.basis) : null,
      cc.attributions.map((a) => attributionCard(panel, a)),
      compare,
    );
  });
  return section(`Counterclaims (${claim.counterclaims.length})`, cards);
}

function supportLists(panel, claim) {
  const list = (claims) => el('ul', { class: 'plain-list' }, claims.map((c) => el('li', {}, panel.nodeLink(c.id, c.text, 'CLAIM'))));
  return [
    claim.supportedBy.length ? section(`Supported by (${claim.supportedBy.length})`, list(claim.supportedBy)) : null,
    claim.supports.length ? section(`Supports (${claim.supports.length})`, list(claim.supports)) : null,
  ];
}

function provenance(panel, chains) {
  const entries = chains?.entries ?? [];
  if (!entries.length) return null;
  const items = entries.map((entry) => {
    const lists = entry.chains.map((chain) =>
      el(
        'ol',
        { class: 'chain', 'aria-label': 'Reporting chain, from the source read to its origin' },
        chain.map((s, i) => el('li', {}, panel.nodeLink(s.id, s.title, 'SOURCE'), i === chain.length - 1 && chain.length > 1 ? badge('origin', 'origin') : null)),
      ),
    );
    return el(
      'li',
      { class: 'provenance-entry' },
      el('p', { class: 'small' }, `${entry.attribution.speaker?.name ?? 'Someone'}, read in `, panel.nodeLink(entry.source.id, entry.source.title, 'SOURCE')),
      entry.chains.some((c) => c.length > 1) ? lists : muted('No earlier source is recorded: this source is the origin.'),
    );
  });
  return section('Provenance', el('ol', { class: 'provenance' }, items));
}

export async function attributionDetail(panel, id) {
  const a = await api.attributionDetail(id);
  if (!a) return notFound(`No attribution ${id}.`);
  return el(
    'div',
    { 'data-detail-kind': 'ATTRIBUTION', 'data-node-id': id },
    panel.header('ATTRIBUTION', `${a.speaker.name}: ${MODE_WORDS[a.mode] ?? a.mode}`, null, id),
    a.statusReason ? muted(`Retracted: ${a.statusReason}`) : null,
    attributionCard(panel, a, { showClaim: true }),
  );
}
