// Wiring: one store, and the parts that read and change it — the graph, the view loader,
// the sidebar, the detail panel, the timeline and the search. The URL is the store
// written out (state.js): changes rewrite it, and opening a link replays it.

import { DetailPanel } from './detail.js';
import { KINDS } from './grammar.js';
import { GraphView } from './graph.js';
import { setupIdeLink } from './ide-link.js';
import { setupSearch } from './search.js';
import { Sidebar } from './sidebar.js';
import { createStore, depthOf, parseState, writeUrl } from './state.js';
import { StatusBar } from './status.js';
import { TimelineView } from './timeline.js';
import { ViewLoader } from './view-loader.js';

const $ = (id) => document.getElementById(id);

const store = createStore();
const syncUrl = (opts) => writeUrl(store.get(), opts);

const graph = new GraphView($('cy'), {
  onSelect: (ids) => {
    store.set({ selected: ids });
    void detail.show(ids);
    sidebar.renderInView();
    syncUrl();
  },
  onExpand: (id) => void loader.expandMore(id),
  onPair: (a, b) => void loader.openPair(a, b),
});

const status = new StatusBar(() => statusCounts());
const loader = new ViewLoader({ store, graph, status, syncUrl, onDrawn: () => sidebar.renderInView(), onExpanded: () => detail.syncActions() });

const detail = new DetailPanel($('detail-body'), {
  openNode: (id, opts) => void loader.openNode(id, opts),
  openPair: (a, b) => void loader.openPair(a, b),
  expand: (id) => void loader.expandMore(id),
  centre: (id) => graph.centre([id]),
  findPaths: (a, b) => void loader.findPaths(a, b),
  depthOf: (id) => depthOf(store.get(), id),
  nodeData: (id) => graph.node(id),
});

/** Replays a view, then brings the lists and the detail panel up to date. */
async function restore(state) {
  const selected = await loader.restore(state);
  if (selected === null) return;
  sidebar.renderInView();
  void detail.show(selected);
  detail.syncActions();
}

const sidebar = new Sidebar({ store, graph, loader, status, syncUrl, restore, onCleared: () => void detail.show([]) });

const timeline = new TimelineView($('timeline'), store, {
  openDetail: (id) => void detail.show([id]),
  changed: () => syncUrl(),
  selected: () => store.get().selected,
});
setupIdeLink($('open-ide'), () => store.get().selected);

/** The status line: what is drawn, what the filters hide, and what the API's limits left out. */
function statusCounts() {
  const nodes = graph.nodes();
  if (!nodes.length) return '';
  const hidden = nodes.filter((n) => n.hidden).length;
  const plural = (kind) => (KINDS.find((k) => k.kind === kind)?.plural ?? kind).toLowerCase();
  const left = [...loader.omittedByKind()].map(([kind, count]) => `${count} ${plural(kind)}`);
  return `${nodes.length} nodes, ${graph.cy.edges().length} edges${hidden ? ` · ${hidden} hidden by filters` : ''}${left.length ? ` · not drawn (limits): ${left.join(', ')}` : ''}`;
}

function start() {
  setupSearch({
    input: $('search-input'),
    listbox: $('search-results'),
    announce: (message) => status.announce(message),
    onChoose: (hit) =>
      void status.busy(`Opening ${hit.label}…`, async () => {
        await loader.openHit(hit.openId, { add: $('add-to-view').checked });
        status.announce(`Opened ${hit.label}.`);
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
  window.addEventListener('popstate', () => {
    const state = parseState(location.search);
    void restore(state);
    void timeline.restore(state.timeline);
  });
  void detail.show([]);
  const state = parseState(location.search);
  // A bare link only sets its filters; anything drawn is replayed.
  const opening = state.expanded.length || state.paths.length || state.selected.length ? restore(state) : (store.set(filtersOf(state)), Promise.resolve());
  void timeline.restore(state.timeline);
  return opening.finally(() => {
    if (status.idle) document.body.dataset.busy = 'false';
  });
}

const filtersOf = ({ hiddenKinds, from, to, hideUndated, showRetracted }) => ({ hiddenKinds, from, to, hideUndated, showRetracted });

/** For tests and the curious: the Cytoscape instance, the store and the current view. */
window.claimGraphExplorer = { graph, cy: graph.cy, store, state: () => store.get(), timeline, ready: start() };
