// Two selected nodes: a claim and its counterclaim side by side (the claim that
// contradicts comes first), or any other two nodes with a path search between them.

import * as api from './api.js';
import { attributionCard } from './detail-claim.js';
import { badge, muted } from './detail-parts.js';
import { el } from './dom.js';
import { kindIcon } from './grammar.js';

export async function pairDetail(panel, a, b) {
  const [da, db] = [panel.actions.nodeData(a), panel.actions.nodeData(b)];
  if (da?.kind === 'CLAIM' && db?.kind === 'CLAIM') return claimPair(panel, a, b);
  return el(
    'div',
    { 'data-detail-kind': 'PAIR' },
    el('header', { class: 'detail-header' }, el('h2', { id: 'detail-title' }, 'Two nodes selected')),
    el('ul', { class: 'plain-list' }, [a, b].map((id) => el('li', {}, panel.nodeLink(id, panel.actions.nodeData(id)?.label ?? id, panel.actions.nodeData(id)?.kind)))),
    pathButton(panel, a, b),
  );
}

function pathButton(panel, a, b) {
  const button = el('button', { type: 'button', class: 'button primary', 'data-action': 'find-paths' }, 'Find paths between them');
  button.addEventListener('click', () => panel.actions.findPaths(a, b));
  return button;
}

async function claimPair(panel, a, b) {
  const [ra, rb] = await Promise.all([api.claimDetail(a), api.claimDetail(b)]);
  const [ca, cb] = [ra.claim, rb.claim];
  const rel = ca.relations.find((r) => [r.from.id, r.to.id].includes(b) && [r.from.id, r.to.id].includes(a));
  const relLine = rel
    ? el('p', { class: `relation ${rel.kind.toLowerCase()}` }, badge(rel.kind === 'CONTRADICTS' ? 'contradicts' : 'supports', rel.kind.toLowerCase()), ' ', rel.basis)
    : muted('These two claims are not directly linked.');
  const side = (c, label) =>
    el(
      'section',
      { class: 'pair-side', 'data-claim-id': c.id },
      el('h3', {}, label),
      el('p', { class: 'pair-claim' }, panel.nodeLink(c.id, c.text, 'CLAIM')),
      c.attributions.map((x) => attributionCard(panel, x, { context: 80 })),
    );
  const [first, second] = rel && rel.from.id === b ? [cb, ca] : [ca, cb];
  const contradicts = rel?.kind === 'CONTRADICTS';
  return el(
    'div',
    { 'data-detail-kind': 'CLAIM_PAIR' },
    el('header', { class: 'detail-header' }, el('p', { class: 'kind-line' }, kindIcon('CLAIM', 16), el('span', {}, contradicts ? 'Claim and counterclaim' : 'Two claims')), el('h2', { id: 'detail-title' }, 'Side by side')),
    relLine,
    el('div', { class: 'pair' }, side(first, 'Claim'), side(second, contradicts ? 'Counterclaim' : 'Other claim')),
    pathButton(panel, a, b),
  );
}
