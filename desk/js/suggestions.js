// The "Suggestions" list: each suggestion with its speaker (matched actor, candidates or new),
// quote, mode and cue, and Accept / Edit / Reject. Accepted ones become draft items and show
// what they became, with any error the server gave for them.

import { el } from '/explorer/js/dom.js';
import { MODE_LABEL, clip, cueWords, speakerWords } from './words.js';

function speakerLine(s) {
  if (s.speakerId) return `${s.speakerName ?? s.speakerSurface} (in the graph)`;
  if (s.candidates?.length) return `${s.speakerName ?? s.speakerSurface ?? 'unknown'} — may be ${s.candidates.map((c) => c.name).join(', ')}`;
  if (s.speakerName) return `${s.speakerName} (new)`;
  return `${s.speakerSurface ?? 'unknown speaker'} (no one named)`;
}

/** Draws the list. `act(kind, index)` runs Accept, Edit, Reject or Restore; `itemOf(key)` finds a draft item. */
export function renderSuggestions(list, suggestions, { act, itemOf, editable }) {
  list.replaceChildren(
    ...suggestions.map((s, i) => {
      const item = s.itemKey ? itemOf(s.itemKey) : null;
      const label = `“${clip(s.quote, 50)}”`;
      const buttons = !editable ? [] : s.status === 'open'
        ? [
            el('button', { type: 'button', class: 'button small primary', 'data-action': 'accept', 'aria-label': `Accept ${label}`, onclick: () => act('accept', i) }, 'Accept'),
            el('button', { type: 'button', class: 'button small', 'data-action': 'edit', 'aria-label': `Edit ${label}`, onclick: () => act('edit', i) }, 'Edit'),
            el('button', { type: 'button', class: 'button small', 'data-action': 'reject', 'aria-label': `Reject ${label}`, onclick: () => act('reject', i) }, 'Reject'),
          ]
        : s.status === 'accepted'
          ? [
              el('button', { type: 'button', class: 'button small', 'data-action': 'edit', 'aria-label': `Edit ${label}`, onclick: () => act('edit', i) }, 'Edit'),
              el('button', { type: 'button', class: 'button small', 'data-action': 'restore', 'aria-label': `Take back ${label}`, onclick: () => act('restore', i) }, 'Take back'),
            ]
          : [el('button', { type: 'button', class: 'button small', 'data-action': 'restore', 'aria-label': `Restore ${label}`, onclick: () => act('restore', i) }, 'Restore')];
      const state = s.status === 'accepted' ? 'Accepted' : s.status === 'rejected' ? 'Rejected' : 'Suggested';
      return el('li', { class: s.status, 'data-index': i, 'data-status': s.status, 'data-start': s.start, 'data-end': s.end, 'data-item-key': s.itemKey ?? null },
        el('p', { class: 'item-line' }, el('span', { class: 'state' }, `${state}: `), 'speaker ', el('strong', {}, speakerLine(s))),
        el('blockquote', { class: 'item-quote' }, `“${clip(s.quote, 240)}”`),
        el('p', { class: 'item-line small' }, `${MODE_LABEL[s.mode]}, ${cueWords(s)}${s.reportedThrough ? `, ${s.reportedThrough.relation === 'VIA' ? 'relayed through' : 'citing'} ${s.reportedThrough.outlet}` : ''}`),
        item ? el('p', { class: 'item-line small' }, `In the draft: ${speakerWords(item.speaker)} — ${item.claim.attachTo ? `attached to “${clip(item.claim.attachTo.text, 70)}”` : `claim “${clip(item.claim.text, 70)}”`}`) : null,
        item?.error ? el('p', { class: 'item-error', role: 'alert' }, item.error) : null,
        el('div', { class: 'actions' }, ...buttons),
      );
    }),
  );
}

/** The manual items (not from a suggestion): the same shape, with Edit and Remove. */
export function renderManual(list, items, { edit, remove, editable }) {
  list.replaceChildren(
    ...items.map((item) =>
      el('li', { class: 'accepted', 'data-item-key': item.key, 'data-start': item.start, 'data-end': item.end },
        el('p', { class: 'item-line' }, el('span', { class: 'state' }, 'By hand: '), 'speaker ', el('strong', {}, speakerWords(item.speaker))),
        el('blockquote', { class: 'item-quote' }, `“${clip(item.quote, 240)}”`),
        el('p', { class: 'item-line small' }, `${MODE_LABEL[item.mode]} — ${item.claim.attachTo ? `attached to “${clip(item.claim.attachTo.text, 70)}”` : `claim “${clip(item.claim.text, 70)}”`}`),
        item.error ? el('p', { class: 'item-error', role: 'alert' }, item.error) : null,
        editable ? el('div', { class: 'actions' },
          el('button', { type: 'button', class: 'button small', 'aria-label': `Edit “${clip(item.quote, 50)}”`, onclick: () => edit(item) }, 'Edit'),
          el('button', { type: 'button', class: 'button small', 'aria-label': `Remove “${clip(item.quote, 50)}”`, onclick: () => remove(item) }, 'Remove'),
        ) : null,
      ),
    ),
  );
}
