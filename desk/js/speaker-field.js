// The speaker of an attribution: an actor found by name or alias, or a new one. A new actor is
// checked against actorCandidates first: each look-alike must be answered "Same as" (then the
// existing actor is the speaker) or "Different" (recorded as notDuplicateOf) before it counts.

import { el } from '/explorer/js/dom.js';
import { actorCandidates, searchActors } from './queries.js';
import { Combobox, KIND_LABEL } from './combobox.js';

export class SpeakerField {
  #candidates = [];

  /** @param {HTMLElement} host @param {object|null} initial the item's speaker @param {string} typed a name to start from */
  constructor(host, initial, typed = '') {
    this.value = initial ? structuredClone(initial) : null;
    this.box = el('div', { class: 'field combo' });
    this.chosen = el('p', { class: 'small', 'data-testid': 'speaker-chosen', 'aria-live': 'polite' });
    this.flow = el('div', { 'data-testid': 'new-actor' });
    host.append(this.box, this.chosen, this.flow);
    this.combo = new Combobox(this.box, {
      label: 'Speaker',
      value: initial?.name ?? typed,
      search: (q, o) => searchActors(q, o).then((list) => list.map((a) => ({ ...a, kindLabel: KIND_LABEL[a.kind] }))),
      describe: (o) => [o.kindLabel, o.description, o.matched].filter(Boolean).join(' · '),
      extra: (q) => [
        { name: q, isNew: true, kind: 'PERSON', kindLabel: 'New person' },
        { name: q, isNew: true, kind: 'ORGANISATION', kindLabel: 'New organisation' },
      ],
      onPick: (o) => void (o.isNew ? this.startNew(o.name, o.kind) : this.#pick({ id: o.id, name: o.name, kind: o.kind, description: o.description })),
      onType: () => this.#clear(),
    });
    this.#showChosen();
    if (initial && !initial.id) void this.startNew(initial.name, initial.kind, initial);
    // A suggestion's unmatched name: its matches and the "new" choices are shown at once.
    if (!initial && typed) this.combo.lookUp();
  }

  #clear() {
    this.value = null;
    this.#candidates = [];
    this.flow.replaceChildren();
    this.#showChosen();
  }

  #pick(actor) {
    this.value = actor;
    this.combo.input.value = actor.name;
    this.flow.replaceChildren();
    this.#showChosen();
  }

  /** The new-actor flow: kind, description, then the look-alikes to answer. */
  async startNew(name, kind, previous = null) {
    const actor = { isNew: true, name: name.trim(), kind, description: previous?.description ?? '', notDuplicateOf: [...(previous?.notDuplicateOf ?? [])], notDuplicateNames: [...(previous?.notDuplicateNames ?? [])] };
    this.value = actor;
    this.combo.input.value = actor.name;
    const description = el('input', { id: 'new-actor-description', type: 'text', value: actor.description, autocomplete: 'off' });
    description.addEventListener('input', () => (actor.description = description.value));
    const list = el('ul', { class: 'candidates', 'aria-labelledby': 'candidates-title' });
    this.flow.replaceChildren(
      el('div', { class: 'field' }, el('label', { for: 'new-actor-description' }, `Description of the new ${KIND_LABEL[kind].toLowerCase()} (optional)`), description),
      el('h3', { id: 'candidates-title' }, 'Already in the graph?'),
      el('p', { class: 'small muted', id: 'candidates-state' }, 'Looking for actors with a similar name…'),
      list,
    );
    this.#showChosen();
    try {
      this.#candidates = (await actorCandidates(actor.name, kind)).filter((c) => !actor.notDuplicateOf.includes(c.id));
    } catch (e) {
      this.#candidates = [];
      this.flow.querySelector('#candidates-state').textContent = `The duplicate check failed: ${e.message}`;
      return;
    }
    if (this.value !== actor) return;
    this.#renderCandidates(actor, list);
  }

  #renderCandidates(actor, list) {
    const state = this.flow.querySelector('#candidates-state');
    const open = this.#candidates.filter((c) => !actor.notDuplicateOf.includes(c.id));
    state.textContent = open.length
      ? `${open.length} existing ${open.length === 1 ? 'actor looks' : 'actors look'} like “${actor.name}”. Answer each before the new one is added.`
      : actor.notDuplicateOf.length ? 'All look-alikes answered: a new actor will be created.' : 'No existing actor looks like this name: a new actor will be created.';
    list.replaceChildren(
      ...open.map((c) =>
        el('li', { 'data-candidate-id': c.id },
          el('span', { class: 'chosen' }, c.name), ` — ${KIND_LABEL[c.kind] ?? ''}${c.description ? ` · ${c.description}` : ''} · ${Math.round(c.score * 100)}% alike`,
          c.reasons?.[0] ? el('span', { class: 'small muted' }, ` (${c.reasons[0].method.toLowerCase()}: ${c.reasons[0].matched})`) : null,
          ' ',
          el('button', { type: 'button', class: 'button small', 'aria-label': `Same as ${c.name}`, onclick: () => this.#pick({ id: c.id, name: c.name, kind: c.kind, description: c.description }) }, 'Same as'),
          ' ',
          el('button', { type: 'button', class: 'button small', 'aria-label': `Different from ${c.name}`, onclick: () => {
            actor.notDuplicateOf.push(c.id);
            actor.notDuplicateNames.push(c.name);
            this.#renderCandidates(actor, list);
            this.#showChosen();
            (list.querySelector('button') ?? this.combo.input).focus();
          } }, 'Different'),
        ),
      ),
    );
    this.#showChosen();
  }

  #showChosen() {
    const v = this.value;
    if (!v) this.chosen.textContent = 'No speaker chosen yet.';
    else if (v.id) this.chosen.textContent = `Speaker: ${v.name} (${KIND_LABEL[v.kind] ?? 'actor'}${v.description ? ` · ${v.description}` : ''}), already in the graph.`;
    else this.chosen.textContent = `Speaker: a new ${KIND_LABEL[v.kind].toLowerCase()} “${v.name}”${this.pending ? ', once the look-alikes are answered' : ''}.`;
  }

  /** Look-alikes not answered yet. */
  get pending() {
    const v = this.value;
    return !!v && !v.id && this.#candidates.some((c) => !v.notDuplicateOf.includes(c.id));
  }

  /** The speaker, or an error in words. */
  result() {
    if (!this.value) return { error: 'Choose a speaker: type at least two letters of a name.' };
    if (this.pending) return { error: 'Answer “Same as” or “Different” for each look-alike first.' };
    const speaker = { ...this.value };
    delete speaker.isNew;
    return { speaker };
  }
}
