// The claim an attribution says: new text (prefilled from the quote) or a claim the graph
// already holds. While the text is typed, similarClaims lists matches with their verdicts and
// independent origins; "Attach to this claim" picks one instead of creating a new claim.

import { debounce, el } from '/explorer/js/dom.js';
import { similarClaims } from './queries.js';
import { clip } from './words.js';

export class ClaimField {
  #abort = null;

  constructor(host, initial) {
    this.attachTo = initial.attachTo ?? null;
    this.text = el('textarea', { id: 'claim-text', rows: 3, spellcheck: 'true' });
    this.text.value = initial.text ?? '';
    this.attached = el('p', { class: 'small', 'data-testid': 'claim-attached', 'aria-live': 'polite' });
    this.matches = el('ul', { class: 'matches', 'aria-labelledby': 'matches-title' });
    this.state = el('p', { class: 'small muted', id: 'matches-state' });
    host.append(
      el('div', { class: 'field' }, el('label', { for: 'claim-text' }, 'Claim text'), this.text),
      this.attached,
      el('h3', { id: 'matches-title' }, 'Claims already in the graph'),
      this.state,
      this.matches,
    );
    this.look = debounce(() => void this.#lookUp(), 300);
    this.text.addEventListener('input', () => this.look());
    this.#showAttached();
    void this.#lookUp();
  }

  async #lookUp() {
    const text = this.text.value.trim();
    this.#abort?.abort();
    if (text.length < 8) {
      this.state.textContent = 'Type the claim to see whether the graph already holds it.';
      this.matches.replaceChildren();
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.state.textContent = 'Looking for matching claims…';
    try {
      const found = await similarClaims(text, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.state.textContent = found.length ? `${found.length} matching ${found.length === 1 ? 'claim' : 'claims'}:` : 'No matching claim: a new claim will be created.';
      this.matches.replaceChildren(...found.map((m) => this.#match(m)));
    } catch (e) {
      if (e.name !== 'AbortError') this.state.textContent = `The claim search failed: ${e.message}`;
    }
  }

  #match(m) {
    const origins = m.corroboration?.independentOriginCount ?? 0;
    return el('li', { 'data-claim-id': m.claim.id, 'data-tier': m.tier },
      el('span', { class: 'chosen' }, `“${clip(m.claim.text, 140)}”`),
      el('br'),
      el('span', { class: 'small' }, `${m.tier === 'NEAR_CERTAIN' ? 'Same claim' : 'Similar'} (${Math.round(m.score * 100)}%) · ${m.verdicts.length ? m.verdicts.join('; ') : 'not checked yet'} · ${origins} independent ${origins === 1 ? 'origin' : 'origins'}`),
      ' ',
      el('button', { type: 'button', class: 'button small', 'aria-label': `Attach to this claim: ${clip(m.claim.text, 60)}`, onclick: () => {
        this.attachTo = { id: m.claim.id, text: m.claim.text };
        this.#showAttached();
        this.attached.querySelector('button')?.focus();
      } }, 'Attach to this claim'),
    );
  }

  #showAttached() {
    if (!this.attachTo) {
      this.attached.replaceChildren('A new claim will be created with this text.');
      return;
    }
    this.attached.replaceChildren(
      `Attached to the existing claim “${clip(this.attachTo.text, 120)}”. `,
      el('button', { type: 'button', class: 'button small', onclick: () => {
        this.attachTo = null;
        this.#showAttached();
        this.text.focus();
      } }, 'Write a new claim instead'),
    );
  }

  result() {
    if (this.attachTo) return { claim: { attachTo: this.attachTo, text: this.text.value } };
    const text = this.text.value.trim();
    if (!text) return { error: 'Write the claim, or attach the quote to a claim already in the graph.' };
    return { claim: { text } };
  }
}
