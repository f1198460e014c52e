// The detail panel: what the selected node is, who said it, where, and how we know.
// This file owns the panel's lifecycle (one selection at a time, late answers dropped)
// and the pieces every renderer shares (node links, the header); one renderer per kind
// lives in detail-<kind>.js, and two selected nodes get the pair view (detail-pair.js).

import * as api from './api.js';
import { actorDetail } from './detail-actor.js';
import { attributionDetail, claimDetail } from './detail-claim.js';
import { pairDetail } from './detail-pair.js';
import { muted, notFound } from './detail-parts.js';
import { eventDetail, sourceDetail } from './detail-source.js';
import { el } from './dom.js';
import { KIND_BY_NAME, KIND_OF_TYPENAME, kindIcon } from './grammar.js';
import { MAX_DEPTH, emptyState, formatState } from './state.js';

const RENDERERS = {
  CLAIM: claimDetail,
  PERSON: actorDetail,
  ORGANISATION: actorDetail,
  SOURCE: sourceDetail,
  EVENT: eventDetail,
  ATTRIBUTION: attributionDetail,
};

export class DetailPanel {
  /**
   * @param {HTMLElement} root
   * @param {{ openNode(id: string, opts?: { add?: boolean }): void, openPair(a: string, b: string): void,
   *           expand(id: string): void, centre(id: string): void, findPaths(a: string, b: string): void,
   *           depthOf(id: string): number, nodeData(id: string): object|null }} actions
   */
  constructor(root, actions) {
    this.root = root;
    this.actions = actions;
    this.key = null;
    this.token = 0;
  }

  /**
   * A link to a node. Its href opens the node on its own (Ctrl/Cmd-click: a new tab);
   * a plain click opens it here, and Shift-click adds it to the selection.
   */
  nodeLink(id, text, kind, cls = '') {
    const href = formatState({ ...emptyState(), expanded: [{ id, depth: 1 }], selected: [id] });
    const link = el('a', { href, class: `node-link ${cls}`.trim(), 'data-node-id': id }, kind ? kindIcon(kind, 14) : null, el('span', {}, text));
    link.addEventListener('click', (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.button !== 0) return;
      e.preventDefault();
      this.actions.openNode(id, { add: e.shiftKey });
    });
    return link;
  }

  header(kind, title, meta, id) {
    const k = KIND_BY_NAME[kind];
    const actions = el('div', { class: 'detail-actions' });
    if (id) {
      const expand = el('button', { type: 'button', class: 'button', 'data-action': 'expand', 'data-expand-id': id });
      this.#labelExpand(expand);
      expand.addEventListener('click', () => this.actions.expand(id));
      const centre = el('button', { type: 'button', class: 'button', 'data-action': 'centre' }, 'Centre in graph');
      centre.addEventListener('click', () => this.actions.centre(id));
      actions.append(expand, centre);
    }
    return el(
      'header',
      { class: 'detail-header' },
      el('p', { class: 'kind-line' }, kindIcon(kind, 16), el('span', {}, k ? k.singular : kind), meta),
      el('h2', { id: 'detail-title', tabindex: '-1' }, title),
      actions,
    );
  }

  #labelExpand(button) {
    const depth = this.actions.depthOf(button.dataset.expandId);
    button.textContent = depth >= MAX_DEPTH ? 'Fully expanded' : depth ? `Expand to depth ${depth + 1}` : 'Expand neighbourhood';
    button.disabled = depth >= MAX_DEPTH;
  }

  /** Brings the Expand buttons up to date after an expansion. */
  syncActions() {
    for (const b of this.root.querySelectorAll('button[data-expand-id]')) this.#labelExpand(b);
  }

  /** Shows the selection; a repeated call for the same selection does nothing. */
  async show(ids) {
    const key = ids.join(' ');
    if (key === this.key) return;
    this.key = key;
    const token = ++this.token;
    if (ids.length === 0) return this.#render(token, help());
    this.root.setAttribute('aria-busy', 'true');
    this.root.replaceChildren(el('p', { class: 'muted loading' }, 'Loading…'));
    try {
      const content = ids.length === 1 ? await this.#single(ids[0]) : ids.length === 2 ? await pairDetail(this, ids[0], ids[1]) : this.#many(ids);
      this.#render(token, content);
    } catch (e) {
      this.#render(token, el('div', { class: 'error', role: 'alert' }, `Could not load the details: ${e.message}`));
    }
  }

  /** Re-renders the current selection (after an expansion changes what the buttons say). */
  refresh() {
    const ids = this.key ? this.key.split(' ') : [];
    this.key = null;
    return this.show(ids);
  }

  /** Only the answer for the latest selection is shown; an earlier, slower one is dropped. */
  #render(token, content) {
    if (token !== this.token) return;
    this.root.removeAttribute('aria-busy');
    this.root.replaceChildren(content);
    this.root.scrollTop = 0;
  }

  async #single(id) {
    const kind = this.actions.nodeData(id)?.kind ?? (await kindById(id));
    const render = Object.hasOwn(RENDERERS, kind) ? RENDERERS[kind] : null;
    return render ? render(this, id) : notFound(`Unknown node ${id}.`);
  }

  #many(ids) {
    const data = (id) => this.actions.nodeData(id);
    return el(
      'div',
      {},
      el('header', { class: 'detail-header' }, el('h2', { id: 'detail-title' }, `${ids.length} nodes selected`)),
      muted('Select exactly two nodes to compare them or to find the paths between them.'),
      el('ul', { class: 'plain-list' }, ids.map((id) => el('li', {}, this.nodeLink(id, data(id)?.label ?? id, data(id)?.kind)))),
    );
  }
}

function help() {
  return el(
    'div',
    { class: 'detail-help' },
    el('h2', { id: 'detail-title' }, 'Explore who said what, where and when'),
    el('p', {}, 'Search for a person, an organisation, a claim, a source or an event. Choosing a result draws it with its neighbourhood.'),
    el(
      'ul',
      {},
      el('li', {}, el('strong', {}, 'Click'), ' a node to see its details here.'),
      el('li', {}, el('strong', {}, 'Double-click'), ' a node to expand its neighbourhood (again to go deeper).'),
      el('li', {}, el('strong', {}, 'Shift-click'), ' a second node to compare the two or find the paths between them.'),
      el('li', {}, 'Click a red ', el('em', {}, 'contradicts'), ' or green ', el('em', {}, 'supports'), ' edge to compare the two claims.'),
      el('li', {}, el('strong', {}, 'Copy link'), ' shares this exact view.'),
    ),
    el('p', { class: 'muted' }, 'Keyboard: the search box lists results with the arrow keys and Enter; the “In view” list in the sidebar reaches every node drawn.'),
  );
}

/** The kind of a node not drawn yet (e.g. opened from a link), from Query.node. */
async function kindById(id) {
  const data = await api.gql('query ExplorerKind($id: ID!) { node(id: $id) { __typename } }', { id });
  return data.node ? KIND_OF_TYPENAME[data.node.__typename] : null;
}
