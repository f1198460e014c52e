// The timeline view: events, attributions and source publications about one actor,
// organisation, event or claim on a time axis (vis-timeline, served from node_modules).
// A partial date is drawn as the range it covers ("2023" spans the year); items are
// coloured by kind, and by side when their claim is one side of a dispute. What it shows
// (node, filters, visible range) is the store's `timeline`, so a link reopens it.

import * as api from './api.js';
import { periodOf } from './dates.js';
import { el } from './dom.js';
import { emptyTimeline } from './state.js';

const KIND_LABELS = [
  { kind: 'EVENT', label: 'Events' },
  { kind: 'ATTRIBUTION', label: 'Statements' },
  { kind: 'SOURCE', label: 'Publications' },
];
const MODE_WORDS = { DIRECT_QUOTE: 'quoted', PARAPHRASE: 'paraphrased', REPORTED: 'reported' };

const short = (s, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const dayAfter = (d) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const isoDay = (t) => new Date(t).toISOString().slice(0, 10);

/** Timeline entries of a claim, built from its attributions, their sources and the events it is about. */
function claimEntries(claim) {
  const sides = new Map([[claim.id, 'claim'], ...claim.counterclaims.map((c) => [c.id, 'counterclaim'])]);
  const entries = [];
  for (const c of [claim, ...claim.counterclaims]) {
    for (const a of c.attributions) {
      if (a.saidAt) entries.push({ kind: 'ATTRIBUTION', date: a.saidAt, node: { ...a, claim: { id: c.id } }, label: a.quote });
      if (a.source.publishedAt) entries.push({ kind: 'SOURCE', date: a.source.publishedAt, node: a.source, label: `Published: ${a.source.title}` });
    }
  }
  for (const e of claim.about) if (e.__typename === 'Event' && e.date) entries.push({ kind: 'EVENT', date: e.date, node: e, label: e.name });
  return { entries, sides };
}

/** Which side of a dispute each disputed claim is on. */
function disputeSides(disputes) {
  const sides = new Map();
  for (const { node } of disputes.edges) {
    if (!sides.has(node.claim.id)) sides.set(node.claim.id, 'claim');
    if (!sides.has(node.counterclaim.id)) sides.set(node.counterclaim.id, 'counterclaim');
  }
  return sides;
}

/** Statements about the node with no date at all: listed beside the axis, never placed on it at a guessed date. */
function undatedStatements(claims) {
  return claims.edges.flatMap(({ node }) => node.attributions.filter((a) => !a.saidAt).map((a) => ({ kind: 'ATTRIBUTION', date: '', node: { ...a, claim: { id: node.id } }, label: a.quote })));
}

function itemContent(entry) {
  const n = entry.node;
  const text = entry.kind === 'ATTRIBUTION' ? `${n.speaker.name} (${MODE_WORDS[n.mode] ?? n.mode}): “${short(n.quote, 70)}”` : short(entry.label);
  return el('span', { 'data-node-id': n.id, 'data-kind': entry.kind, title: `${entry.date} · ${text}` }, text);
}

export class TimelineView {
  /** actions: openDetail(id), changed() after the state the URL records changed, selected() the graph's selection. */
  constructor(root, store, actions) {
    this.root = root;
    this.store = store;
    this.actions = actions;
    this.entries = [];
    this.sides = new Map();
    this.vis = null;
    this.undated = [];
    this.build();
  }

  /** What the timeline shows, as the store holds it. */
  get state() {
    return this.store.get().timeline;
  }

  #update(patch) {
    this.store.set({ timeline: { ...this.state, ...patch } });
  }

  build() {
    const kinds = KIND_LABELS.map(({ kind, label }) => {
      const box = el('input', { type: 'checkbox', id: `tl-kind-${kind}`, checked: true });
      box.addEventListener('change', () => this.setFilter({ hiddenKinds: KIND_LABELS.filter((k) => !document.getElementById(`tl-kind-${k.kind}`).checked).map((k) => k.kind) }));
      return el('span', { class: 'tl-check' }, box, el('label', { for: `tl-kind-${kind}` }, el('span', { class: `tl-swatch tl-kind-${kind.toLowerCase()}` }), label));
    });
    const date = (id, label, key) => {
      const input = el('input', { type: 'date', id });
      input.addEventListener('change', () => this.setFilter({ [key]: input.value }));
      return [el('label', { for: id }, label), input];
    };
    const close = el('button', { type: 'button', class: 'button', id: 'timeline-close' }, 'Close timeline');
    close.addEventListener('click', () => this.close());
    this.title = el('h2', { id: 'timeline-title', class: 'panel-title' }, 'Timeline');
    this.status = el('p', { id: 'timeline-status', class: 'small', 'aria-live': 'polite' });
    this.canvas = el('div', { id: 'timeline-canvas', class: 'timeline-canvas' });
    this.undatedList = el('ol', { id: 'timeline-undated', class: 'tl-undated', 'aria-label': 'Undated statements' });
    const legend = el('p', { class: 'small tl-legend' }, el('span', { class: 'tl-swatch tl-side-claim' }), 'a claim in a dispute ', el('span', { class: 'tl-swatch tl-side-counterclaim' }), 'its counterclaim · a year or a month is drawn as a range');
    this.root.replaceChildren(
      el('div', { class: 'timeline-head' }, this.title, el('fieldset', { class: 'tl-kinds' }, el('legend', { class: 'sr-only' }, 'Show on the timeline'), kinds), ...date('tl-from', 'From', 'from'), ...date('tl-to', 'To', 'to'), close),
      legend,
      this.canvas,
      this.status,
      this.undatedList,
    );
    document.getElementById('open-timeline')?.addEventListener('click', () => {
      const [id] = this.actions.selected();
      if (id) void this.open(id);
      else this.status.textContent = 'Select a person, organisation, event or claim first.';
    });
  }

  /** Opens the timeline of a node, optionally with a filter and window from a link. */
  async open(id, restored = null) {
    this.store.set({ timeline: restored ?? { ...emptyTimeline(), id } });
    this.root.hidden = false;
    document.body.dataset.timeline = 'loading';
    this.status.textContent = 'Loading the timeline…';
    try {
      const kind = id.startsWith('claim-') ? 'CLAIM' : null;
      const loaded = kind === 'CLAIM' ? await api.claimTimeline(id).then((c) => (c ? claimEntries(c) : null)) : null;
      this.undated = [];
      if (loaded) ({ entries: this.entries, sides: this.sides } = loaded);
      else {
        const data = await api.timeline(id);
        this.entries = data.timeline;
        this.sides = disputeSides(data.disputes);
        this.undated = undatedStatements(data.claims);
      }
      this.title.textContent = `Timeline: ${id}`;
      this.syncControls();
      this.draw();
    } catch (e) {
      this.entries = [];
      this.status.textContent = `Could not load the timeline: ${e.message}`;
    } finally {
      document.body.dataset.timeline = 'ready';
      this.actions.changed();
    }
  }

  close() {
    this.root.hidden = true;
    this.vis?.destroy();
    this.vis = null;
    this.store.set({ timeline: emptyTimeline() });
    this.actions.changed();
  }

  /** Reopens the timeline a shared view describes (or closes it). */
  restore(t) {
    if (!t.id) return this.state.id ? this.close() : undefined;
    return this.open(t.id, t);
  }

  setFilter(patch) {
    this.#update(patch);
    this.draw();
    this.actions.changed();
  }

  syncControls() {
    for (const { kind } of KIND_LABELS) document.getElementById(`tl-kind-${kind}`).checked = !this.state.hiddenKinds.includes(kind);
    document.getElementById('tl-from').value = this.state.from;
    document.getElementById('tl-to').value = this.state.to;
  }

  /** The entries the filters let through, as vis-timeline items (ranges for partial dates). */
  items() {
    const { from, to, hiddenKinds } = this.state;
    const out = [];
    for (const [i, e] of this.entries.entries()) {
      const period = periodOf(e.date);
      if (!period || hiddenKinds.includes(e.kind)) continue;
      if ((from && period[1] < from) || (to && period[0] > to)) continue;
      const side = e.kind === 'ATTRIBUTION' ? this.sides.get(e.node.claim?.id) : null;
      const range = period[0] !== period[1];
      out.push({
        id: `${i}:${e.kind}:${e.node.id}`,
        nodeId: e.node.id,
        kind: e.kind,
        date: e.date,
        side: side ?? null,
        content: itemContent(e),
        start: period[0],
        ...(range ? { end: dayAfter(period[1]), type: 'range' } : { type: 'box' }),
        className: `tl-kind-${e.kind.toLowerCase()}${side ? ` tl-side-${side}` : ''}`,
      });
    }
    return out;
  }

  /** Undated statements, in the API's order, each opening its details. */
  drawUndated() {
    const shown = this.state.hiddenKinds.includes('ATTRIBUTION') ? [] : this.undated;
    this.undatedList.replaceChildren(
      ...shown.map((e) => {
        const b = el('button', { type: 'button', class: `link-button tl-side-${this.sides.get(e.node.claim.id) ?? 'none'}` }, itemContent(e));
        b.addEventListener('click', () => this.actions.openDetail(e.node.id));
        return el('li', {}, b);
      }),
    );
    this.undatedList.hidden = !shown.length;
    if (shown.length) this.undatedList.prepend(el('li', { class: 'small tl-undated-title' }, `Undated statements (${shown.length}), not on the axis:`));
  }

  draw() {
    const items = this.items();
    this.vis?.destroy();
    this.vis = new window.vis.Timeline(this.canvas, items, { stack: true, orientation: 'top', height: '100%', zoomMin: 86_400_000 * 7, showTooltips: false, selectable: true, margin: { item: 6 } });
    this.vis.on('select', ({ items: ids }) => {
      const item = items.find((x) => x.id === ids[0]);
      if (item) this.actions.openDetail(item.nodeId);
    });
    if (this.state.window) this.vis.setWindow(this.state.window[0], this.state.window[1], { animation: false });
    this.vis.on('rangechanged', ({ start, end, byUser }) => {
      if (!byUser) return;
      this.#update({ window: [isoDay(start), isoDay(end)] });
      this.actions.changed();
    });
    this.drawUndated();
    const hidden = this.entries.length - items.length;
    this.status.textContent = `${items.length} item${items.length === 1 ? '' : 's'} on the timeline${hidden ? ` · ${hidden} hidden by the filters` : ''}. Click one for its details.`;
    if (!this.entries.length) this.status.textContent = 'Nothing dated about this node.';
  }
}
