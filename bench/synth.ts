import { sha256 } from '../src/domain/sha256';
import type { RowKey } from '../src/graph/repositories/BulkWriter';
import type { LinkRow, NodeRow } from '../src/graph/rows';
import { permute, Rng } from './random';
import { CITIES, COUNTRIES, FIRST_NAMES, LAST_NAMES, ORG_BODIES, ORG_HEADS, ORG_KINDS, ORG_TOPICS, VERBS, VOCABULARY } from './words';

/**
 * A synthetic claim graph, defined entity by entity: `claim(i)`, `attribution(j)`, … are
 * pure functions of (seed, index), so the graph can be streamed in batches, resumed after
 * any batch, and sampled for benchmark parameters without reading the database.
 *
 * Shape (what makes it realistic rather than uniform):
 * - speakers follow a Zipf law (a few actors say a large share of everything);
 * - after each claim's first attribution, further attributions pile onto popular claims
 *   (many sources per claim), and onto popular sources;
 * - sources cite earlier sources (reporting chains), REPORTED attributions go VIA an
 *   earlier source, ~4 % of claims contradict another and ~4 % support another;
 * - actors carry aliases and acronyms, and sources mention them by those spellings.
 */

export interface ScaleSpec {
  name: string;
  claims: number;
  attributions: number;
  actors: number;
  sources: number;
  events: number;
}

export const SCALES: Record<string, ScaleSpec> = {
  XS: { name: 'XS', claims: 400, attributions: 1200, actors: 80, sources: 200, events: 20 },
  S: { name: 'S', claims: 10_000, attributions: 30_000, actors: 2_000, sources: 5_000, events: 200 },
  M: { name: 'M', claims: 100_000, attributions: 300_000, actors: 20_000, sources: 50_000, events: 2_000 },
  L: { name: 'L', claims: 1_000_000, attributions: 3_000_000, actors: 200_000, sources: 500_000, events: 20_000 },
};

export function scaleOf(name: string): ScaleSpec {
  const spec = SCALES[name.toUpperCase()];
  if (!spec) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')} (got ${JSON.stringify(name)})`);
  return spec;
}

/** Exponents of the skew: speakers, claims' extra attributions, sources, publishers. */
const SKEW = { speaker: 0.9, claim: 0.7, source: 0.5, publisher: 1.1, about: 0.8 };
const AUDIT = { createdBy: 'bench', createdAt: '2025-01-01T00:00:00.000Z' };
const DAY = 86_400_000;
const EPOCH = Date.UTC(2015, 0, 1);
const SPAN_DAYS = 3650;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export class SyntheticGraph {
  readonly width: number;

  constructor(
    readonly spec: ScaleSpec,
    readonly seed = 42,
    readonly prefix = 'g',
  ) {
    this.width = String(Math.max(spec.claims, spec.attributions, spec.actors, spec.sources)).length;
  }

  // ---- ids ---------------------------------------------------------------------------
  actorId = (k: number) => `${this.prefix}-${this.isOrg(k) ? 'org' : 'per'}-${pad(k, this.width)}`;
  sourceId = (m: number) => `${this.prefix}-src-${pad(m, this.width)}`;
  claimId = (i: number) => `${this.prefix}-clm-${pad(i, this.width)}`;
  attributionId = (j: number) => `${this.prefix}-att-${pad(j, this.width)}`;
  eventId = (e: number) => `${this.prefix}-evt-${pad(e, this.width)}`;

  /** Every fifth actor is an organisation; rank 0 (the most prolific speaker) is one, like a ministry. */
  isOrg = (k: number) => k % 5 === 0;
  /** One source in seven is cited but not held (no text): a newspaper, a Telegram post. */
  hasText = (m: number) => m % 7 !== 3;

  private rng(kind: string, index: number) {
    return new Rng(this.seed, kind, index);
  }

  private words(r: Rng, n: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(VOCABULARY[r.zipf(VOCABULARY.length, 1.05)]);
    return out;
  }

  // ---- actors ------------------------------------------------------------------------
  actorName(k: number): { name: string; aliases: string[]; acronym: string | null } {
    const r = this.rng('actor', k);
    if (this.isOrg(k)) {
      const head = r.pick(ORG_HEADS);
      const topic = r.pick(ORG_TOPICS);
      const body = r.pick(ORG_BODIES);
      const name = `${head} ${topic} ${body} ${k}`;
      const acronym = `${head[0]}${topic.split(' ').map((w) => w[0]).join('')}${body[0]}${k}`;
      const aliases = [acronym];
      if (r.chance(0.4)) aliases.push(`${head} ${body} for ${topic} ${k}`);
      // A misspelt acronym, as sources write them ("ENRI" for ENNHRI).
      if (r.chance(0.3)) aliases.push(acronym.slice(0, 2) + acronym.slice(3));
      return { name, aliases, acronym };
    }
    const first = r.pick(FIRST_NAMES);
    const last = r.pick(LAST_NAMES);
    const name = `${first} ${last}`;
    const aliases: string[] = [];
    if (r.chance(0.5)) aliases.push(`${first[0]}. ${last}`);
    if (r.chance(0.3)) aliases.push(`${first} ${last.replace(/ova$/, 'ova-Smirnova').replace(/v$/, 'ff')}`);
    return { name, aliases, acronym: null };
  }

  actorRow(k: number): NodeRow {
    const r = this.rng('actor-props', k);
    const { name, aliases, acronym } = this.actorName(k);
    const props: Record<string, unknown> = { name, aliases, description: null, wikidataId: null };
    if (this.isOrg(k)) Object.assign(props, { acronym, orgKind: r.pick(ORG_KINDS), country: r.pick(COUNTRIES) });
    else props.description = `${r.pick(['Spokesperson', 'Minister', 'Journalist', 'Activist', 'Judge', 'Researcher'])} (${r.pick(COUNTRIES)})`;
    return { id: this.actorId(k), props, audit: AUDIT };
  }

  /** A speaker, skewed: rank 0 says the most. */
  private speakerOf(r: Rng): number {
    return r.zipf(this.spec.actors, SKEW.speaker);
  }

  /** Half the people hold a position at an organisation (popular organisations employ more). */
  positionOf(k: number): { org: number; title: string; from: string } | null {
    if (this.isOrg(k)) return null;
    const r = this.rng('position', k);
    if (!r.chance(0.5)) return null;
    const org = this.orgByRank(r.zipf(Math.ceil(this.spec.actors / 5), SKEW.publisher));
    return { org, title: r.pick(['Spokesperson', 'Director', 'Minister', 'Editor', 'Chair', 'Adviser']), from: String(2010 + r.int(14)) };
  }

  private orgByRank = (rank: number) => Math.min(rank, Math.ceil(this.spec.actors / 5) - 1) * 5;

  // ---- sources -----------------------------------------------------------------------
  sourcePublished(m: number): number {
    // Index order is time order (plus jitter inside a week), so citing lower indexes cites the past.
    const r = this.rng('source-date', m);
    return EPOCH + Math.floor((m / this.spec.sources) * SPAN_DAYS) * DAY + r.int(7) * DAY;
  }

  /** The actors a source mentions, with the spelling it used; the first opens its text. */
  sourceMentions(m: number): { actor: number; surface: string }[] {
    const r = this.rng('mentions', m);
    const n = 1 + (r.chance(0.4) ? 1 : 0);
    const out: { actor: number; surface: string }[] = [];
    for (let i = 0; i < n; i++) {
      const actor = this.speakerOf(r);
      if (out.some((o) => o.actor === actor)) continue;
      const { name, aliases } = this.actorName(actor);
      out.push({ actor, surface: aliases.length > 0 && r.chance(0.4) ? r.pick(aliases) : name });
    }
    return out;
  }

  /** Sentences of a source's text, each a plausible line of reporting. */
  sourceSentences(m: number): string[] {
    // Other prefixes get other texts: Source.textSha256 and url are unique across the database.
    const r = this.rng(this.prefix === 'g' ? 'source-text' : `source-text:${this.prefix}`, m);
    const mentions = this.sourceMentions(m);
    const n = 4 + r.int(8);
    const out: string[] = [];
    for (let s = 0; s < n; s++) {
      const who = s < mentions.length ? mentions[s].surface : r.pick(['The ministry', 'A spokesperson', 'The report', 'Officials', 'The court']);
      const body = this.words(r, 8 + r.int(10)).join(' ');
      out.push(`${who} ${r.pick(VERBS)} that ${body}.`);
    }
    return out;
  }

  sourceText(m: number): string | null {
    return this.hasText(m) ? this.sourceSentences(m).join(' ') : null;
  }

  sourceRow(m: number): NodeRow {
    const r = this.rng('source', m);
    const text = this.sourceText(m);
    const day = isoDay(this.sourcePublished(m));
    const kind = text === null ? r.pick(['NEWSPAPER', 'SOCIAL_POST', 'WEBPAGE']) : r.pick(['ARTICLE', 'ARTICLE', 'ARTICLE', 'STATEMENT', 'PRESS_RELEASE', 'REPORT', 'REMARKS']);
    return {
      id: this.sourceId(m),
      props: {
        title: `${this.words(r, 4 + r.int(5)).join(' ')} (${kind.toLowerCase()} ${m})`,
        kind,
        url: this.prefix === 'g' ? `https://news.example/${m}` : `https://news.example/${this.prefix}/${m}`,
        language: 'en',
        description: null,
        text,
        textSha256: text === null ? null : sha256(text),
        publishedAt: day,
        publishedAtFrom: day,
        publishedAtTo: day,
      },
      audit: AUDIT,
    };
  }

  /** Earlier sources this one relies on: 40 % cite one, 10 % two — chains emerge from repetition. */
  sourceCites(m: number): number[] {
    const r = this.rng('cites', m);
    if (m === 0) return [];
    const n = r.chance(0.4) ? (r.chance(0.25) ? 2 : 1) : 0;
    const out = new Set<number>();
    for (let i = 0; i < n; i++) out.add(Math.max(0, m - 1 - r.int(Math.min(m, 200))));
    return [...out];
  }

  sourcePublisher(m: number): number {
    return this.orgByRank(this.rng('publisher', m).zipf(Math.ceil(this.spec.actors / 5), SKEW.publisher));
  }

  sourceAuthor(m: number): number | null {
    const r = this.rng('author', m);
    if (!this.hasText(m) || !r.chance(0.5)) return null;
    let k = r.int(this.spec.actors);
    if (this.isOrg(k)) k = Math.min(this.spec.actors - 1, k + 1);
    return this.isOrg(k) ? null : k;
  }

  /** A source with text, skewed towards popular outlets' pieces. */
  private heldSourceOf(r: Rng): number {
    let m = permute(r.zipf(this.spec.sources, SKEW.source), this.spec.sources);
    while (!this.hasText(m)) m = (m + 1) % this.spec.sources;
    return m;
  }

  // ---- claims ------------------------------------------------------------------------
  claimRow(i: number): NodeRow {
    const r = this.rng('claim', i);
    const subject = r.chance(0.5) ? this.actorName(r.zipf(this.spec.actors, SKEW.about)).name : `The ${r.pick(['government', 'court', 'commission', 'army', 'police'])}`;
    return { id: this.claimId(i), props: { text: `${subject} ${this.words(r, 6 + r.int(9)).join(' ')}.`, status: 'ACTIVE' }, audit: AUDIT };
  }

  claimAbout(i: number): { actors: number[]; event: number | null } {
    const r = this.rng('about', i);
    const actor = r.zipf(this.spec.actors, SKEW.about);
    return { actors: [actor], event: r.chance(0.3) ? r.int(this.spec.events) : null };
  }

  /** Counterclaims and corroborations link to a nearby claim (same story, same week). */
  claimRelation(i: number, kind: 'CONTRADICTS' | 'SUPPORTS'): number | null {
    const r = this.rng(kind, i);
    if (!r.chance(0.04)) return null;
    const other = (i + 1 + r.int(50)) % this.spec.claims;
    return other === i ? null : other;
  }

  // ---- attributions ------------------------------------------------------------------
  /** Who said which claim where: cheap, used by every link pass. */
  attributionLinks(j: number) {
    const r = this.rng('attribution', j);
    const { claims } = this.spec;
    // Every claim gets one attribution; the rest pile onto popular claims.
    const claim = j < claims ? j : permute(r.zipf(claims, SKEW.claim), claims);
    const speaker = this.speakerOf(r);
    const source = this.heldSourceOf(r);
    const modeRoll = r.next();
    const mode = modeRoll < 0.5 ? 'DIRECT_QUOTE' : modeRoll < 0.8 ? 'PARAPHRASE' : 'REPORTED';
    const via: number[] = [];
    if (mode === 'REPORTED') {
      const cited = this.sourceCites(source);
      via.push(cited.length > 0 ? cited[0] : Math.max(0, source - 1 - r.int(Math.min(source, 300))));
    }
    const position = this.positionOf(speaker);
    const onBehalfOf = position && r.chance(0.6) ? position.org : null;
    return { claim, speaker, source, mode, via: via.filter((v) => v !== source), onBehalfOf, r };
  }

  attributionRow(j: number): NodeRow {
    const { source, mode, r } = this.attributionLinks(j);
    const sentences = this.sourceSentences(source);
    const s = r.int(sentences.length);
    let start = 0;
    for (let k = 0; k < s; k++) start += sentences[k].length + 1;
    const quote = sentences[s];
    const text = sentences.join(' ');
    const end = start + quote.length;
    const day = isoDay(this.sourcePublished(source) - r.int(5) * DAY);
    return {
      id: this.attributionId(j),
      props: {
        mode, quote, start, end,
        prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32),
        status: 'ACTIVE', saidAt: day, saidAtFrom: day, saidAtTo: day,
      },
      audit: AUDIT,
    };
  }

  eventRow(e: number): NodeRow {
    const r = this.rng('event', e);
    const day = isoDay(EPOCH + r.int(SPAN_DAYS) * DAY);
    return {
      id: this.eventId(e),
      props: { name: `${r.pick(['Summit', 'Hearing', 'Election', 'Protest', 'Session', 'Ruling'])} on ${this.words(r, 2).join(' ')} ${e}`, place: r.pick(CITIES), description: null, date: day, dateFrom: day, dateTo: day },
      audit: AUDIT,
    };
  }

  // ---- passes ------------------------------------------------------------------------
  /**
   * The load plan: one pass per BulkWriter row key, nodes before links. A pass walks its
   * driver entities by index and turns each into zero or more rows, so a batch is a range
   * of indexes and "resume" is a (pass, index) pair.
   */
  passes(): Pass[] {
    const { actors, sources, claims, attributions, events } = this.spec;
    const link = (from: string, to: string, props?: Record<string, unknown>): LinkRow => (props ? { from, to, props } : { from, to });
    return [
      { key: 'persons', count: actors, rows: (k) => (this.isOrg(k) ? [] : [this.actorRow(k)]) },
      { key: 'organisations', count: actors, rows: (k) => (this.isOrg(k) ? [this.actorRow(k)] : []) },
      { key: 'sources', count: sources, rows: (m) => [this.sourceRow(m)] },
      { key: 'events', count: events, rows: (e) => [this.eventRow(e)] },
      { key: 'claims', count: claims, rows: (i) => [this.claimRow(i)] },
      { key: 'attributions', count: attributions, rows: (j) => [this.attributionRow(j)] },
      { key: 'of', count: attributions, rows: (j) => [link(this.attributionId(j), this.claimId(this.attributionLinks(j).claim))] },
      { key: 'by', count: attributions, rows: (j) => [link(this.attributionId(j), this.actorId(this.attributionLinks(j).speaker))] },
      { key: 'in', count: attributions, rows: (j) => [link(this.attributionId(j), this.sourceId(this.attributionLinks(j).source))] },
      { key: 'via', count: attributions, rows: (j) => this.attributionLinks(j).via.map((v) => link(this.attributionId(j), this.sourceId(v))) },
      {
        key: 'onBehalfOf', count: attributions,
        rows: (j) => {
          const o = this.attributionLinks(j).onBehalfOf;
          return o === null ? [] : [link(this.attributionId(j), this.actorId(o))];
        },
      },
      { key: 'publishedBy', count: sources, rows: (m) => [link(this.sourceId(m), this.actorId(this.sourcePublisher(m)))] },
      {
        key: 'authoredBy', count: sources,
        rows: (m) => {
          const a = this.sourceAuthor(m);
          return a === null ? [] : [link(this.sourceId(m), this.actorId(a))];
        },
      },
      { key: 'cites', count: sources, rows: (m) => this.sourceCites(m).map((c) => link(this.sourceId(m), this.sourceId(c))) },
      {
        key: 'about', count: claims,
        rows: (i) => {
          const a = this.claimAbout(i);
          return [...a.actors.map((k) => link(this.claimId(i), this.actorId(k))), ...(a.event === null ? [] : [link(this.claimId(i), this.eventId(a.event))])];
        },
      },
      { key: 'contradicts', count: claims, rows: (i) => this.relationRows(i, 'CONTRADICTS') },
      { key: 'supports', count: claims, rows: (i) => this.relationRows(i, 'SUPPORTS') },
      {
        key: 'positions', count: actors,
        rows: (k) => {
          const p = this.positionOf(k);
          return p === null ? [] : [link(this.actorId(k), this.actorId(p.org), { title: p.title, from: p.from, to: null })];
        },
      },
      {
        key: 'memberships', count: actors,
        rows: (k) => {
          if (!this.isOrg(k) || k === 0) return [];
          const r = this.rng('membership', k);
          return r.chance(0.3) ? [link(this.actorId(k), this.actorId(this.orgByRank(r.zipf(Math.max(1, Math.floor(k / 5)), 1.2))), { from: String(2000 + r.int(24)), to: null })] : [];
        },
      },
      {
        key: 'mentions', count: sources,
        rows: (m) => {
          if (!this.hasText(m)) return [];
          // Mentions open the first sentences: the surface sits at the start of its sentence.
          const sentences = this.sourceSentences(m);
          let start = 0;
          return this.sourceMentions(m).map((x, s) => {
            if (s > 0) start += sentences[s - 1].length + 1;
            return link(this.actorId(x.actor), this.sourceId(m), { surface: x.surface, start, end: start + x.surface.length });
          });
        },
      },
    ];
  }

  private relationRows(i: number, kind: 'CONTRADICTS' | 'SUPPORTS'): LinkRow[] {
    const other = this.claimRelation(i, kind);
    if (other === null) return [];
    const from = this.claimId(i);
    const to = this.claimId(other);
    return [{ from, to, props: { id: `${kind.toLowerCase()}-${from}-${to}`, basis: `${kind === 'CONTRADICTS' ? 'Denial' : 'Corroboration'} of claim ${i}`, createdBy: 'bench', createdAt: AUDIT.createdAt } }];
  }
}

export interface Pass {
  key: RowKey;
  /** How many driver entities the pass walks. */
  count: number;
  rows(index: number): (NodeRow | LinkRow)[];
}
