// The explorer's one state store: the view (what is expanded and selected, path searches,
// filters, the timeline), who listens to it, and the view as a URL, so a fact-checker can
// send a link that reopens it:
//   ?exp=org-ennhri~2&exp=claim-x&sel=claim-x&path=a~b~4&hide=EVENT&from=2023-01-01&to=2023-12-31
//    &undated=hide&retracted=show&tl=org-ennhri&tlwin=2023-01-01~2023-12-31&tlfrom=…&tlto=…&tlhide=SOURCE
// exp: expanded nodes in the order they were expanded (~depth when deeper than 1);
// sel: selected nodes; path: a path search (from~to~maxHops); tl…: the timeline; the rest are filters.
// The state is frozen: it changes only through `set`, so no module can change it behind the others' backs.

export const MAX_DEPTH = 3;
export const TIMELINE_KINDS = ['EVENT', 'ATTRIBUTION', 'SOURCE'];

/** A closed timeline. */
export function emptyTimeline() {
  return { id: '', window: null, from: '', to: '', hiddenKinds: [] };
}

/** A fresh, empty view. */
export function emptyState() {
  return { expanded: [], selected: [], paths: [], hiddenKinds: [], from: '', to: '', hideUndated: false, showRetracted: false, timeline: emptyTimeline() };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (v) => (DATE.test(v ?? '') ? v : '');

export function clampHops(n) {
  return Math.max(1, Math.min(6, Math.round(n)));
}

/** Reads a view from a query string; anything malformed is dropped, never trusted. */
export function parseState(search) {
  const p = new URLSearchParams(search);
  const state = emptyState();
  const seen = new Set();
  for (const raw of p.getAll('exp')) {
    const m = /^(.+?)(?:~([1-9]))?$/.exec(raw);
    if (!m || seen.has(m[1])) continue;
    seen.add(m[1]);
    state.expanded.push({ id: m[1], depth: Math.min(Number(m[2] ?? 1), MAX_DEPTH) });
  }
  state.selected = [...new Set(p.getAll('sel').filter(Boolean))];
  for (const raw of p.getAll('path')) {
    const [from, to, hops] = raw.split('~');
    if (from && to) state.paths.push({ from, to, maxHops: clampHops(Number(hops) || 4) });
  }
  state.hiddenKinds = (p.get('hide') ?? '').split(',').filter((k) => /^[A-Z]+$/.test(k));
  state.from = date(p.get('from'));
  state.to = date(p.get('to'));
  state.hideUndated = p.get('undated') === 'hide';
  state.showRetracted = p.get('retracted') === 'show';
  state.timeline = parseTimeline(p);
  return state;
}

function parseTimeline(p) {
  const [wa, wb] = (p.get('tlwin') ?? '').split('~');
  return {
    id: p.get('tl') ?? '',
    window: DATE.test(wa ?? '') && DATE.test(wb ?? '') && wa < wb ? [wa, wb] : null,
    from: date(p.get('tlfrom')),
    to: date(p.get('tlto')),
    hiddenKinds: (p.get('tlhide') ?? '').split(',').filter((k) => TIMELINE_KINDS.includes(k)),
  };
}

/** Writes a view as a query string (ids percent-encoded; `~` is left readable). */
export function formatState(state) {
  const parts = [];
  const add = (key, value) => parts.push(`${key}=${encodeURIComponent(value)}`);
  for (const e of state.expanded) add('exp', e.depth > 1 ? `${e.id}~${e.depth}` : e.id);
  for (const id of state.selected) add('sel', id);
  for (const p of state.paths) add('path', `${p.from}~${p.to}~${p.maxHops}`);
  if (state.hiddenKinds.length) add('hide', state.hiddenKinds.join(','));
  if (state.from) add('from', state.from);
  if (state.to) add('to', state.to);
  if (state.hideUndated) add('undated', 'hide');
  if (state.showRetracted) add('retracted', 'show');
  const t = state.timeline ?? emptyTimeline();
  if (t.id) {
    add('tl', t.id);
    if (t.window) parts.push(`tlwin=${t.window[0]}~${t.window[1]}`);
    if (t.from) parts.push(`tlfrom=${t.from}`);
    if (t.to) parts.push(`tlto=${t.to}`);
    if (t.hiddenKinds.length) parts.push(`tlhide=${t.hiddenKinds.join(',')}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Records the view in the address bar (a new history entry when `push`); nothing when it is already there. */
export function writeUrl(state, { push = false } = {}, win = globalThis.window) {
  const qs = formatState(state);
  if (qs === win.location.search) return;
  win.history[push ? 'pushState' : 'replaceState'](null, '', `${win.location.pathname}${qs}`);
}

/** How deep a node is expanded (0: not expanded). */
export function depthOf(state, id) {
  return state.expanded.find((e) => e.id === id)?.depth ?? 0;
}

/** The expansions with `id` at least `depth` deep; a node keeps its place in the order it was first expanded. */
export function withExpansion(expanded, id, depth) {
  if (!expanded.some((e) => e.id === id)) return [...expanded, { id, depth }];
  return expanded.map((e) => (e.id === id ? { id, depth: Math.max(depth, e.depth) } : e));
}

/** Whether a field differs between two states (by value: states are small and plain). */
export function changed(a, b, key) {
  return JSON.stringify(a[key]) !== JSON.stringify(b[key]);
}

/** A frozen deep copy of plain data, so nobody holds a reference into the state they could change. */
function frozenCopy(value) {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy));
  if (value && typeof value === 'object') return Object.freeze(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, frozenCopy(v)])));
  return value;
}

/**
 * The store. `set(patch)` replaces the fields it names; when something changed, every
 * listener hears `(state, previous)` at once, in the order they subscribed.
 */
export function createStore(initial = emptyState()) {
  let state = frozenCopy({ ...emptyState(), ...initial });
  const listeners = new Set();
  return {
    get: () => state,
    set(patch) {
      const next = frozenCopy({ ...state, ...patch });
      if (!Object.keys(patch).some((key) => changed(state, next, key))) return state;
      const previous = state;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
      return state;
    },
    /** Calls `listener(state, previous)` after every change; returns the function that stops it. */
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
