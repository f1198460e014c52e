// The drawing: a Cytoscape instance fed with the API's subgraphs. It knows nothing about
// the URL or the detail panel; it reports selection and double-clicks to its handlers.

import { cytoscapeStyle, edgeLabel } from './grammar.js';
import { dateInRange } from './dates.js';

const SHORT = { CLAIM: 56, SOURCE: 56, ATTRIBUTION: 48 };

function shorten(s, n) {
  return s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s;
}

function nodeElement(n, position) {
  const full = n.retracted ? `${n.label} (retracted)` : n.label;
  return {
    group: 'nodes',
    data: { id: n.id, kind: n.kind, label: n.label, full, display: shorten(full, SHORT[n.kind] ?? 44), retracted: n.retracted, date: n.date ?? null },
    classes: n.retracted ? 'retracted' : '',
    position,
  };
}

function edgeElement(e) {
  return {
    group: 'edges',
    data: { id: `e:${e.type}:${e.id}`, apiId: e.id, type: e.type, source: e.from, target: e.to, label: e.label ?? null, display: edgeLabel(e) },
    selectable: false,
  };
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export class GraphView {
  /**
   * @param {HTMLElement} container
   * @param {{ onSelect(ids: string[]): void, onExpand(id: string): void, onPair(a: string, b: string): void }} handlers
   */
  constructor(container, handlers) {
    this.handlers = handlers;
    this.selectionOrder = [];
    this.cy = window.cytoscape({
      container,
      style: cytoscapeStyle(),
      minZoom: 0.2,
      maxZoom: 3,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    this.cy.on('select', 'node', (e) => {
      this.selectionOrder = this.selectionOrder.filter((id) => id !== e.target.id()).concat(e.target.id());
      this.#selectionChanged();
    });
    this.cy.on('unselect', 'node', (e) => {
      this.selectionOrder = this.selectionOrder.filter((id) => id !== e.target.id());
      this.#selectionChanged();
    });
    this.cy.on('dbltap', 'node', (e) => handlers.onExpand(e.target.id()));
    // A CONTRADICTS or SUPPORTS edge opens the pair of claims it links.
    this.cy.on('tap', 'edge[type = "CONTRADICTS"], edge[type = "SUPPORTS"]', (e) => handlers.onPair(e.target.data('source'), e.target.data('target')));
    this.cy.on('mouseover', 'node', (e) => {
      e.target.addClass('hover');
      container.style.cursor = 'pointer';
    });
    this.cy.on('mouseout', 'node', (e) => {
      e.target.removeClass('hover');
      container.style.cursor = '';
    });
  }

  #pending = false;

  #selectionChanged() {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      this.handlers.onSelect(this.selectedIds());
    });
  }

  /** Selected node ids, in the order they were selected. */
  selectedIds() {
    const selected = new Set(this.cy.$('node:selected').map((n) => n.id()));
    return this.selectionOrder.filter((id) => selected.has(id));
  }

  has(id) {
    return this.cy.getElementById(id).nonempty();
  }

  node(id) {
    const n = this.cy.getElementById(id);
    return n.nonempty() ? n.data() : null;
  }

  /** Every node drawn, with whether the filters hide it. */
  nodes() {
    return this.cy.nodes().map((n) => ({ ...n.data(), hidden: n.hasClass('filtered'), selected: n.selected(), expanded: n.hasClass('expanded') }));
  }

  get isEmpty() {
    return this.cy.nodes().empty();
  }

  clear() {
    this.cy.elements().remove();
    this.selectionOrder = [];
  }

  /**
   * Adds a subgraph's new nodes and edges. New nodes start on a circle around `around`
   * so the layout grows the graph outwards from the node that was expanded.
   */
  merge(subgraph, around) {
    const anchor = around && this.has(around) ? this.cy.getElementById(around).position() : { x: 0, y: 0 };
    const fresh = subgraph.nodes.filter((n) => !this.has(n.id));
    const radius = 90 + fresh.length * 6;
    const elements = fresh.map((n, i) => {
      const isAnchor = n.id === around && this.isEmpty;
      const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
      return nodeElement(n, isAnchor ? { ...anchor } : { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
    });
    for (const e of subgraph.edges) {
      const el = edgeElement(e);
      if (this.cy.getElementById(el.data.id).empty()) elements.push(el);
    }
    // Nodes first: an edge can only join nodes that exist.
    const added = this.cy.add(elements.filter((e) => e.group === 'nodes'));
    this.cy.add(elements.filter((e) => e.group === 'edges' && this.has(e.data.source) && this.has(e.data.target)));
    return added.length;
  }

  markExpanded(id) {
    this.cy.getElementById(id).addClass('expanded');
  }

  /** Highlights the nodes and edges of found paths (and only those). */
  highlightPaths(subgraphs) {
    this.cy.elements().removeClass('on-path');
    for (const sg of subgraphs) {
      for (const n of sg.nodes) this.cy.getElementById(n.id).addClass('on-path');
      for (const e of sg.edges) this.cy.getElementById(`e:${e.type}:${e.id}`).addClass('on-path');
    }
  }

  /** Hides what the filters exclude; returns how many nodes are hidden. */
  applyFilters({ hiddenKinds, from, to, hideUndated, showRetracted }) {
    const hidden = new Set(hiddenKinds);
    let count = 0;
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const d = n.data();
        const out = hidden.has(d.kind) || (!showRetracted && d.retracted) || !dateInRange(d.date, from, to, hideUndated);
        if (out) count++;
        n.toggleClass('filtered', out);
      });
    });
    return count;
  }

  /** Selects exactly these nodes (in this order) without moving the view. */
  select(ids) {
    this.cy.batch(() => {
      this.cy.$('node:selected').unselect();
      this.selectionOrder = [];
      for (const id of ids) {
        const n = this.cy.getElementById(id);
        if (n.nonempty()) n.select();
      }
    });
    this.selectionOrder = ids.filter((id) => this.has(id));
  }

  /** Adds or removes one node from the selection. */
  toggle(id) {
    const n = this.cy.getElementById(id);
    if (n.empty()) return;
    if (n.selected()) n.unselect();
    else n.select();
  }

  centre(ids) {
    const eles = this.cy.collection(ids.map((id) => this.cy.getElementById(id)).filter((n) => n.nonempty()));
    if (eles.empty()) return;
    this.cy.animate({ center: { eles }, duration: reducedMotion() ? 0 : 300 });
  }

  /** Centres on the nodes only when one of them is off screen, so the view does not jump needlessly. */
  reveal(ids) {
    const box = this.cy.extent();
    const margin = 30 / this.cy.zoom();
    const offScreen = ids.some((id) => {
      const n = this.cy.getElementById(id);
      if (n.empty()) return false;
      const { x, y } = n.position();
      return x < box.x1 + margin || x > box.x2 - margin || y < box.y1 + margin || y > box.y2 - margin;
    });
    if (offScreen) this.centre(ids);
  }

  fit() {
    this.cy.fit(this.cy.elements(':visible'), 40);
  }

  /** Runs the force-directed layout from the current positions; resolves when it stops. */
  async layout({ fit = true } = {}) {
    if (this.isEmpty) return;
    const animate = !reducedMotion() && !document.body.classList.contains('no-animation');
    const layout = this.cy.elements(':visible').layout({
      name: 'cose',
      randomize: false,
      animate: animate ? 'end' : false,
      animationDuration: 350,
      fit,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 16000,
      idealEdgeLength: () => 85,
      edgeElasticity: () => 120,
      nestingFactor: 1.2,
      gravity: 0.3,
      numIter: 1500,
      initialTemp: 200,
      coolingFactor: 0.95,
      minTemp: 1.0,
    });
    const stopped = layout.promiseOn('layoutstop');
    layout.run();
    await stopped;
  }

  /** Where a node is drawn, in page (CSS pixel) coordinates relative to the container. */
  renderedPosition(id) {
    const n = this.cy.getElementById(id);
    return n.nonempty() ? n.renderedPosition() : null;
  }
}
