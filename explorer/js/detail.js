// The detail panel: what the selected node is, who said it, where, and how we know.
// One renderer per kind; two selected nodes get the pair view (a claim and its
// counterclaim side by side, or a path search between any two nodes).

import * as api from './api.js';
import { el, externalLink } from './dom.js';
import { KIND_BY_NAME, KIND_OF_TYPENAME, MODE_WORDS, kindIcon } from './grammar.js';
import { highlightAll, quoteInContext } from './highlight.js';
import { MAX_DEPTH, emptyState, formatState } from './state.js';
import { insightsFor } from './insights.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A partial date in words at its own precision: "11 April 2023", "April 2023", "2023". */
export function formatDate(partial) {
  if (!partial) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(partial);
  if (!m) return partial;
  const [, y, mo, d] = m;
  if (d) return `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
  if (mo) return `${MONTHS[Number(mo) - 1]} ${y}`;
  return y;
}

function period(from, to) {
  if (!from && !to) return '';
  return ` (${from ? formatDate(from) : '…'} – ${to ? formatDate(to) : 'present'})`;
}

const section = (title, ...content) => el('section', { class: 'detail-section' }, el('h3', {}, title), ...content);
const badge = (text, cls = '') => el('span', { class: `badge ${cls}` }, text);
const muted = (text) => el('p', { class: 'muted' }, text);

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
    if (ids.length === 0) return this.#render(token, this.help());
    this.root.setAttribute('aria-busy', 'true');
    this.root.replaceChildren(el('p', { class: 'muted loading' }, 'Loading…'));
    try {
      const content = ids.length === 1 ? await this.single(ids[0]) : ids.length === 2 ? await this.pair(ids[0], ids[1]) : this.many(ids);
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

  #render(token, content) {
    if (token !== this.token) return;
    this.root.removeAttribute('aria-busy');
    this.root.replaceChildren(content);
    this.root.scrollTop = 0;
  }

  help() {
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

  async single(id) {
    const kind = this.actions.nodeData(id)?.kind ?? (await kindById(id));
    switch (kind) {
      case 'CLAIM':
        return this.claim(id);
      case 'PERSON':
      case 'ORGANISATION':
        return this.actor(id);
      case 'SOURCE':
        return this.source(id);
      case 'EVENT':
        return this.event(id);
      case 'ATTRIBUTION':
        return this.attribution(id);
      default:
        return el('p', { class: 'error', role: 'alert' }, `Unknown node ${id}.`);
    }
  }

  many(ids) {
    return el(
      'div',
      {},
      el('header', { class: 'detail-header' }, el('h2', { id: 'detail-title' }, `${ids.length} nodes selected`)),
      muted('Select exactly two nodes to compare them or to find the paths between them.'),
      el('ul', { class: 'plain-list' }, ids.map((id) => el('li', {}, this.nodeLink(id, this.actions.nodeData(id)?.label ?? id, this.actions.nodeData(id)?.kind)))),
    );
  }

  // ---- claims -------------------------------------------------------------------------

  attributionCard(a, { showClaim = false, context = 180 } = {}) {
    const said = [this.nodeLink(a.speaker.id, a.speaker.name, null, 'speaker'), badge(MODE_WORDS[a.mode] ?? a.mode, 'mode')];
    if (a.saidAt) said.push(el('span', { class: 'date' }, formatDate(a.saidAt)));
    if (a.status === 'RETRACTED') said.push(badge('retracted', 'retracted'));
    const sourceLine = el('p', { class: 'source-line' }, 'in ', this.nodeLink(a.source.id, a.source.title, 'SOURCE'));
    const link = externalLink(a.source.url, 'original ↗');
    if (link) sourceLine.append(' · ', link);
    if (a.via?.length) sourceLine.append(el('span', { class: 'via' }, ' · via ', a.via.map((s, i) => [i ? ', ' : '', this.nodeLink(s.id, s.title, 'SOURCE')])));
    return el(
      'article',
      { class: 'attribution', 'data-attribution-id': a.id },
      el('p', { class: 'said-line' }, ...said),
      a.onBehalfOf ? el('p', { class: 'muted small' }, 'on behalf of ', this.nodeLink(a.onBehalfOf.id, a.onBehalfOf.name, 'ORGANISATION')) : null,
      sourceLine,
      quoteInContext(a, a.source.text, context),
      showClaim && a.claim ? el('p', { class: 'small' }, 'Claim: ', this.nodeLink(a.claim.id, a.claim.text, 'CLAIM')) : null,
    );
  }

  async claim(id) {
    const { claim, provenance } = await api.claimDetail(id);
    if (!claim) return el('p', { class: 'error', role: 'alert' }, `No claim ${id}.`);
    const meta = claim.status !== 'ACTIVE' ? badge(claim.status.toLowerCase(), 'retracted') : null;
    return el(
      'div',
      { 'data-detail-kind': 'CLAIM', 'data-node-id': id },
      this.header('CLAIM', claim.text, meta, id),
      claim.statusReason ? muted(`Reason: ${claim.statusReason}`) : null,
      claim.about.length
        ? el('p', { class: 'about-line' }, 'About ', claim.about.map((n) => this.nodeLink(n.id, n.name ?? n.id, KIND_OF_TYPENAME[n.__typename])))
        : null,
      section(`Attributions (${claim.attributions.length})`, claim.attributions.map((a) => this.attributionCard(a))),
      this.reviews(claim),
      this.counterclaims(claim),
      this.supportLists(claim),
      this.provenance(provenance),
      insightsFor('CLAIM', id, this),
    );
  }

  /** Fact-checkers' verdicts, each with a link to its page and to its ClaimReview JSON-LD. */
  reviews(claim) {
    const reviews = claim.reviews ?? [];
    if (!reviews.length) return section('Reviews', muted('No fact-check review is recorded.'));
    const scale = (r) => (r.ratingValue != null ? ` ${r.ratingValue} on a scale from ${r.worstRating} to ${r.bestRating}` : '');
    const items = reviews.map((r) =>
      el(
        'li',
        { class: 'review', 'data-review-id': r.id },
        badge(r.ratingLabel, 'rating'),
        scale(r),
        r.reviewer ? [' by ', this.nodeLink(r.reviewer.id, r.reviewer.name, 'ORGANISATION')] : null,
        r.publishedAt ? `, ${formatDate(r.publishedAt)}` : null,
        r.rationale ? el('p', { class: 'review-rationale' }, r.rationale) : null,
        el('p', {}, externalLink(r.url, 'Read the review'), ' · ', el('a', { href: new URL(`../claimreview/${encodeURIComponent(r.id)}`, document.baseURI).href }, 'ClaimReview JSON-LD')),
      ),
    );
    return section(`Reviews (${reviews.length})`, el('ul', { class: 'plain-list reviews' }, items));
  }

  counterclaims(claim) {
    if (!claim.counterclaims.length) return section('Counterclaims', muted('No counterclaim is recorded.'));
    const cards = claim.counterclaims.map((cc) => {
      const rel = claim.relations.find((r) => r.kind === 'CONTRADICTS' && [r.from.id, r.to.id].includes(cc.id));
      const compare = el('button', { type: 'button', class: 'button primary', 'data-action': 'open-pair', 'data-pair-id': cc.id }, 'Compare side by side');
      compare.addEventListener('click', () => this.actions.openPair(claim.id, cc.id));
      return el(
        'article',
        { class: 'counterclaim', 'data-claim-id': cc.id },
        el('p', { class: 'counterclaim-text' }, this.nodeLink(cc.id, cc.text, 'CLAIM')),
        rel ? el('p', { class: 'basis' }, el('strong', {}, 'Why they conflict: '), rel.basis) : null,
        cc.attributions.map((a) => this.attributionCard(a)),
        compare,
      );
    });
    return section(`Counterclaims (${claim.counterclaims.length})`, cards);
  }

  supportLists(claim) {
    const list = (claims) => el('ul', { class: 'plain-list' }, claims.map((c) => el('li', {}, this.nodeLink(c.id, c.text, 'CLAIM'))));
    return [
      claim.supportedBy.length ? section(`Supported by (${claim.supportedBy.length})`, list(claim.supportedBy)) : null,
      claim.supports.length ? section(`Supports (${claim.supports.length})`, list(claim.supports)) : null,
    ];
  }

  provenance(provenance) {
    const entries = provenance?.entries ?? [];
    if (!entries.length) return null;
    const items = entries.map((entry) => {
      const chains = entry.chains.map((chain) =>
        el(
          'ol',
          { class: 'chain', 'aria-label': 'Reporting chain, from the source read to its origin' },
          chain.map((s, i) => el('li', {}, this.nodeLink(s.id, s.title, 'SOURCE'), i === chain.length - 1 && chain.length > 1 ? badge('origin', 'origin') : null)),
        ),
      );
      return el(
        'li',
        { class: 'provenance-entry' },
        el('p', { class: 'small' }, `${entry.attribution.speaker?.name ?? 'Someone'}, read in `, this.nodeLink(entry.source.id, entry.source.title, 'SOURCE')),
        entry.chains.some((c) => c.length > 1) ? chains : muted('No earlier source is recorded: this source is the origin.'),
      );
    });
    return section('Provenance', el('ol', { class: 'provenance' }, items));
  }

  // ---- pairs --------------------------------------------------------------------------

  async pair(a, b) {
    const [da, db] = [this.actions.nodeData(a), this.actions.nodeData(b)];
    if (da?.kind === 'CLAIM' && db?.kind === 'CLAIM') return this.claimPair(a, b);
    return el(
      'div',
      { 'data-detail-kind': 'PAIR' },
      el('header', { class: 'detail-header' }, el('h2', { id: 'detail-title' }, 'Two nodes selected')),
      el('ul', { class: 'plain-list' }, [a, b].map((id) => el('li', {}, this.nodeLink(id, this.actions.nodeData(id)?.label ?? id, this.actions.nodeData(id)?.kind)))),
      this.pathButton(a, b),
    );
  }

  pathButton(a, b) {
    const button = el('button', { type: 'button', class: 'button primary', 'data-action': 'find-paths' }, 'Find paths between them');
    button.addEventListener('click', () => this.actions.findPaths(a, b));
    return button;
  }

  async claimPair(a, b) {
    const [ra, rb] = await Promise.all([api.claimDetail(a), api.claimDetail(b)]);
    const [ca, cb] = [ra.claim, rb.claim];
    const rel = ca.relations.find((r) => [r.from.id, r.to.id].includes(b) && [r.from.id, r.to.id].includes(a));
    const relLine = rel
      ? el('p', { class: `relation ${rel.kind.toLowerCase()}` }, badge(rel.kind === 'CONTRADICTS' ? 'contradicts' : 'supports', rel.kind.toLowerCase()), ' ', rel.basis)
      : muted('These two claims are not directly linked.');
    const side = (c, label) =>
      el(
        'section',
        { class: 'pair-side', 'data-claim-id': c.id },
        el('h3', {}, label),
        el('p', { class: 'pair-claim' }, this.nodeLink(c.id, c.text, 'CLAIM')),
        c.attributions.map((x) => this.attributionCard(x, { context: 80 })),
      );
    const [first, second] = rel && rel.from.id === b ? [cb, ca] : [ca, cb];
    return el(
      'div',
      { 'data-detail-kind': 'CLAIM_PAIR' },
      el('header', { class: 'detail-header' }, el('p', { class: 'kind-line' }, kindIcon('CLAIM', 16), el('span', {}, rel?.kind === 'CONTRADICTS' ? 'Claim and counterclaim' : 'Two claims')), el('h2', { id: 'detail-title' }, 'Side by side')),
      relLine,
      el('div', { class: 'pair' }, side(first, 'Claim'), side(second, rel?.kind === 'CONTRADICTS' ? 'Counterclaim' : 'Other claim')),
      this.pathButton(a, b),
    );
  }

  // ---- actors, sources, events, attributions ------------------------------------------

  async actor(id) {
    const actor = await api.actorDetail(id);
    if (!actor) return el('p', { class: 'error', role: 'alert' }, `No actor ${id}.`);
    const kind = actor.__typename === 'Person' ? 'PERSON' : 'ORGANISATION';
    const meta = kind === 'ORGANISATION' ? el('span', { class: 'muted' }, ` · ${[actor.kind?.toLowerCase(), actor.country].filter(Boolean).join(' · ')}`) : null;
    const wikidata = actor.wikidataId ? externalLink(`https://www.wikidata.org/wiki/${encodeURIComponent(actor.wikidataId)}`, `Wikidata ${actor.wikidataId} ↗`) : null;
    const aliases = actor.aliases.filter((a) => a !== actor.name);
    return el(
      'div',
      { 'data-detail-kind': kind, 'data-node-id': id },
      this.header(kind, actor.name, meta, id),
      actor.description ? el('p', { class: 'description' }, actor.description) : null,
      wikidata ? el('p', { class: 'small' }, wikidata) : null,
      section('Also known as', aliases.length ? el('ul', { class: 'chips' }, aliases.map((a) => el('li', { class: 'chip' }, a))) : muted('No other spelling recorded.')),
      kind === 'PERSON' ? this.positions(actor) : this.organisationLinks(actor),
      this.statements(actor),
      this.mentions(actor),
      insightsFor(kind, id, this),
    );
  }

  positions(person) {
    if (!person.positions?.length) return section('Positions', muted('No position recorded.'));
    return section(
      'Positions',
      el('ul', { class: 'plain-list' }, person.positions.map((p) => el('li', {}, `${p.title}, `, this.nodeLink(p.organisation.id, p.organisation.name, 'ORGANISATION'), period(p.from, p.to)))),
    );
  }

  organisationLinks(org) {
    const list = (items, render) => el('ul', { class: 'plain-list' }, items.map((x) => el('li', {}, ...render(x))));
    return [
      org.acronym ? el('p', { class: 'small' }, 'Acronym: ', el('strong', {}, org.acronym)) : null,
      org.positionHolders?.length ? section('Positions held here', list(org.positionHolders, (p) => [this.nodeLink(p.person.id, p.person.name, 'PERSON'), `, ${p.title}${period(p.from, p.to)}`])) : null,
      org.memberships?.length ? section('Member of', list(org.memberships, (m) => [this.nodeLink(m.organisation.id, m.organisation.name, 'ORGANISATION'), period(m.from, m.to)])) : null,
      org.members?.length ? section('Members', list(org.members, (m) => [this.nodeLink(m.member.id, m.member.name, 'ORGANISATION'), period(m.from, m.to)])) : null,
    ];
  }

  statements(actor) {
    const edges = actor.statements.edges;
    if (!edges.length) return section('Statements', muted('No statement recorded.'));
    const items = edges.map(({ node: s }) =>
      el(
        'li',
        { class: 'statement', 'data-attribution-id': s.id },
        el('p', { class: 'said-line' }, badge(MODE_WORDS[s.mode] ?? s.mode, 'mode'), s.saidAt ? el('span', { class: 'date' }, formatDate(s.saidAt)) : null, ' in ', this.nodeLink(s.source.id, s.source.title, 'SOURCE')),
        el('blockquote', { class: 'excerpt short' }, `“${s.quote}”`),
        el('p', { class: 'small' }, 'Claim: ', this.nodeLink(s.claim.id, s.claim.text, 'CLAIM')),
      ),
    );
    const more = actor.statements.pageInfo.hasNextPage ? muted('Only the first 20 statements are shown.') : null;
    return section(`Statements (${edges.length}${actor.statements.pageInfo.hasNextPage ? '+' : ''})`, el('ul', { class: 'plain-list statements' }, items), more);
  }

  mentions(actor) {
    const seen = new Map();
    for (const m of actor.mentionedIn ?? []) {
      const key = `${m.surface}|${m.source.id}`;
      seen.set(key, { ...m, count: (seen.get(key)?.count ?? 0) + 1 });
    }
    if (!seen.size) return null;
    return section(
      'Spelled in sources as',
      el('ul', { class: 'plain-list' }, [...seen.values()].map((m) => el('li', {}, el('strong', {}, `“${m.surface}”`), m.count > 1 ? ` ×${m.count}` : '', ' in ', this.nodeLink(m.source.id, m.source.title, 'SOURCE')))),
    );
  }

  async source(id) {
    const [source, attributions] = await Promise.all([api.sourceDetail(id), api.sourceAttributions(id)]);
    if (!source) return el('p', { class: 'error', role: 'alert' }, `No source ${id}.`);
    const meta = source.publishedAt ? el('span', { class: 'muted' }, ` · published ${formatDate(source.publishedAt)}`) : null;
    const facts = el(
      'dl',
      { class: 'facts' },
      source.publisher ? [el('dt', {}, 'Publisher'), el('dd', {}, this.nodeLink(source.publisher.id, source.publisher.name, 'ORGANISATION'))] : null,
      source.authors.length ? [el('dt', {}, 'Authors'), el('dd', {}, source.authors.map((p) => this.nodeLink(p.id, p.name, 'PERSON')))] : null,
      source.url ? [el('dt', {}, 'Original'), el('dd', {}, externalLink(source.url, source.url))] : null,
      source.language ? [el('dt', {}, 'Language'), el('dd', {}, source.language)] : null,
      source.cites.length ? [el('dt', {}, 'Relies on'), el('dd', {}, source.cites.map((s) => this.nodeLink(s.id, s.title, 'SOURCE')))] : null,
      source.citedBy.length ? [el('dt', {}, 'Relied on by'), el('dd', {}, source.citedBy.map((s) => this.nodeLink(s.id, s.title, 'SOURCE')))] : null,
    );
    return el(
      'div',
      { 'data-detail-kind': 'SOURCE', 'data-node-id': id },
      this.header('SOURCE', source.title, meta, id),
      facts,
      this.sourceText(source, attributions),
      insightsFor('SOURCE', id, this),
    );
  }

  sourceText(source, attributions) {
    const held = typeof source.text === 'string';
    const spans = attributions.map((a) => ({ id: a.id, start: a.start, end: a.end, title: `${a.speaker.name} (${MODE_WORDS[a.mode] ?? a.mode})` }));
    const text = held ? highlightAll(source.text, spans) : null;
    const list = el(
      'ol',
      { class: 'plain-list quote-index' },
      attributions.map((a) => {
        const snippet = `“${a.quote.length > 90 ? `${a.quote.slice(0, 89).trimEnd()}…` : a.quote}”`;
        const jump = held
          ? el('button', { type: 'button', class: 'link-button quote-jump', 'data-action': 'show-quote', 'data-attribution-id': a.id, title: 'Show in the text below' }, snippet)
          : el('span', { class: 'quote-jump' }, snippet);
        if (held) jump.addEventListener('click', () => showQuote(text, a.id));
        return el(
          'li',
          { class: 'quote-item' },
          el('p', { class: 'said-line' }, this.nodeLink(a.speaker.id, a.speaker.name, null, 'speaker'), badge(MODE_WORDS[a.mode] ?? a.mode, 'mode')),
          jump,
          el('p', { class: 'small muted' }, 'Claim: ', this.nodeLink(a.claim.id, a.claim.text, 'CLAIM')),
        );
      }),
    );
    const quotes = section(`Attributed quotes (${attributions.length})`, attributions.length ? list : muted('No attribution is read in this source.'));
    if (!text) return [quotes, section('Text', muted('This source is cited but not held: there is no text.'))];
    return [quotes, section('Text', text)];
  }

  async event(id) {
    const event = await api.eventDetail(id);
    if (!event) return el('p', { class: 'error', role: 'alert' }, `No event ${id}.`);
    const meta = event.date ? el('span', { class: 'muted' }, ` · ${formatDate(event.date)}`) : null;
    return el(
      'div',
      { 'data-detail-kind': 'EVENT', 'data-node-id': id },
      this.header('EVENT', event.name, meta, id),
      event.place ? el('p', {}, 'Place: ', event.place) : null,
      section(`Claims about it (${event.claims.length})`, el('ul', { class: 'plain-list' }, event.claims.map((c) => el('li', {}, this.nodeLink(c.id, c.text, 'CLAIM'))))),
    );
  }

  async attribution(id) {
    const a = await api.attributionDetail(id);
    if (!a) return el('p', { class: 'error', role: 'alert' }, `No attribution ${id}.`);
    return el(
      'div',
      { 'data-detail-kind': 'ATTRIBUTION', 'data-node-id': id },
      this.header('ATTRIBUTION', `${a.speaker.name}: ${MODE_WORDS[a.mode] ?? a.mode}`, null, id),
      a.statusReason ? muted(`Retracted: ${a.statusReason}`) : null,
      this.attributionCard(a, { showClaim: true }),
    );
  }
}

/** Scrolls the source text to an attribution's first highlighted piece and flashes it. */
function showQuote(container, attributionId) {
  const marks = [...container.querySelectorAll('mark[data-attribution-ids]')].filter((m) => m.dataset.attributionIds.split(' ').includes(attributionId));
  if (!marks.length) return;
  marks[0].scrollIntoView({ block: 'center', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  for (const m of marks) {
    m.classList.remove('flash');
    void m.offsetWidth;
    m.classList.add('flash');
  }
}

/** The kind of a node not drawn yet (e.g. opened from a link), from Query.node. */
async function kindById(id) {
  const data = await api.gql('query ExplorerKind($id: ID!) { node(id: $id) { __typename } }', { id });
  return data.node ? KIND_OF_TYPENAME[data.node.__typename] : null;
}
