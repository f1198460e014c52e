// Fact-checker's analyses on a detail panel: how many independent origins stand behind
// a claim, how its wordings drift from the earliest one (insertions and deletions
// marked), and what retracting the node would take with it. Each loads on its own, so
// the rest of the panel never waits for it.

import * as api from './api.js';
import { el } from './dom.js';

const section = (title, ...content) => el('section', { class: 'detail-section insights' }, el('h3', {}, title), ...content);
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** A placeholder that fills itself in when its data arrives (or says why it cannot). */
function deferred(cls, load) {
  const box = el('div', { class: cls, 'aria-live': 'polite' }, el('p', { class: 'muted loading' }, 'Loading…'));
  load().then(
    (content) => box.replaceChildren(...[content].flat().filter(Boolean)),
    (e) => box.replaceChildren(el('p', { class: 'error' }, `Could not load: ${e.message}`)),
  );
  return box;
}

/** The diff as running text: deleted words struck through, inserted words underlined. */
export function diffView(parts) {
  return el('p', { class: 'drift-diff' }, parts.map((p) => (p.op === 'INSERT' ? el('ins', {}, p.text) : p.op === 'DELETE' ? el('del', {}, p.text) : p.text)));
}

function claimInsights(id, link) {
  return deferred('claim-insights', async () => {
    const { corroboration: c, quoteDrift: d } = await api.claimInsights(id);
    if (!c) return null;
    const line = el(
      'p',
      { class: 'corroboration-line', 'data-testid': 'corroboration' },
      el('strong', {}, `${plural(c.attributionCount, 'report', 'reports')}, ${plural(c.independentOriginCount, 'independent origin', 'independent origins')}`),
    );
    const origins = el(
      'ul',
      { class: 'origins' },
      c.origins.map((o) => el('li', {}, link(o.origin.id, o.origin.title, 'SOURCE'), ` — ${plural(o.attributions.length, 'report', 'reports')}`)),
    );
    const drift = d?.baseline
      ? [
          el('p', { class: 'small' }, 'Baseline (earliest origin): ', el('q', {}, d.baseline.quote), ` — ${d.baseline.speaker.name}, ${d.baseline.source.title}`),
          d.variants.length
            ? el(
                'ol',
                { class: 'drift-variants', 'data-testid': 'drift' },
                d.variants.map((v) =>
                  el(
                    'li',
                    {},
                    el('p', { class: 'small muted' }, `${v.attribution.speaker.name}, ${v.attribution.source.title} · ${Math.round(v.similarity * 100)}% alike`),
                    diffView(v.diff),
                    v.spellings.length ? el('p', { class: 'small muted' }, `Spellings: ${v.spellings.join('; ')}`) : null,
                  ),
                ),
              )
            : el('p', { class: 'muted' }, 'Only one wording so far.'),
        ]
      : null;
    return [section('Corroboration', line, origins), drift ? section('Quote drift', ...drift) : null];
  });
}

function impactPanel(id, link) {
  return deferred('impact-panel', async () => {
    const i = await api.impactOf(id);
    if (!i) return null;
    const list = (items, render) => (items.length ? el('ul', {}, items.map((x) => el('li', {}, render(x)))) : el('span', { class: 'muted' }, ' none'));
    return section(
      'If retracted: …',
      el('p', { 'data-testid': 'impact' }, `${plural(i.attributionsAffected, 'attribution', 'attributions')} would be hidden.`),
      el('p', {}, 'Claims left without an active attribution:', list(i.claimsLeftWithoutActiveAttribution, (c) => link(c.id, c.text, 'CLAIM'))),
      el('p', {}, 'Claims losing support:', list(i.claimsLosingSupport, (c) => link(c.id, c.text, 'CLAIM'))),
      el('p', {}, 'Disputes affected:', list(i.disputesAffected, (d) => [link(d.claim.id, d.claim.text, 'CLAIM'), ' ↔ ', link(d.counterclaim.id, d.counterclaim.text, 'CLAIM')])),
    );
  });
}

/**
 * The analyses for a claim, source or actor detail. `panel.nodeLink` draws links the
 * way the rest of the panel does.
 */
export function insightsFor(kind, id, panel) {
  const link = (nodeId, text, k) => panel.nodeLink(nodeId, text, k);
  return el('div', { class: 'insights-block' }, kind === 'CLAIM' ? claimInsights(id, link) : null, impactPanel(id, link));
}
