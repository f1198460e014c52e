// An accessible search-as-you-type box (the ARIA combobox pattern): from 2 characters, debounced,
// each new search aborting the one before (AbortController), arrow keys and Enter to pick,
// Escape to close. Options show a name, a kind and a description.

import { debounce, el } from '/explorer/js/dom.js';

let counter = 0;

export class Combobox {
  #abort = null;
  #options = [];
  #active = -1;

  /**
   * @param {HTMLElement} host where the label, input and list go
   * @param {{ label: string, search(q, { signal }): Promise<object[]>, extra?(q): object[], onPick(option): void, describe?(o): string, value?: string }} spec
   */
  constructor(host, spec) {
    const id = `cb${++counter}`;
    this.spec = spec;
    this.input = el('input', {
      id: `${id}-input`, type: 'text', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`, 'aria-describedby': `${id}-help`,
    });
    this.input.value = spec.value ?? '';
    this.list = el('ul', { id: `${id}-list`, role: 'listbox', class: 'listbox', 'aria-label': `${spec.label}: matches`, hidden: true });
    this.help = el('span', { id: `${id}-help`, class: 'sr-only' }, 'Type at least two characters, then use the arrow keys and Enter to choose.');
    host.append(el('label', { for: this.input.id }, spec.label), this.input, this.help, this.list);
    this.run = debounce((q) => void this.#search(q), 200);
    this.input.addEventListener('input', () => this.#typed());
    this.input.addEventListener('keydown', (e) => this.#key(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  /** Searches for what the box holds now (a name the text gave), without waiting for typing. */
  lookUp() {
    const q = this.input.value.trim();
    if (q.length >= 2) void this.#search(q);
  }

  #typed() {
    const q = this.input.value.trim();
    this.spec.onType?.(q);
    if (q.length < 2) {
      this.run.cancel();
      this.#abort?.abort();
      this.close();
      return;
    }
    this.run(q);
  }

  async #search(q) {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.input.dataset.searching = 'true';
    try {
      const found = await this.spec.search(q, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.#show([...found, ...(this.spec.extra?.(q) ?? [])]);
    } catch (e) {
      if (e.name !== 'AbortError') this.#show(this.spec.extra?.(q) ?? [], e.message);
    } finally {
      if (this.#abort === abort) delete this.input.dataset.searching;
    }
  }

  #show(options, problem) {
    this.#options = options;
    this.#active = -1;
    const describe = this.spec.describe ?? ((o) => [o.kindLabel, o.description].filter(Boolean).join(' · '));
    this.list.replaceChildren(
      ...options.map((o, i) =>
        el('li', { id: `${this.list.id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': o.id ?? '', onmousedown: (e) => { e.preventDefault(); this.pick(i); } },
          el('span', { class: 'chosen' }, o.name), describe(o) ? el('span', { class: 'muted small' }, ` — ${describe(o)}`) : null),
      ),
      problem ? el('li', { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, problem) : null,
      !options.length && !problem ? el('li', { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, 'No match') : null,
    );
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  #move(to) {
    if (!this.#options.length) return;
    this.#active = (to + this.#options.length) % this.#options.length;
    [...this.list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === this.#active)));
    this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.#active}`);
    this.list.children[this.#active]?.scrollIntoView({ block: 'nearest' });
  }

  #key(e) {
    const open = !this.list.hidden;
    if (e.key === 'ArrowDown' && open) this.#move(this.#active + 1);
    else if (e.key === 'ArrowUp' && open) this.#move(this.#active - 1);
    else if (e.key === 'Enter' && open && this.#active >= 0) this.pick(this.#active);
    else if (e.key === 'Escape' && open) this.close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  pick(i) {
    const o = this.#options[i];
    if (!o) return;
    this.input.value = o.name;
    this.close();
    this.spec.onPick(o);
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

export const KIND_LABEL = { PERSON: 'Person', ORGANISATION: 'Organisation' };
