// Wiring: the search, the graph, the sidebar controls, the detail panel and the URL.
// The URL is the view's single record (see state.js): every change rewrites it, and
// opening a link replays it (expansions, path searches, filters, then the selection).

import * as api from './api.js';
import { DetailPanel } from './detail.js';
import { el } from './dom.js';
import { EDGES, KINDS, edgeIcon, kindIcon } from './grammar.js';
import { GraphView } from './graph.js';
import { setupSearch } from './search.js';
import { MAX_DEPTH, clampHops, formatState, parseState } from './state.js';
import { setupIdeLink } from './ide-link.js';
import { TimelineView, withTimeline } from './timeline.js';

const $ = (id) => document.getElementById(id);

const filters = { hiddenKinds: [], from: '', to: '', hideUndated: false, showRetracted: false };
const view = { expanded: new Map(), paths: [], pathGraphs: [], omitted: new Map(), generation: 0 };

// ---- status, errors and the busy flag (tests wait for data-busy="false") -----------------

let busyCount = 0;

function announce(message) {
  $('announcer').textContent = message;
}

function showError(e) {
  const box = $('error');
  box.textContent = e ? `${e.message}` : '';
  box.hidden = !e;
}

async function busy(message, fn) {
  busyCount++;
  document.body.dataset.busy = 'true';
  $('status-busy').textContent = message;
  showError(null);
  try {
    return await fn();
  } catch (e) {
    showError(e);
    return undefined;
  } finally {
    if (--busyCount === 0) {
      document.body.dataset.busy = 'false';
      $('status-busy').textContent = '';
    }
    updateStatus();
  }
}

// ---- the graph -------------------------------------------------------------------------

const graph = new GraphView($('cy'), {
  onSelect: (ids) => {
    void detail.show(ids);
    updatePathButton(ids);
    renderInView();
    syncUrl();
  },
  onExpand: (id) => void expandMore(id),
  onPair: (a, b) => void openPair(a, b),
});

function currentState() {
  return {
    expanded: [...view.expanded].map(([id, depth]) => ({ id, depth })),
    selected: graph.selectedIds(),
    paths: view.paths,
    ...filters,
  };
}

function syncUrl({ push = false } = {}) {
  const qs = withTimeline(formatState(currentState()), timeline.state);
  if (qs === location.search) return;
  history[push ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${qs}`);
}

function clearView() {
  view.generation++;
  graph.clear();
  view.expanded.clear();
  view.paths = [];
  view.pathGraphs = [];
  view.omitted.clear();
}

/** Fetches and draws a node's neighbourhood; false when the view was cleared meanwhile, an error when the node is unknown. */
async function expand(id, depth) {
  const generation = view.generation;
  const sub = await api.neighbourhood(id, depth, filters.showRetracted);
  if (generation !== view.generation) return false;
  if (!sub.nodes.length) throw new Error(`There is no node ${id}.`);
  graph.merge(sub, id);
  view.expanded.set(id, Math.max(depth, view.expanded.get(id) ?? 0));
  view.omitted.set(id, sub.omitted);
  graph.markExpanded(id);
  return true;
}

/** After the graph changed: filters, layout (fitted to the screen), lists, URL. */
async function redraw() {
  graph.applyFilters(filters);
  $('graph-empty').hidden = !graph.isEmpty;
  await graph.layout({ fit: true });
  renderInView();
  syncUrl();
}

/** Double-click or the Expand button: one level deeper each time, up to MAX_DEPTH. */
async function expandMore(id) {
  const depth = (view.expanded.get(id) ?? 0) + 1;
  const label = graph.node(id)?.label ?? id;
  if (depth > MAX_DEPTH) {
    announce(`${label} is already expanded to the deepest level (${MAX_DEPTH}).`);
    return;
  }
  await busy(`Expanding ${label}…`, async () => {
    const before = graph.nodes().length;
    if (!(await expand(id, depth))) return;
    await redraw();
    announce(`Expanded ${label} to depth ${depth}: ${graph.nodes().length - before} new nodes.`);
    detail.syncActions();
  });
}

/** Opens a node from a link: draws it (with its neighbourhood) when it is not drawn yet. */
async function openNode(id, { add = false } = {}) {
  if (!graph.has(id)) {
    await busy('Opening…', async () => {
      await expand(id, 1);
      await redraw();
    });
    if (!graph.has(id)) return;
  }
  if (add) graph.toggle(id);
  else graph.select([id]);
  graph.reveal([id]);
}

/** Shows two claims side by side, drawing whichever is missing. */
async function openPair(a, b) {
  const missing = [a, b].filter((id) => !graph.has(id));
  if (missing.length) {
    await busy('Opening the pair…', async () => {
      for (const id of missing) await expand(id, 1);
      await redraw();
    });
  }
  graph.select([a, b]);
  graph.reveal([a, b]);
}

/** Fetches and draws one path search; returns its subgraph (no nodes: no path), or null when the view changed meanwhile. */
async function drawPaths(search) {
  const generation = view.generation;
  const sub = await api.paths(search.from, search.to, search.maxHops);
  if (generation !== view.generation) return null;
  if (!sub.nodes.length) {
    $('path-result').textContent = `No path of at most ${search.maxHops} hops.`;
    return sub;
  }
  graph.merge(sub, search.from);
  view.paths = [search];
  view.pathGraphs = [sub];
  graph.highlightPaths(view.pathGraphs);
  $('path-result').textContent = `Paths drawn in blue: ${sub.nodes.length} nodes, ${sub.edges.length} edges.`;
  return sub;
}

async function findPaths(a, b) {
  const maxHops = clampHops(Number($('max-hops').value));
  await busy('Finding paths…', async () => {
    const sub = await drawPaths({ from: a, to: b, maxHops });
    if (!sub) return;
    const [la, lb] = [graph.node(a)?.label ?? a, graph.node(b)?.label ?? b];
    if (!sub.nodes.length) {
      announce(`No path of at most ${maxHops} hops between ${la} and ${lb}.`);
      return;
    }
    await redraw();
    announce(`Found paths between ${la} and ${lb}: ${sub.nodes.length} nodes.`);
  });
}

/** Replays a view from the URL; ids that no longer resolve are reported, not fatal. */
async function restore(state) {
  clearView();
  setFilters(state);
  const generation = view.generation;
  const missing = [];
  await busy('Opening the shared view…', async () => {
    const subs = await Promise.all(state.expanded.map((e) => api.neighbourhood(e.id, e.depth, filters.showRetracted).catch(() => null)));
    if (generation !== view.generation) return;
    state.expanded.forEach((e, i) => {
      if (!subs[i]?.nodes.length) return void missing.push(e.id);
      graph.merge(subs[i], e.id);
      view.expanded.set(e.id, e.depth);
      view.omitted.set(e.id, subs[i].omitted);
      graph.markExpanded(e.id);
    });
    for (const search of state.paths) if ((await drawPaths(search)) === null) return;
    for (const id of state.selected) if (!graph.has(id)) await expand(id, 1).catch(() => missing.push(id));
    graph.applyFilters(filters);
    $('graph-empty').hidden = !graph.isEmpty;
    await graph.layout({ fit: true });
  });
  if (generation !== view.generation) return;
  if (missing.length) showError(new Error(`Not in the graph (any more): ${missing.join(', ')}.`));
  graph.select(state.selected.filter((id) => graph.has(id)));
  renderInView();
  void detail.show(graph.selectedIds());
  detail.syncActions();
  updatePathButton(graph.selectedIds());
}

// ---- the detail panel ------------------------------------------------------------------

const detail = new DetailPanel($('detail-body'), {
  openNode: (id, opts) => void openNode(id, opts),
  openPair: (a, b) => void openPair(a, b),
  expand: (id) => void expandMore(id),
  centre: (id) => graph.centre([id]),
  findPaths: (a, b) => void findPaths(a, b),
  depthOf: (id) => view.expanded.get(id) ?? 0,
  nodeData: (id) => graph.node(id),
});

// ---- the timeline (timeline.js) and the link to the GraphQL IDE ---------------------------

const timeline = new TimelineView($('timeline'), {
  openDetail: (id) => void detail.show([id]),
  changed: () => syncUrl(),
  selected: () => graph.selectedIds(),
});
setupIdeLink($('open-ide'), () => graph.selectedIds());

// ---- sidebar: legend and filters, paths, the list of what is drawn ------------------------

function buildSidebar() {
  const kinds = $('kind-filter');
  for (const k of KINDS) {
    const box = el('input', { type: 'checkbox', id: `kind-${k.kind}`, 'data-kind': k.kind, checked: true });
    box.addEventListener('change', () => {
      filters.hiddenKinds = KINDS.filter((x) => !$(`kind-${x.kind}`).checked).map((x) => x.kind);
      filtersChanged();
    });
    kinds.append(el('div', { class: 'kind-row' }, box, el('label', { for: `kind-${k.kind}` }, kindIcon(k.kind, 18), el('span', {}, k.plural), el('span', { class: 'count', id: `count-${k.kind}` }, ''))));
  }
  $('edge-legend').append(...EDGES.map((e) => el('li', {}, edgeIcon(e), el('span', {}, e.legend))));
  $('date-from').addEventListener('change', (e) => ((filters.from = e.target.value), filtersChanged()));
  $('date-to').addEventListener('change', (e) => ((filters.to = e.target.value), filtersChanged()));
  $('hide-undated').addEventListener('change', (e) => ((filters.hideUndated = e.target.checked), filtersChanged()));
  $('show-retracted').addEventListener('change', (e) => {
    filters.showRetracted = e.target.checked;
    // Retracted items come from the server, so the expansions are fetched again.
    void restore(currentState());
  });
  $('find-paths').addEventListener('click', () => {
    const [a, b] = graph.selectedIds();
    if (a && b) void findPaths(a, b);
  });
  $('fit').addEventListener('click', () => graph.fit());
  $('relayout').addEventListener('click', () => void busy('Laying out…', () => graph.layout({ fit: true })));
  $('clear').addEventListener('click', () => {
    clearView();
    $('graph-empty').hidden = false;
    void detail.show([]);
    renderInView();
    syncUrl({ push: true });
    updateStatus();
  });
  $('copy-link').addEventListener('click', copyLink);
}

function setFilters(state) {
  Object.assign(filters, { hiddenKinds: [...state.hiddenKinds], from: state.from, to: state.to, hideUndated: state.hideUndated, showRetracted: state.showRetracted });
  for (const k of KINDS) $(`kind-${k.kind}`).checked = !filters.hiddenKinds.includes(k.kind);
  $('date-from').value = filters.from;
  $('date-to').value = filters.to;
  $('hide-undated').checked = filters.hideUndated;
  $('show-retracted').checked = filters.showRetracted;
}

function filtersChanged() {
  const hidden = graph.applyFilters(filters);
  renderInView();
  syncUrl();
  updateStatus();
  announce(`${hidden} node${hidden === 1 ? '' : 's'} hidden by the filters.`);
}

function updatePathButton(ids) {
  const ready = ids.length === 2;
  $('find-paths').disabled = !ready;
  $('path-hint').textContent = ready ? 'Between the two selected nodes.' : 'Select two nodes (Shift-click the second).';
}

function renderInView() {
  const nodes = graph.nodes();
  const list = $('in-view');
  list.replaceChildren();
  for (const k of KINDS) {
    const ofKind = nodes.filter((n) => n.kind === k.kind);
    $(`count-${k.kind}`).textContent = ofKind.length ? String(ofKind.length) : '';
    const shown = ofKind.filter((n) => !n.hidden);
    if (!shown.length) continue;
    const items = shown.map((n) => {
      const b = el('button', { type: 'button', class: `in-view-item${n.selected ? ' selected' : ''}`, 'data-node-id': n.id, 'aria-pressed': String(n.selected), title: n.full }, kindIcon(n.kind, 14), el('span', {}, n.label));
      b.addEventListener('click', (e) => (e.shiftKey ? graph.toggle(n.id) : (graph.select([n.id]), graph.reveal([n.id]))));
      b.addEventListener('dblclick', () => void expandMore(n.id));
      return el('li', {}, b);
    });
    list.append(el('li', {}, el('h3', { class: 'in-view-kind' }, `${k.plural} (${shown.length})`), el('ul', {}, items)));
  }
  $('in-view-count').textContent = `(${nodes.filter((n) => !n.hidden).length})`;
}

function updateStatus() {
  const nodes = graph.nodes();
  const hidden = nodes.filter((n) => n.hidden).length;
  const edges = graph.cy.edges().length;
  const omitted = new Map();
  for (const list of view.omitted.values()) for (const o of list) omitted.set(o.kind, (omitted.get(o.kind) ?? 0) + o.count);
  const left = [...omitted].map(([kind, count]) => `${count} ${(KINDS.find((k) => k.kind === kind)?.plural ?? kind).toLowerCase()}`);
  $('status-counts').textContent = nodes.length
    ? `${nodes.length} nodes, ${edges} edges${hidden ? ` · ${hidden} hidden by filters` : ''}${left.length ? ` · not drawn (limits): ${left.join(', ')}` : ''}`
    : '';
}

async function copyLink() {
  const href = location.href;
  try {
    await navigator.clipboard.writeText(href);
    announce('Link to this view copied.');
    $('copy-link').textContent = 'Link copied';
    setTimeout(() => ($('copy-link').textContent = 'Copy link'), 2000);
  } catch {
    window.prompt('Copy the link to this view:', href);
  }
}

// ---- start -------------------------------------------------------------------------------

function start() {
  buildSidebar();
  setupSearch({
    input: $('search-input'),
    listbox: $('search-results'),
    announce,
    onChoose: (hit) =>
      void busy(`Opening ${hit.label}…`, async () => {
        if (!$('add-to-view').checked) clearView();
        if (!view.expanded.has(hit.openId)) await expand(hit.openId, 1);
        await redraw();
        graph.select([hit.openId]);
        syncUrl({ push: true });
        announce(`Opened ${hit.label}.`);
      }),
  });
  for (const b of document.querySelectorAll('[data-try]')) {
    b.addEventListener('click', () => {
      const input = $('search-input');
      input.value = b.dataset.try;
      input.focus();
      input.dispatchEvent(new Event('input'));
    });
  }
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName ?? '')) {
      e.preventDefault();
      $('search-input').focus();
    }
  });
  window.addEventListener('popstate', () => (void restore(parseState(location.search)), void timeline.restore(location.search)));
  void detail.show([]);
  updatePathButton([]);
  const state = parseState(location.search);
  const opening = state.expanded.length || state.paths.length || state.selected.length ? restore(state) : (setFilters(state), Promise.resolve());
  void timeline.restore(location.search);
  return opening.finally(() => {
    if (busyCount === 0) document.body.dataset.busy = 'false';
  });
}

/** For tests and the curious: the Cytoscape instance and the current view. */
window.claimGraphExplorer = { graph, cy: graph.cy, state: currentState, timeline, ready: start() };
