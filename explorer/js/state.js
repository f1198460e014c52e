// The view as a URL, so a fact-checker can send a link that reopens it:
//   ?exp=org-ennhri~2&exp=claim-x&sel=claim-x&path=a~b~4&hide=EVENT&from=2023-01-01&to=2023-12-31&undated=hide&retracted=show
// exp: expanded nodes in the order they were expanded (~depth when deeper than 1);
// sel: selected nodes; path: a path search (from~to~maxHops); the rest are filters.

export const MAX_DEPTH = 3;

/** A fresh, empty view. */
export function emptyState() {
  return { expanded: [], selected: [], paths: [], hiddenKinds: [], from: '', to: '', hideUndated: false, showRetracted: false };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  state.from = DATE.test(p.get('from') ?? '') ? p.get('from') : '';
  state.to = DATE.test(p.get('to') ?? '') ? p.get('to') : '';
  state.hideUndated = p.get('undated') === 'hide';
  state.showRetracted = p.get('retracted') === 'show';
  return state;
}

export function clampHops(n) {
  return Math.max(1, Math.min(6, Math.round(n)));
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
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * The period a partial date covers, as [first day, last day] in YYYY-MM-DD
 * ("2023" covers the whole year), or null when there is no date.
 */
export function periodOf(partial) {
  if (typeof partial !== 'string' || !partial) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(partial);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo) {
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return [`${y}-${mo}-01`, `${y}-${mo}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Whether a node's date overlaps the range [from, to] (either end may be empty). */
export function dateInRange(partial, from, to, hideUndated) {
  const period = periodOf(partial);
  if (!period) return !hideUndated;
  if (from && period[1] < from) return false;
  if (to && period[0] > to) return false;
  return true;
}
