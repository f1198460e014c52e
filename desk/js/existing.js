// "Already in the graph": the attributions stored in this source, by whoever saved them,
// with Undo for an editor: a retraction with a reason, which history keeps (never a delete).

import { el } from '/explorer/js/dom.js';
import { MODE_LABEL, clip } from './words.js';

const explorerLink = (id, text) => el('a', { href: `/explorer/?exp=${encodeURIComponent(id)}&sel=${encodeURIComponent(id)}` }, text);

/** `undo(attribution, reason)` resolves when retracted; errors are shown on the item. */
export function renderExisting(list, attributions, { editable, undo }) {
  list.replaceChildren(
    ...attributions.map((a) => {
      const retracted = a.status && a.status !== 'ACTIVE';
      const li = el('li', { 'data-attribution-id': a.id, 'data-status': a.status ?? 'ACTIVE', class: retracted ? 'rejected' : 'saved' },
        el('p', { class: 'item-line' }, el('span', { class: 'state' }, retracted ? 'Retracted: ' : 'Saved: '), el('strong', {}, a.speaker?.name ?? 'unknown speaker'), `, ${MODE_LABEL[a.mode] ?? a.mode}`),
        el('blockquote', { class: 'item-quote' }, `“${clip(a.quote, 240)}”`),
        el('p', { class: 'item-line small' }, 'Claim: ', a.claim ? explorerLink(a.claim.id, `“${clip(a.claim.text, 90)}”`) : '—',
          a.createdBy ? ` · saved by ${a.createdBy}` : '', retracted && a.statusReason ? ` · why: ${a.statusReason}` : ''),
      );
      if (editable && !retracted) li.append(undoControl(a, undo));
      return li;
    }),
  );
}

function undoControl(a, undo) {
  const box = el('div', { class: 'actions' });
  const start = el('button', { type: 'button', class: 'button small', 'aria-label': `Undo “${clip(a.quote, 50)}”` }, 'Undo');
  start.addEventListener('click', () => {
    const reason = el('input', { type: 'text', id: `undo-${a.id}`, autocomplete: 'off' });
    const problem = el('p', { class: 'item-error', role: 'alert' });
    const confirm = el('button', { type: 'submit', class: 'button small danger-outline' }, 'Retract');
    const form = el('form', { class: 'field', novalidate: true },
      el('label', { for: reason.id }, 'Why undo it? (kept in the history)'), reason,
      el('div', { class: 'actions' }, confirm, el('button', { type: 'button', class: 'button small', onclick: () => box.replaceChildren(start) }, 'Keep it')),
      problem,
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!reason.value.trim()) {
        problem.textContent = 'Give a reason: the retraction keeps it.';
        return;
      }
      confirm.disabled = true;
      try {
        await undo(a, reason.value.trim());
      } catch (err) {
        problem.textContent = `Not undone: ${err.message}`;
        confirm.disabled = false;
      }
    });
    box.replaceChildren(form);
    reason.focus();
  });
  box.append(start);
  return box;
}

export { explorerLink };
