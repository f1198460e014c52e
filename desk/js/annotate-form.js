// The form for one attribution, the same for a manual selection and for editing a suggestion:
// speaker, mode, claim text, relayed from (via), said on, links.

import { el } from '/explorer/js/dom.js';
import { searchSources } from './queries.js';
import { ClaimField } from './claim-field.js';
import { Combobox } from './combobox.js';
import { validPartialDate } from './dates.js';
import { LinksField } from './links-field.js';
import { SpeakerField } from './speaker-field.js';
import { MODE_LABEL, clip } from './words.js';

/**
 * Opens the form in `slot` for `item` (start, end, quote and whatever is known).
 * onDone(item) with the completed item, or onDone(null) when cancelled.
 */
export function openForm(slot, item, { typedSpeaker = '', onDone }) {
  const via = { value: item.via ? { ...item.via } : null };
  const mode = el('select', { id: 'form-mode' }, ...Object.entries(MODE_LABEL).map(([v, label]) => el('option', { value: v, selected: v === item.mode }, label)));
  const saidOn = el('input', { id: 'form-said', type: 'text', autocomplete: 'off', placeholder: '2024-03-15', value: item.saidAt ?? '', 'aria-describedby': 'form-said-help' });
  const problem = el('p', { class: 'item-error', role: 'alert', id: 'form-problem' });
  const speakerHost = el('div');
  const claimHost = el('div');
  const viaHost = el('div', { class: 'field combo' });
  const linksHost = el('div');
  const form = el('form', { class: 'form', 'aria-labelledby': 'form-title', novalidate: true },
    el('h2', { id: 'form-title' }, item.origin === 'suggestion' ? 'Edit the suggestion' : 'Attribute the selection'),
    el('blockquote', { class: 'item-quote' }, `“${clip(item.quote, 300)}”`),
    el('p', { class: 'small muted' }, `Characters ${item.start}–${item.end} of the stored text.`),
    speakerHost,
    el('div', { class: 'field' }, el('label', { for: 'form-mode' }, 'Mode'), mode),
    claimHost,
    viaHost,
    el('div', { class: 'field' }, el('label', { for: 'form-said' }, 'Said on'), saidOn, el('span', { id: 'form-said-help', class: 'small muted' }, 'When it was said: a year, a month or a day (optional).')),
    linksHost,
    problem,
    el('div', { class: 'actions' },
      el('button', { type: 'submit', class: 'button primary' }, item.key ? 'Update in draft' : 'Add to draft'),
      el('button', { type: 'button', class: 'button', 'data-action': 'cancel' }, 'Cancel'),
    ),
  );
  slot.replaceChildren(form);
  const speaker = new SpeakerField(speakerHost, item.speaker ?? null, typedSpeaker);
  const claim = new ClaimField(claimHost, item.claim ?? { text: item.quote });
  const links = new LinksField(linksHost, item.links ?? []);
  new Combobox(viaHost, {
    label: 'Relayed from (via)',
    value: item.via?.title ?? '',
    search: (q, o) => searchSources(q, o),
    extra: (q) => [{ name: q, isNew: true, description: 'new cited source' }],
    onPick: (o) => (via.value = o.isNew ? { title: o.name } : { id: o.id, title: o.name }),
    onType: (q) => (via.value = q ? { title: q } : null),
  });

  const close = (result) => {
    slot.replaceChildren();
    onDone(result);
  };
  form.querySelector('[data-action="cancel"]').addEventListener('click', () => close(null));
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented) close(null);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const said = saidOn.value.trim();
    const parts = [speaker.result(), claim.result(), links.result(), said && !validPartialDate(said) ? { error: 'Said on: write a year (2024), a month (2024-03) or a day (2024-03-15).' } : {}];
    const bad = parts.find((p) => p.error);
    if (bad) {
      problem.textContent = bad.error;
      return;
    }
    close({ ...item, speaker: parts[0].speaker, claim: parts[1].claim, links: parts[2].links, mode: mode.value, saidAt: said, via: via.value, error: null });
  });
  (item.speaker ? mode : speaker.combo.input).focus();
  return form;
}
