// SUPPORTS or CONTRADICTS links from the attribution's claim to claims already in the graph,
// each with the basis every reader of the link will see.

import { el } from '/explorer/js/dom.js';
import { searchClaims } from './queries.js';
import { Combobox } from './combobox.js';
import { clip } from './words.js';

export class LinksField {
  #target = null;

  constructor(host, initial = []) {
    this.links = structuredClone(initial);
    this.kind = el('select', { id: 'link-kind' }, el('option', { value: 'CONTRADICTS' }, 'this claim contradicts…'), el('option', { value: 'SUPPORTS' }, 'this claim supports…'));
    this.basis = el('input', { id: 'link-basis', type: 'text', autocomplete: 'off' });
    this.list = el('ul', { class: 'candidates', 'aria-label': 'Links to add' });
    this.problem = el('p', { class: 'item-error', role: 'alert' });
    const target = el('div', { class: 'field combo' });
    host.append(
      el('fieldset', {},
        el('legend', {}, 'Links to other claims (optional)'),
        el('div', { class: 'field' }, el('label', { for: 'link-kind' }, 'Link kind'), this.kind),
        target,
        el('div', { class: 'field' }, el('label', { for: 'link-basis' }, 'Basis of the link'), this.basis),
        el('button', { type: 'button', class: 'button small', onclick: () => this.#add() }, 'Add link'),
        this.problem,
        this.list,
      ),
    );
    this.combo = new Combobox(target, {
      label: 'Linked claim',
      search: (q, o) => searchClaims(q, o),
      describe: (o) => o.description.toLowerCase(),
      onPick: (o) => (this.#target = { id: o.id, text: o.name }),
      onType: () => (this.#target = null),
    });
    this.#render();
  }

  #add() {
    if (!this.#target) this.problem.textContent = 'Choose the linked claim from the list first.';
    else if (!this.basis.value.trim()) this.problem.textContent = 'Say why: the basis is shown to every reader of the link.';
    else {
      this.links.push({ kind: this.kind.value, to: this.#target, basis: this.basis.value.trim() });
      this.#target = null;
      this.combo.input.value = '';
      this.basis.value = '';
      this.problem.textContent = '';
      this.#render();
    }
  }

  #render() {
    this.list.replaceChildren(
      ...this.links.map((l, i) =>
        el('li', {}, `${l.kind === 'SUPPORTS' ? 'Supports' : 'Contradicts'} “${clip(l.to.text, 80)}” because ${l.basis} `,
          el('button', { type: 'button', class: 'button small', onclick: () => { this.links.splice(i, 1); this.#render(); } }, 'Remove link')),
      ),
    );
  }

  result() {
    if (this.#target || this.basis.value.trim()) return { error: 'A link is half filled in: choose “Add link” or clear it.' };
    return { links: this.links };
  }
}
