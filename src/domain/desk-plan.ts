import type { DeskClaimPick, SaveArticleInput } from './desk-inputs';
import type { ItemProblem } from './desk-items';
import { DomainError } from './errors';
import { refuseLoneSurrogates, refuseSplitClusters } from './quotes/characters';

type RefKind = 'actor' | 'source' | 'claim';

const bad = (path: string, message: string, details?: Record<string, unknown>): ItemProblem => ({ path, code: 'BAD_USER_INPUT', message, ...(details ? { details } : {}) });

/** The refs a save declares: actors (with their kind), cited sources and claims. */
export function declaredRefs(input: SaveArticleInput): Map<string, { kind: RefKind; actorKind?: string }> {
  const refs = new Map<string, { kind: RefKind; actorKind?: string }>();
  for (const a of input.actors ?? []) if (!refs.has(a.ref)) refs.set(a.ref, { kind: 'actor', actorKind: a.kind });
  for (const s of input.citedSources ?? []) if (!refs.has(s.ref)) refs.set(s.ref, { kind: 'source' });
  for (const c of input.claims ?? []) if (!refs.has(c.ref)) refs.set(c.ref, { kind: 'claim' });
  return refs;
}

/**
 * What can be told about a save without the graph: one-of pairs, refs declared once and
 * used for what they are, no claim without an attribution, no self-links. Every problem, not the first.
 */
export function checkPlan(input: SaveArticleInput): ItemProblem[] {
  const out: ItemProblem[] = [];
  const refs = declaredRefs(input);
  const seen = new Set<string>();
  const lists = [['actors', input.actors], ['citedSources', input.citedSources], ['claims', input.claims]] as const;
  for (const [list, items] of lists) {
    (items ?? []).forEach((item, i) => {
      if (seen.has(item.ref)) out.push(bad(`${list}.${i}.ref`, `ref "${item.ref}" is used for another item of this save`));
      seen.add(item.ref);
    });
  }
  const wantRef = (path: string, ref: string | null | undefined, kind: RefKind, actorKind?: string) => {
    if (ref == null) return;
    const r = refs.get(ref);
    if (!r) out.push(bad(path, `no new ${kind === 'source' ? 'cited source' : kind} of this save has ref "${ref}"`));
    else if (r.kind !== kind) out.push(bad(path, `ref "${ref}" names a new ${r.kind}, not a ${kind}`));
    else if (actorKind && r.actorKind !== actorKind) out.push(bad(path, `ref "${ref}" names a new ${r.actorKind?.toLowerCase()}, not an organisation`));
  };
  const oneOf = (path: string, a: unknown, b: unknown, names: [string, string]) => {
    if ((a == null) === (b == null)) out.push(bad(`${path}.${names[0]}`, `give exactly one of ${names[0]} and ${names[1]}`));
  };

  if ((input.source == null) === (input.sourceId == null)) out.push(bad('source', 'give exactly one of source (a new article) and sourceId (an article in the graph)'));
  if (input.sourceId != null && input.baseRevision == null) out.push(bad('baseRevision', 'required with sourceId: the revision deskSource gave when the article was opened'));
  if (input.source) {
    if (input.source.publisherId != null && input.source.publisherRef != null) out.push(bad('source.publisherRef', 'give publisherId or publisherRef, not both'));
    wantRef('source.publisherRef', input.source.publisherRef, 'actor', 'ORGANISATION');
  }
  (input.citedSources ?? []).forEach((s, i) => {
    if (s.publisherId != null && s.publisherRef != null) out.push(bad(`citedSources.${i}.publisherRef`, 'give publisherId or publisherRef, not both'));
    wantRef(`citedSources.${i}.publisherRef`, s.publisherRef, 'actor', 'ORGANISATION');
  });
  (input.claims ?? []).forEach((c, i) => (c.aboutRefs ?? []).forEach((r, j) => wantRef(`claims.${i}.aboutRefs.${j}`, r, 'actor')));

  const usedClaims = new Set<string>();
  (input.attributions ?? []).forEach((a, i) => {
    const at = `attributions.${i}`;
    oneOf(at, a.speakerId, a.speakerRef, ['speakerId', 'speakerRef']);
    wantRef(`${at}.speakerRef`, a.speakerRef, 'actor');
    oneOf(at, a.claimId, a.claimRef, ['claimId', 'claimRef']);
    wantRef(`${at}.claimRef`, a.claimRef, 'claim');
    if (a.claimRef) usedClaims.add(a.claimRef);
    (a.viaRefs ?? []).forEach((r, j) => wantRef(`${at}.viaRefs.${j}`, r, 'source'));
    if (a.end <= a.start) out.push(bad(`${at}.end`, `must be after start (${a.start})`));
  });
  (input.claims ?? []).forEach((c, i) => {
    if (!usedClaims.has(c.ref)) out.push(bad(`claims.${i}.ref`, `no attribution of this save says claim "${c.ref}": a claim needs its provenance`));
  });

  const linkKeys = new Set<string>();
  (input.links ?? []).forEach((l, i) => {
    for (const end of ['from', 'to'] as const) {
      oneOf(`links.${i}.${end}`, l[end].id, l[end].ref, ['id', 'ref']);
      wantRef(`links.${i}.${end}.ref`, l[end].ref, 'claim');
    }
    if (pickKey(l.from) === pickKey(l.to)) out.push(bad(`links.${i}.to`, 'a claim cannot be linked to itself'));
    const key = [l.kind, pickKey(l.from), pickKey(l.to)].join(' ');
    if (linkKeys.has(key)) out.push(bad(`links.${i}`, 'the same link is listed twice'));
    linkKeys.add(key);
  });

  const empty = !input.attributions?.length && !input.links?.length && !input.actors?.length;
  if (empty && input.sourceId != null) out.push(bad('attributions', 'nothing to save: add an attribution, a link or an actor'));
  return out;
}

const pickKey = (p: DeskClaimPick) => (p.id != null ? `id:${p.id}` : `ref:${p.ref ?? ''}`);

const EXPECTED_SHOWN = 300;

/**
 * Every attribution's quote must be the text's own span: text.slice(start, end) exactly,
 * trimmed, and not cutting a character. No folding: the desk sends offsets it took from the text.
 */
export function checkSpans(input: SaveArticleInput, text: string): ItemProblem[] {
  const out: ItemProblem[] = [];
  (input.attributions ?? []).forEach((a, i) => {
    const at = `attributions.${i}`;
    if (a.end <= a.start) return;
    if (a.end > text.length) {
      out.push(bad(`${at}.end`, `is past the end of the text (${text.length} characters)`, { textLength: text.length }));
      return;
    }
    const span = text.slice(a.start, a.end);
    if (span !== a.quote) {
      const expected = span.length > EXPECTED_SHOWN ? `${span.slice(0, EXPECTED_SHOWN)}…` : span;
      out.push(bad(`${at}.quote`, `is not the text at ${a.start}–${a.end}, which reads ${JSON.stringify(expected)}`, { expected, start: a.start, end: a.end }));
      return;
    }
    if (/^\s|\s$/u.test(span)) {
      out.push(bad(`${at}.quote`, 'starts or ends with whitespace: trim the selection to the words', { start: a.start, end: a.end }));
      return;
    }
    try {
      refuseLoneSurrogates(span, text);
      refuseSplitClusters(text, a.start, a.end);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      out.push(bad(`${at}.quote`, e.message, e.details));
    }
  });
  return out;
}
