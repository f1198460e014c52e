// The sidebar and toolbar: the legend with the kind filters, date and retracted filters,
// path search, the keyboard-reachable list of drawn nodes, and the graph buttons. The
// filter controls mirror the store, so a restored view shows its filters.

import { el } from './dom.js';
import { EDGES, KINDS, edgeIcon, kindIcon } from './grammar.js';
import { changed } from './state.js';

const $ = (id) => document.getElementById(id);
const FILTERS = ['hiddenKinds', 'from', 'to', 'hideUndated', 'showRetracted'];

export class Sidebar {
  /**
   * @param {{ store: object, graph: import('./graph.js').GraphView, loader: import('./view-loader.js').ViewLoader,
   *           status: import('./status.js').StatusBar, syncUrl(opts?: { push?: boolean }): void,
   *           restore(state: object): Promise<void>, onCleared(): void }} deps
   */
  constructor(deps) {
    Object.assign(this, deps);
    this.#build();
    this.#showFilters(this.store.get());
    this.#showPathHint(this.store.get().selected);
    this.store.subscribe((state, previous) => {
      if (FILTERS.some((key) => changed(state, previous, key))) this.#showFilters(state);
      if (changed(state, previous, 'selected')) this.#showPathHint(state.selected);
    });
  }

  #build() {
    const { store, graph, loader, status } = this;
    for (const k of KINDS) {
      const box = el('input', { type: 'checkbox', id: `kind-${k.kind}`, 'data-kind': k.kind, checked: true });
      box.addEventListener('change', () => this.#filter({ hiddenKinds: KINDS.filter((x) => !$(`kind-${x.kind}`).checked).map((x) => x.kind) }));
      const label = el('label', { for: `kind-${k.kind}` }, kindIcon(k.kind, 18), el('span', {}, k.plural), el('span', { class: 'count', id: `count-${k.kind}` }, ''));
      $('kind-filter').append(el('div', { class: 'kind-row' }, box, label));
    }
    $('edge-legend').append(...EDGES.map((e) => el('li', {}, edgeIcon(e), el('span', {}, e.legend))));
    $('date-from').addEventListener('change', (e) => this.#filter({ from: e.target.value }));
    $('date-to').addEventListener('change', (e) => this.#filter({ to: e.target.value }));
    $('hide-undated').addEventListener('change', (e) => this.#filter({ hideUndated: e.target.checked }));
    $('show-retracted').addEventListener('change', (e) => {
      store.set({ showRetracted: e.target.checked });
      // Retracted items come from the server, so the expansions are fetched again.
      void this.restore(store.get());
    });
    $('find-paths').addEventListener('click', () => {
      const [a, b] = store.get().selected;
      if (a && b) void loader.findPaths(a, b);
    });
    $('fit').addEventListener('click', () => graph.fit());
    $('relayout').addEventListener('click', () => void status.busy('Laying out…', () => graph.layout({ fit: true })));
    $('clear').addEventListener('click', () => {
      loader.clear();
      $('graph-empty').hidden = false;
      this.onCleared();
      this.renderInView();
      this.syncUrl({ push: true });
      status.update();
    });
    $('copy-link').addEventListener('click', () => void this.#copyLink());
  }

  #filter(patch) {
    this.store.set(patch);
    const hidden = this.graph.applyFilters(this.store.get());
    this.renderInView();
    this.syncUrl();
    this.status.update();
    this.status.announce(`${hidden} node${hidden === 1 ? '' : 's'} hidden by the filters.`);
  }

  #showFilters(state) {
    for (const k of KINDS) $(`kind-${k.kind}`).checked = !state.hiddenKinds.includes(k.kind);
    $('date-from').value = state.from;
    $('date-to').value = state.to;
    $('hide-undated').checked = state.hideUndated;
    $('show-retracted').checked = state.showRetracted;
  }

  #showPathHint(ids) {
    const ready = ids.length === 2;
    $('find-paths').disabled = !ready;
    $('path-hint').textContent = ready ? 'Between the two selected nodes.' : 'Select two nodes (Shift-click the second).';
  }

  /** The "In view" list: every drawn node the filters let through, by kind, each a button. */
  renderInView() {
    const nodes = this.graph.nodes();
    const list = $('in-view');
    list.replaceChildren();
    for (const k of KINDS) {
      const ofKind = nodes.filter((n) => n.kind === k.kind);
      $(`count-${k.kind}`).textContent = ofKind.length ? String(ofKind.length) : '';
      const shown = ofKind.filter((n) => !n.hidden);
      if (!shown.length) continue;
      const items = shown.map((n) => {
        const b = el('button', { type: 'button', class: `in-view-item${n.selected ? ' selected' : ''}`, 'data-node-id': n.id, 'aria-pressed': String(n.selected), title: n.full }, kindIcon(n.kind, 14), el('span', {}, n.label));
        b.addEventListener('click', (e) => (e.shiftKey ? this.graph.toggle(n.id) : (this.loader.select([n.id]), this.graph.reveal([n.id]))));
        b.addEventListener('dblclick', () => void this.loader.expandMore(n.id));
        return el('li', {}, b);
      });
      list.append(el('li', {}, el('h3', { class: 'in-view-kind' }, `${k.plural} (${shown.length})`), el('ul', {}, items)));
    }
    $('in-view-count').textContent = `(${nodes.filter((n) => !n.hidden).length})`;
  }

  async #copyLink() {
    const href = location.href;
    try {
      await navigator.clipboard.writeText(href);
      this.status.announce('Link to this view copied.');
      $('copy-link').textContent = 'Link copied';
      setTimeout(() => ($('copy-link').textContent = 'Copy link'), 2000);
    } catch {
      window.prompt('Copy the link to this view:', href);
    }
  }
}
