// The search box: an ARIA 1.2 combobox over a listbox of hits grouped by kind.
// Focus stays in the input; ArrowUp/ArrowDown move the active option, Enter chooses it
// (or the first hit), Escape closes the list (or clears the box when it is closed).

import * as api from './api.js';
import { debounce, el } from './dom.js';
import { KINDS, KIND_BY_NAME, KIND_OF_TYPENAME, kindIcon } from './grammar.js';

/** One hit as the list shows it. */
function toHit(edge) {
  const n = edge.node;
  const kind = KIND_OF_TYPENAME[n.__typename] ?? 'ATTRIBUTION';
  const details = [];
  let label;
  switch (kind) {
    case 'PERSON':
    case 'ORGANISATION':
      label = n.name;
      if (n.acronym && n.acronym !== n.name) details.push(n.acronym);
      break;
    case 'CLAIM':
      label = n.text;
      if (n.status && n.status !== 'ACTIVE') details.push(n.status.toLowerCase());
      break;
    case 'SOURCE':
      label = n.title;
      if (n.publishedAt) details.push(n.publishedAt);
      break;
    case 'EVENT':
      label = n.name;
      if (n.date) details.push(n.date);
      break;
    default:
      label = `“${n.quote ?? ''}”`;
  }
  details.push(`matched on ${edge.matchedOn}`);
  // An attribution is opened through its claim, which the graph draws.
  const openId = kind === 'ATTRIBUTION' && n.claim ? n.claim.id : n.id;
  return { id: n.id, openId, kind, label, details: details.join(' · ') };
}

/** Hits grouped by kind, groups in legend order, hits in score order within a group. */
export function groupHits(hits) {
  return KINDS.map((k) => ({ kind: k.kind, hits: hits.filter((h) => h.kind === k.kind) })).filter((g) => g.hits.length);
}

export function setupSearch({ input, listbox, announce, onChoose }) {
  let hits = [];
  let options = [];
  let active = -1;
  let controller = null;
  let lastQuery = '';

  const setOpen = (open) => {
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };

  const setActive = (i) => {
    options.forEach((o, j) => o.setAttribute('aria-selected', String(i === j)));
    active = i;
    if (i >= 0 && options[i]) {
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const render = () => {
    listbox.replaceChildren();
    options = [];
    if (!hits.length) {
      listbox.append(el('div', { class: 'search-empty', role: 'presentation' }, `Nothing found for “${lastQuery}”.`));
      return;
    }
    for (const group of groupHits(hits)) {
      const labelId = `search-group-${group.kind}`;
      const box = el('div', { role: 'group', 'aria-labelledby': labelId, class: 'search-group' });
      box.append(el('div', { id: labelId, class: 'search-group-label', role: 'presentation' }, `${KIND_BY_NAME[group.kind].plural} (${group.hits.length})`));
      for (const hit of group.hits) {
        const index = options.length;
        const option = el(
          'div',
          { id: `search-option-${index}`, role: 'option', 'aria-selected': 'false', class: 'search-option', 'data-node-id': hit.id, 'data-kind': hit.kind },
          kindIcon(hit.kind),
          el('span', { class: 'search-option-text' }, el('span', { class: 'search-option-label' }, hit.label), el('span', { class: 'search-option-details' }, hit.details)),
        );
        // mousedown would move focus out of the input and close the list before the click lands.
        option.addEventListener('mousedown', (e) => e.preventDefault());
        option.addEventListener('click', () => choose(index));
        option.addEventListener('mousemove', () => active !== index && setActive(index));
        options.push(option);
        box.append(option);
      }
      listbox.append(box);
    }
  };

  // Options are numbered in display (grouped) order, so the hit behind an option is looked up by it.
  const hitAt = (i) => groupHits(hits).flatMap((g) => g.hits)[i];

  const choose = (i) => {
    const hit = hitAt(i);
    if (!hit) return;
    setOpen(false);
    onChoose(hit);
  };

  const run = async (query) => {
    controller?.abort();
    lastQuery = query;
    if (query.length < 2) {
      hits = [];
      setOpen(false);
      return;
    }
    controller = new AbortController();
    input.setAttribute('aria-busy', 'true');
    try {
      const edges = await api.search(query, { signal: controller.signal });
      if (query !== lastQuery) return;
      hits = edges.map(toHit);
      render();
      setOpen(document.activeElement === input);
      announce(hits.length ? `${hits.length} result${hits.length === 1 ? '' : 's'}; use the arrow keys to choose.` : `Nothing found for ${query}.`);
    } catch (e) {
      if (e.name === 'AbortError') return;
      hits = [];
      listbox.replaceChildren(el('div', { class: 'search-empty', role: 'presentation' }, `Search failed: ${e.message}`));
      setOpen(true);
    } finally {
      input.removeAttribute('aria-busy');
    }
  };
  const runSoon = debounce(run, 200);

  input.addEventListener('input', () => runSoon(input.value.trim()));
  input.addEventListener('focus', () => {
    if (hits.length && input.value.trim() === lastQuery) setOpen(true);
  });
  input.addEventListener('blur', () => setOpen(false));
  input.addEventListener('keydown', async (e) => {
    const open = !listbox.hidden;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open && hits.length) setOpen(true);
        if (options.length) setActive(active < 0 ? 0 : (active + 1) % options.length);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open && hits.length) setOpen(true);
        if (options.length) setActive(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter': {
        e.preventDefault();
        runSoon.cancel();
        const query = input.value.trim();
        if (query !== lastQuery || !hits.length) await run(query);
        choose(active >= 0 ? active : 0);
        break;
      }
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
        } else if (input.value) {
          e.preventDefault();
          input.value = '';
          hits = [];
          lastQuery = '';
        }
        break;
      default:
    }
  });
}
