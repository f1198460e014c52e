// What is drawn: fetching neighbourhoods and path searches into the graph, and replaying
// a shared view. The store records each expansion and path search as it lands; a view
// cleared meanwhile (a new search, a restore) makes late answers be dropped, not drawn.

import * as api from './api.js';
import { MAX_DEPTH, clampHops, depthOf, withExpansion } from './state.js';

const $ = (id) => document.getElementById(id);

export class ViewLoader {
  #generation = 0;
  #omitted = new Map();

  /**
   * @param {{ store: object, graph: import('./graph.js').GraphView, status: import('./status.js').StatusBar,
   *           onDrawn(): void, onExpanded(): void, syncUrl(opts?: { push?: boolean }): void }} deps
   *        onDrawn: after the graph changed; onExpanded: after a node went deeper
   */
  constructor(deps) {
    Object.assign(this, deps);
  }

  /** Nodes the API left out (its limits), by kind, over every expansion. */
  omittedByKind() {
    const total = new Map();
    for (const list of this.#omitted.values()) for (const o of list) total.set(o.kind, (total.get(o.kind) ?? 0) + o.count);
    return total;
  }

  /** Selects exactly these nodes, in the graph and in the store. */
  select(ids) {
    this.graph.select(ids);
    this.store.set({ selected: this.graph.selectedIds() });
  }

  clear() {
    this.#generation++;
    this.graph.clear();
    this.#omitted.clear();
    this.store.set({ expanded: [], paths: [], selected: [] });
  }

  /** Fetches and draws a node's neighbourhood; false when the view was cleared meanwhile, an error when the node is unknown. */
  async #expand(id, depth) {
    const generation = this.#generation;
    const sub = await api.neighbourhood(id, depth, this.store.get().showRetracted);
    if (generation !== this.#generation) return false;
    if (!sub.nodes.length) throw new Error(`There is no node ${id}.`);
    this.#merged(id, depth, sub);
    return true;
  }

  #merged(id, depth, sub) {
    this.graph.merge(sub, id);
    this.store.set({ expanded: withExpansion(this.store.get().expanded, id, depth) });
    this.#omitted.set(id, sub.omitted);
    this.graph.markExpanded(id);
  }

  /** After the graph changed: filters, layout (fitted to the screen), lists, URL. */
  async #redraw() {
    this.graph.applyFilters(this.store.get());
    $('graph-empty').hidden = !this.graph.isEmpty;
    await this.graph.layout({ fit: true });
    this.onDrawn();
    this.syncUrl();
  }

  /** A search hit: drawn with its neighbourhood (in a fresh view unless adding to it) and selected. */
  async openHit(id, { add }) {
    if (!add) this.clear();
    if (!depthOf(this.store.get(), id)) await this.#expand(id, 1);
    await this.#redraw();
    this.select([id]);
    this.syncUrl({ push: true });
  }

  /** Double-click or the Expand button: one level deeper each time, up to MAX_DEPTH. */
  async expandMore(id) {
    const depth = depthOf(this.store.get(), id) + 1;
    const label = this.graph.node(id)?.label ?? id;
    if (depth > MAX_DEPTH) {
      this.status.announce(`${label} is already expanded to the deepest level (${MAX_DEPTH}).`);
      return;
    }
    await this.status.busy(`Expanding ${label}…`, async () => {
      const before = this.graph.nodes().length;
      if (!(await this.#expand(id, depth))) return;
      await this.#redraw();
      this.status.announce(`Expanded ${label} to depth ${depth}: ${this.graph.nodes().length - before} new nodes.`);
      this.onExpanded();
    });
  }

  /** Opens a node from a link: draws it (with its neighbourhood) when it is not drawn yet. */
  async openNode(id, { add = false } = {}) {
    if (!this.graph.has(id)) {
      await this.status.busy('Opening…', async () => {
        await this.#expand(id, 1);
        await this.#redraw();
      });
      if (!this.graph.has(id)) return;
    }
    if (add) this.graph.toggle(id);
    else this.select([id]);
    this.graph.reveal([id]);
  }

  /** Shows two claims side by side, drawing whichever is missing. */
  async openPair(a, b) {
    const missing = [a, b].filter((id) => !this.graph.has(id));
    if (missing.length) {
      await this.status.busy('Opening the pair…', async () => {
        for (const id of missing) await this.#expand(id, 1);
        await this.#redraw();
      });
    }
    this.select([a, b]);
    this.graph.reveal([a, b]);
  }

  /** Fetches and draws one path search; returns its subgraph (no nodes: no path), or null when the view changed meanwhile. */
  async #drawPaths(search) {
    const generation = this.#generation;
    const sub = await api.paths(search.from, search.to, search.maxHops);
    if (generation !== this.#generation) return null;
    if (!sub.nodes.length) {
      $('path-result').textContent = `No path of at most ${search.maxHops} hops.`;
      return sub;
    }
    this.graph.merge(sub, search.from);
    this.store.set({ paths: [search] });
    this.graph.highlightPaths([sub]);
    $('path-result').textContent = `Paths drawn in blue: ${sub.nodes.length} nodes, ${sub.edges.length} edges.`;
    return sub;
  }

  async findPaths(a, b) {
    const maxHops = clampHops(Number($('max-hops').value));
    await this.status.busy('Finding paths…', async () => {
      const sub = await this.#drawPaths({ from: a, to: b, maxHops });
      if (!sub) return;
      const [la, lb] = [this.graph.node(a)?.label ?? a, this.graph.node(b)?.label ?? b];
      if (!sub.nodes.length) {
        this.status.announce(`No path of at most ${maxHops} hops between ${la} and ${lb}.`);
        return;
      }
      await this.#redraw();
      this.status.announce(`Found paths between ${la} and ${lb}: ${sub.nodes.length} nodes.`);
    });
  }

  /**
   * Replays a view (from a link, the history, or the current one with other filters):
   * expansions, path searches, filters, then the selection. Ids that no longer resolve
   * are reported, not fatal. Returns the selection drawn, or null when overtaken.
   */
  async restore(state) {
    this.clear();
    this.store.set({ hiddenKinds: state.hiddenKinds, from: state.from, to: state.to, hideUndated: state.hideUndated, showRetracted: state.showRetracted });
    const generation = this.#generation;
    const missing = [];
    await this.status.busy('Opening the shared view…', async () => {
      const subs = await Promise.all(state.expanded.map((e) => api.neighbourhood(e.id, e.depth, state.showRetracted).catch(() => null)));
      if (generation !== this.#generation) return;
      state.expanded.forEach((e, i) => (subs[i]?.nodes.length ? this.#merged(e.id, e.depth, subs[i]) : missing.push(e.id)));
      for (const search of state.paths) if ((await this.#drawPaths(search)) === null) return;
      for (const id of state.selected) if (!this.graph.has(id)) await this.#expand(id, 1).catch(() => missing.push(id));
      this.graph.applyFilters(this.store.get());
      $('graph-empty').hidden = !this.graph.isEmpty;
      await this.graph.layout({ fit: true });
    });
    if (generation !== this.#generation) return null;
    if (missing.length) this.status.showError(new Error(`Not in the graph (any more): ${missing.join(', ')}.`));
    this.select(state.selected.filter((id) => this.graph.has(id)));
    return this.store.get().selected;
  }
}
