import type { Candidate } from './candidate';
import { wordCount } from './candidate';
import { directQuotes } from './direct-quotes';
import { Discourse, type ResolvedSpeaker } from './discourse';
import { characterisations } from './characterise';
import { courtHeard } from './court-passives';
import { accordingTo } from './according-to';
import { indirectSpeech } from './indirect-speech';
import { modeOf } from './mode';
import { type NlpDocument, type Sentence, readDocument, tokenAt } from './nlp-document';
import { phraseBefore } from './speaker-phrase';
import { findQuotes, type QuoteSpan } from './quotes';
import type { Extracted, PatternName } from './types';
import { creditLines, ownVoice, qaAnswers } from './voice-patterns';

/** How much each rule is trusted before speaker resolution is taken into account. */
const BASE_CONFIDENCE: Record<PatternName, number> = {
  'quote-cue-after': 0.95, 'quote-cue-before': 0.9, 'quote-colon': 0.95, 'quote-cue-middle': 0.95, 'quote-continued': 0.75, fragment: 0.8,
  'indirect-that': 0.85, 'indirect-cue-after': 0.8, 'indirect-cue-middle': 0.75, 'present-say': 0.8, 'told-object': 0.85, 'according-to': 0.85, 'reported-chain': 0.8,
  'credit-line': 0.9, 'qa-answer': 0.85, 'own-voice': 0.6, characterise: 0.75, 'quote-epigraph': 0.7,
};

export interface ExtractOptions {
  /** Whose voice "we" and "I" are: the author, or a statement's publisher. */
  voice?: string | null;
}

/**
 * Finds who said what in an English news text: direct quotes in every position, quotes that
 * carry on, indirect speech, "according to", reports of reports, quoted fragments inside
 * indirect speech, joint statements. Speakers are resolved in text order: names, surnames
 * to full names, pronouns and "the minister" to the person named before, groups and
 * unnamed sources as speakers of their own. Offsets count UTF-16 code units of `text`.
 */
export function extractAttributions(text: string, options: ExtractOptions = {}): Extracted[] {
  const doc = readDocument(text);
  const discourse = new Discourse(doc);
  const quotes = findQuotes(text);
  const direct = directQuotes(doc, quotes);
  const { loose } = direct;
  // Layout fixes some speakers: a credit line over a pull quote, the interviewee of a Q&A.
  const laidOut = [...creditLines(doc, quotes), ...qaAnswers(doc, (at) => discourse.firstPersonBefore(at))];
  const found = [...direct.found.filter((f) => !laidOut.some((c) => c.start < f.end && f.start < c.end)), ...laidOut];
  const attributedQuote = (offset: number) => found.some((c) => offset >= c.start - 1 && offset <= c.end + 1);
  const insideAnyQuote = (offset: number) => quotes.some((q) => offset > q.open && offset < q.close);
  const candidates: Candidate[] = [...found];
  for (const s of doc.sentences) {
    for (const c of [...accordingTo(doc, s), ...indirectSpeech(doc, s, insideAnyQuote), ...characterisations(doc, s, insideAnyQuote), ...courtHeard(doc, s, insideAnyQuote)]) {
      // Indirect speech whose content is a direct quote already found is that quote's cue.
      const inside = found.filter((f) => f.start < c.end && c.start < f.end);
      const quoted = inside.reduce((n, f) => n + Math.min(f.end, c.end) - Math.max(f.start, c.start), 0);
      // "said the two governments “reaffirm …”": a subject of its own outside the quote keeps the statement.
      const lead = text.slice(c.start, Math.min(...inside.map((f) => f.start), c.end));
      const ownWords = lead.includes(':') ? 0 : wordCount(lead);
      if ((quoted > 0.6 * (c.end - c.start) && ownWords < 3) || attributedQuote(c.start) && attributedQuote(c.end)) continue;
      if (candidates.some((x) => x.start === c.start && x.end === c.end)) continue;
      // A characterisation inside indirect speech already found is part of that statement's content.
      if (c.pattern === 'characterise' && candidates.some((x) => x.start <= c.start && c.end <= x.end)) continue;
      candidates.push(c, ...fragmentsIn(text, c, loose));
    }
  }
  candidates.push(...characterisedFragments(doc, loose, candidates));
  const voice = options.voice ?? null;
  if (voice) {
    // "The union rejects the plan …" in the union's own statement: the whole sentence is its claim, read as own voice.
    const self = (c: Candidate) => c.phrase !== null && c.phrase.kind !== 'PRONOUN' && c.phrase.name.replace(/^the\s+/i, '').toLowerCase() === voice.replace(/^the\s+/i, '').toLowerCase();
    const own = candidates.filter((c) => !self(c));
    candidates.length = 0;
    candidates.push(...own, ...ownVoice(doc, quotes, own, { name: voice, isPerson: null }));
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  // A headline, a standfirst and a byline at the top (no closing full stop) are no attributions.
  const headings = headingParagraphs(doc);
  const body = candidates.filter((c) => !headings.has(c.paragraph));
  return resolveAll(text, discourse, body, voice, layoutParagraphs(doc));
}

/**
 * The paragraphs before the first one that ends like a sentence (or opens with a quotation): a
 * headline, a standfirst, a byline. A text with no such paragraph has no headings: "Orlov said
 * the talks had failed", typed without its full stop, is still read.
 */
function headingParagraphs(doc: NlpDocument): Set<number> {
  const out = new Set<number>();
  for (const [k, ss] of sentencesByParagraph(doc)) {
    const body = doc.text.slice(ss[0].start, ss.at(-1)!.end);
    if (/[.!?]["”’']?\s*$/.test(body) || /^\s*["“‘']/.test(body)) return out;
    out.add(k);
  }
  return new Set();
}

/** Sentences grouped by paragraph, in text order. */
function sentencesByParagraph(doc: NlpDocument): Map<number, Sentence[]> {
  const out = new Map<number, Sentence[]>();
  for (const s of doc.sentences) out.set(s.paragraph, [...(out.get(s.paragraph) ?? []), s]);
  return out;
}

/**
 * Paragraphs that are layout, not narrative: a pull quote repeating words the text gives
 * elsewhere, a credit line with no verb and no full stop ("Agnès Callamard, Secretary
 * General"). A quote after them may still carry on the speaker before them.
 */
function layoutParagraphs(doc: NlpDocument): Set<number> {
  const out = new Set<number>();
  for (const [k, ss] of sentencesByParagraph(doc)) {
    const body = doc.text.slice(ss[0].start, ss.at(-1)!.end).trim();
    const tokens = doc.tokens.slice(ss[0].first, ss.at(-1)!.last + 1);
    const repeated = body.length >= 40 && doc.text.indexOf(body) !== doc.text.lastIndexOf(body);
    const credit = !/[.!?]["”’']?$/.test(body) && wordCount(body) <= 12 && !tokens.some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    if (repeated || credit) out.add(k);
  }
  return out;
}

/** Verbs that characterise with the speaker's own words: "called the vote “a farce”", "accused X of “…”". */
const CHARACTERISING = new Set(['call', 'describe', 'brand', 'label', 'dub', 'accuse', 'dismiss', 'condemn', 'hail', 'praise', 'criticise', 'criticize', 'term']);

/**
 * Quoted words after a characterising verb, with no cue of their own: "X called the result
 * “a victory for common sense”" gives X's words as a fragment.
 */
function characterisedFragments(doc: NlpDocument, loose: QuoteSpan[], taken: Candidate[]): Candidate[] {
  const t = doc.tokens;
  const out: Candidate[] = [];
  for (const q of loose) {
    if (wordCount(doc.text.slice(q.start, q.end)) < 2 || taken.some((c) => c.start <= q.start && q.end <= c.end)) continue;
    const open = tokenAt(doc, q.open);
    const first = doc.sentences[t[open].sentence].first;
    for (let v = open - 1; v >= first && open - v <= 12; v--) {
      if (!CHARACTERISING.has(t[v].lemma) || t[v].pos !== 'VERB') continue;
      const phrase = phraseBefore(doc, v, first);
      if (phrase && phrase.kind !== 'PRONOUN' || phrase?.kind === 'PRONOUN' && phrase.isPerson) {
        out.push({ start: q.start, end: q.end, phrase, pattern: 'fragment', cue: t[v].text, paragraph: doc.sentences[t[open].sentence].paragraph, reportedThrough: null });
      }
      break;
    }
  }
  return out;
}

/** "the so-called “red line”": a label the writer distances themself from, not the speaker's words. */
const SO_CALLED = /so[- ]called\s*$/i;

/** Quoted words inside indirect speech: the speaker's own words, quoted directly. */
function fragmentsIn(text: string, c: Candidate, loose: QuoteSpan[]): Candidate[] {
  // A single quoted word ("abandoned") is a scare quote more often than a claim.
  return loose
    .filter((q) => q.open >= c.start - 1 && q.close <= c.end + 1 && wordCount(text.slice(q.start, q.end)) >= 2 && !SO_CALLED.test(text.slice(Math.max(0, q.open - 12), q.open)))
    .map((q) => ({ ...c, start: q.start, end: q.end, pattern: 'fragment' as const }));
}

function resolveAll(text: string, discourse: Discourse, candidates: Candidate[], voice: string | null, layout: Set<number>): Extracted[] {
  const out: Extracted[] = [];
  const introductions: number[] = [];
  let lastParagraph = -10;
  for (const c of candidates) {
    const quote = text.slice(c.start, c.end);
    if (wordCount(quote) === 0) continue;
    let speakers: ResolvedSpeaker[];
    if (c.fixed) {
      speakers = [{ name: c.fixed.name, kind: c.fixed.kind ?? 'NAMED', surface: c.fixed.name, isPerson: c.fixed.isPerson }];
    } else if (c.phrase === null) {
      // A quote with no cue carries on the last speaker's words, if they spoke just before.
      const last = discourse.lastSpeaker(c.start);
      let gap = 0;
      for (let k = lastParagraph + 1; k < c.paragraph; k++) if (!layout.has(k)) gap++;
      if (!last || gap > 0) {
        // A quotation standing alone before the paragraph that introduces its speaker: an epigraph.
        const epigraph = epigraphSpeaker(text, discourse, c);
        if (!epigraph) continue;
        discourse.rememberSpeaker(epigraph.name, c.start, true);
        introductions.push(epigraph.at);
        out.push(resolved(quote, c, { name: epigraph.name, kind: 'NAMED', surface: epigraph.name, isPerson: true }, 'quote-epigraph'));
        lastParagraph = c.paragraph;
        continue;
      }
      speakers = [{ name: last.name, kind: last.kind, surface: last.name, isPerson: last.isPerson }];
    } else if (c.phrase.kind === 'PAIR') {
      // The pair is named before the phrase, which may follow its content ("…, the two companies said").
      speakers = discourse.resolvePair(c.phrase, c.phrase.start);
    } else {
      speakers = [discourse.resolve(c.phrase, c.start, voice)];
      if (c.phrase.partner) {
        speakers.push(discourse.resolve(c.phrase.partner, c.start, voice));
        if (speakers[0].name && speakers[1].name) discourse.rememberPair(speakers[0].name, speakers[1].name, c.start, speakers[0].isPerson === true && speakers[1].isPerson === true ? true : null);
      }
    }
    // "the paper said" cites the outlet it was resolved to.
    const through = c.phrase?.title === 'outlet' && c.reportedThrough && speakers[0]?.name ? { ...c.reportedThrough, outlet: speakers[0].name } : c.reportedThrough;
    for (const sp of speakers) out.push(resolved(quote, { ...c, reportedThrough: through }, sp, c.pattern));
    if (through) discourse.rememberOutlet(through.outlet, c.start);
    lastParagraph = c.paragraph;
  }
  // The sentence that introduces an epigraph's speaker sets the scene for their words; it is no claim of the voice's.
  return out.filter((x) => x.pattern !== 'own-voice' || !introductions.some((at) => x.start <= at && at < x.end));
}

function resolved(quote: string, c: Candidate, sp: ResolvedSpeaker, pattern: PatternName): Extracted {
  const unresolved = sp.kind === 'UNRESOLVED';
  return {
    quote, start: c.start, end: c.end, speakerName: sp.name, speakerKind: sp.kind, speakerSurface: sp.surface, speakerIsPerson: sp.isPerson,
    mode: modeOf(pattern, c.reportedThrough), pattern, cue: c.cue,
    confidence: Math.round((BASE_CONFIDENCE[pattern] - (unresolved ? 0.35 : 0) - (sp.kind === 'PRONOUN_RESOLVED' ? 0.1 : 0)) * 100) / 100,
    reportedThrough: c.reportedThrough,
  };
}

/**
 * The speaker of a quotation that stands as a paragraph of its own with no cue, when the next
 * paragraph introduces a person: “Human rights will always be on the table …” / "In June,
 * President Joe Biden presented himself to reporters …". Only a paragraph made of quotation
 * (and an editorial bracket) counts; the person must be introduced in that next paragraph's
 * first two sentences.
 */
function epigraphSpeaker(text: string, discourse: Discourse, c: Candidate): { name: string; at: number } | null {
  const paraStart = text.lastIndexOf('\n', c.start) + 1;
  const paraEnd = text.indexOf('\n', c.start) < 0 ? text.length : text.indexOf('\n', c.start);
  const paragraph = text.slice(paraStart, paraEnd);
  if (!/^\s*["“‘«']/.test(paragraph)) return null;
  const next = /\S[^\n]*/.exec(text.slice(paraEnd));
  if (!next) return null;
  const nextStart = paraEnd + next.index;
  const firstSentences = /^[^.!?]*[.!?]+(?:\s+[^.!?]*[.!?]+)?/.exec(next[0])?.[0] ?? next[0];
  // The next paragraph must not itself be a quotation or carry a cue for this one (that is the continued-quote case).
  if (/^["“‘«']/.test(next[0])) return null;
  return discourse.personIntroducedBetween(nextStart, nextStart + firstSentences.length);
}
