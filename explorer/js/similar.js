// "Similar claims" on a claim's detail: what the graph already holds that says the same, or
// nearly (Claim.similar), with how sure the match is, why, and whether it was checked.
// Loads on its own, like the insights, so the rest of the panel never waits for it.

import * as api from './api.js';
import { badge, muted, section } from './detail-parts.js';
import { el } from './dom.js';

const TIER_WORDS = { NEAR_CERTAIN: 'same claim', SUGGESTED: 'similar' };

export function similarSection(panel, id) {
  const box = el('div', { class: 'similar-claims', 'data-testid': 'similar', 'aria-live': 'polite' }, section('Similar claims', muted('Loading…')));
  api.similarClaims(id).then(
    (matches) =>
      box.replaceChildren(
        section(
          matches.length ? `Similar claims (${matches.length})` : 'Similar claims',
          matches.length
            ? el(
                'ol',
                { class: 'plain-list similar-list' },
                matches.map((m) =>
                  el(
                    'li',
                    { 'data-claim-id': m.claim.id, 'data-tier': m.tier },
                    el('p', {}, badge(TIER_WORDS[m.tier] ?? m.tier, m.tier === 'NEAR_CERTAIN' ? 'tier-certain' : 'tier-suggested'), ' ', panel.nodeLink(m.claim.id, m.claim.text, 'CLAIM')),
                    el('p', { class: 'small muted' }, `score ${m.score.toFixed(2)} · ${m.reasons.join('; ')} · ${m.corroboration.independentOriginCount} independent origin(s)`),
                    m.verdicts.length ? el('p', { class: 'small' }, m.verdicts.join(' · ')) : el('p', { class: 'small muted' }, 'not checked yet'),
                  ),
                ),
              )
            : muted('No other claim held matches this one.'),
        ),
      ),
    (e) => box.replaceChildren(section('Similar claims', el('p', { class: 'error' }, `Could not load: ${e.message}`))),
  );
  return box;
}
