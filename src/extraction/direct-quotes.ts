import type { Candidate } from './candidate';
import { wordCount } from './candidate';
import { HEARER_LEMMAS, VERB_TAIL_WORDS, speechLemma } from './cue-verbs';
import { type NlpDocument, tokenAt } from './nlp-document';
import type { QuoteSpan } from './quotes';
import { afterDateline } from './phrase-shapes';
import { reportedChain } from './reported-chains';
import { phraseAfter, phraseBefore, type SpeakerPhrase } from './speaker-phrase';

const SKIP_AFTER_QUOTE = /^[,.!?—–-]$/;
const QUOTE_MARK = /^["“”‘’«»]$/;

interface Cue {
  phrase: SpeakerPhrase;
  verb: number;
  /** Last token of the cue (verb, its hearer and modifiers). */
  end: number;
}

/** The speaker cue right after a closing mark: `,” Varga told reporters` or `,” said Orlov`. */
function cueAfter(doc: NlpDocument, q: QuoteSpan): Cue | null {
  const t = doc.tokens;
  let i = tokenAt(doc, q.close + 1);
  if (i >= t.length || t[i].paragraphStart) return null;
  while (i < t.length && (SKIP_AFTER_QUOTE.test(t[i].text) || QUOTE_MARK.test(t[i].text)) && !t[i].paragraphStart) i++;
  const from = i;
  // A quote closed by a full stop ends its sentence: a cue after it belongs to the next one,
  // unless it follows at once ("….” Orlov said.).
  // UK style puts the full stop after the closing mark: “…”. The CBI said …
  const endsSentence = /[.!?]$/.test(doc.text.slice(q.start, q.end)) || /^[.!?]/.test(doc.text.slice(q.close + 1, q.close + 2));
  for (let v = from; v < t.length && v - from < 30 && !t[v].paragraphStart && !QUOTE_MARK.test(t[v].text); v++) {
    const lemma = speechLemma(t[v], t[v + 1], t[v - 1]);
    if (!lemma) continue;
    if (endsSentence && /^\p{Lu}/u.test(t[from].text) && v - from > 2) return null;
    // "….” She said she had asked …": after a full stop, a cue that goes on to content of its own starts a new statement.
    if (endsSentence && /^\p{Lu}/u.test(t[from].text) && ownContentAfter(doc, v)) return null;
    if (v === from) {
      const phrase = phraseAfter(doc, v + 1, Math.min(t.length - 1, v + 25));
      return phrase ? { phrase, verb: v, end: v } : null;
    }
    const before = phraseBefore(doc, v, from);
    if (before && (before.phraseStart === t[from].start || before.first === from)) return { phrase: before, verb: v, end: v };
    // "…,” one fund manager who holds the shares said": the phrase, then a relative clause.
    const forward = phraseAfter(doc, from, v - 1);
    const rest = forward ? t.slice(t.findIndex((x) => x.start >= forward.end), v) : [];
    if (forward && rest.length > 0 && /^(?:who|which|,)$/.test(rest[0].lower)) return { phrase: forward, verb: v, end: v };
    return null;
  }
  return null;
}

/** The cue's sentence carries on after the verb with a clause ("said she had asked …", "said that …"), not just a speaker or a time. */
function ownContentAfter(doc: NlpDocument, v: number): boolean {
  const t = doc.tokens;
  const s = doc.sentences[t[v].sentence];
  const after = t.slice(v + 1, s.last + 1).filter((x) => !/^[.,!?]$/.test(x.text));
  return after.some((x) => x.lower === 'that' || x.pos === 'VERB' || x.pos === 'AUX') && after.length > 3;
}

/** The speaker cue just before an opening mark: `Orlov said:`, `Varga told reporters on Monday that`. */
function cueBefore(doc: NlpDocument, q: QuoteSpan, headStart: number): Cue | null {
  const t = doc.tokens;
  const opener = tokenAt(doc, q.open);
  for (let v = opener - 1; v >= headStart && opener - v <= 14; v--) {
    const lemma = speechLemma(t[v], t[v + 1], t[v - 1]);
    if (!lemma) {
      const ok = VERB_TAIL_WORDS.has(t[v].lower) || /^[,:]$/.test(t[v].text) || t[v].lower === 'that' || (t[v].pos !== 'VERB' && t[v].pos !== 'AUX' && t[v].pos !== 'SCONJ' && !QUOTE_MARK.test(t[v].text));
      if (!ok) return null;
      continue;
    }
    // Between the verb and the quote only its hearer, its modifiers and "that" may stand.
    const between = t.slice(v + 1, opener);
    if (between.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return null;
    if (!HEARER_LEMMAS.has(lemma) && between.some((x) => x.pos === 'PROPN' && !VERB_TAIL_WORDS.has(x.lower) && !/^[,:]$/.test(x.text)) && !between.some((x) => x.lower === 'to' || x.lower === 'in' || x.lower === 'on' || x.lower === 'with')) return null;
    const phrase = phraseBefore(doc, v, headStart);
    return phrase ? { phrase, verb: v, end: opener - 1 } : null;
  }
  return null;
}

/**
 * Direct quotations and their speakers: cue after (`,” Varga said`), cue before or colon
 * (`Orlov said: “…”`), cue in the middle (`“…,” she said, “…”`), and quotes that carry on
 * the words of the last speaker. Quotes with no cue are returned as loose, for fragments.
 */
export function directQuotes(doc: NlpDocument, quotes: QuoteSpan[]): { found: Candidate[]; loose: QuoteSpan[] } {
  const t = doc.tokens;
  const found: Candidate[] = [];
  const loose: QuoteSpan[] = [];
  const middle = new Map<number, Cue>();
  quotes.forEach((q, k) => {
    const words = wordCount(doc.text.slice(q.start, q.end));
    const openTok = tokenAt(doc, q.open);
    if (openTok >= t.length) return;
    const paragraph = doc.sentences[t[openTok].sentence].paragraph;
    const prev = quotes[k - 1];
    const sentenceStart = doc.sentences[t[openTok].sentence].first;
    const headStart = prev && prev.close > doc.tokens[sentenceStart].start && !t[openTok].paragraphStart ? tokenAt(doc, prev.close + 1) : sentenceStart;
    const add = (cue: Cue | null, pattern: Candidate['pattern']) => {
      const chain = cue ? reportedChain(cue.phrase, hearerOf(doc, cue), speechLemma(t[cue.verb], t[cue.verb + 1]) ?? '') : null;
      found.push({
        start: q.start, end: q.end, phrase: chain?.speaker ?? null, pattern, cue: cue ? t[cue.verb].text : '', paragraph,
        reportedThrough: chain?.through?.relation === 'VIA' ? chain.through : null,
      });
    };
    if (words < 2) return loose.push(q);
    const viaMiddle = middle.get(k);
    if (viaMiddle) return add(viaMiddle, 'quote-cue-middle');
    const after = q.close < doc.text.length && doc.text[q.close] !== '\n' && !/^\s*$/.test(doc.text[q.close] ?? '') ? cueAfter(doc, q) : null;
    if (after) {
      const statement = statementAround(doc, q, after, sentenceStart);
      if (statement) return found.push(statement, { ...statement, start: q.start, end: q.end, pattern: 'fragment', reportedThrough: null });
      const next = quotes[k + 1];
      const nextOpen = next ? tokenAt(doc, next.open) : -1;
      const joined = next && nextOpen - after.verb <= 12 && t.slice(after.verb + 1, nextOpen).every((x) => !x.paragraphStart && x.text !== '.' && !speechLemma(x));
      if (joined && t[nextOpen - 1]?.text === ',') {
        middle.set(k + 1, after);
        return add(after, 'quote-cue-middle');
      }
      return add(after, 'quote-cue-after');
    }
    // "…, the secretary general, said:" closing one paragraph, the quote opening the next (statements, releases).
    const colonAbove = t[openTok].paragraphStart && openTok > 0 && t[openTok - 1].text === ':';
    const before = cueBefore(doc, q, colonAbove ? doc.sentences[t[openTok - 1].sentence].first : headStart);
    if (before) return add(before, t[tokenAt(doc, q.open) - 1]?.text === ':' ? 'quote-colon' : 'quote-cue-before');
    const colon = t[openTok - 1]?.text === ':' && !t[openTok].paragraphStart ? colonIntro(doc, headStart, openTok - 1) : null;
    if (colon) return add(colon, 'quote-colon');
    const startsSentence = openTok === sentenceStart || t[openTok].paragraphStart || doc.text.slice(t[sentenceStart].start, q.open).trim() === '' || /[.!?]["”’]?\s*$/.test(doc.text.slice(Math.max(0, q.open - 4), q.open));
    // Two words may carry on a speaker within their paragraph ("Nobody came."); alone, three.
    const samePara = prev !== undefined && found.some((f) => f.end === prev.end) && !t[openTok].paragraphStart;
    if ((q.continuesOpenQuote || startsSentence) && (words >= 3 || (samePara && words >= 2))) return add(null, 'quote-continued');
    loose.push(q);
  });
  return { found, loose };
}

/**
 * A cue after a quote that closes a statement of the writer's words: `The group will be
 * modelled on HRW, while being less “politically engaged,” Izvestia reported.` The statement
 * is the whole clause before the cue (indirect-cue-after); the quoted words are a fragment.
 */
function statementAround(doc: NlpDocument, q: QuoteSpan, cue: Cue, sentenceStart: number): Candidate | null {
  const t = doc.tokens;
  const openTok = tokenAt(doc, q.open);
  if (t[openTok].paragraphStart || openTok === sentenceStart) return null;
  // After a dateline ("LJUBLJANA, Nov 3 (Adria Press) - …") the statement starts past the dash.
  const from = afterDateline(t, sentenceStart, openTok);
  const lead = t.slice(from, openTok);
  // The writer's own clause, with a verb of its own, and no cue or quotation of its own.
  if (lead.length < 4 || !lead.some((x) => x.pos === 'VERB' || x.pos === 'AUX') || lead.some((x, n) => speechLemma(x, lead[n + 1], lead[n - 1]) !== null || QUOTE_MARK.test(x.text) || x.text === ':')) return null;
  const end = q.close + 1 <= doc.text.length && /["”’']/.test(doc.text[q.close] ?? '') ? q.close + 1 : q.end;
  const lemma = speechLemma(t[cue.verb], t[cue.verb + 1]) ?? '';
  const chain = reportedChain(cue.phrase, hearerOf(doc, cue), lemma);
  return { start: t[from].start, end, phrase: chain.speaker, pattern: 'indirect-cue-after', cue: t[cue.verb].text, paragraph: doc.sentences[t[openTok].sentence].paragraph, reportedThrough: chain.through };
}

/**
 * A short clause that introduces a quote with a colon but no verb of saying: `Kwan put it
 * this way: “…”`, `Ortega was blunt: “…”`. Only a named person (or a pronoun) opening the
 * clause counts as the speaker; "The sign read:" has none.
 */
function colonIntro(doc: NlpDocument, from: number, colon: number): Cue | null {
  const t = doc.tokens;
  if (colon - from > 16 || colon <= from) return null;
  // "Ruth Abernathy, who voted no, put it this way:": the verb after the relative clause.
  const relative = t.slice(from, colon).find((x) => x.text === ',' && /^(?:who|which)$/.test(t[x.i + 1]?.lower ?? ''));
  const close = relative ? t.slice(relative.i + 2, colon).find((x) => x.text === ',') : undefined;
  if (relative && !close) return null;
  const v = t.slice(close ? close.i + 1 : from + 1, colon).find((x) => x.pos === 'VERB' || x.pos === 'AUX');
  if (!close && colon - from > 10) return null;
  if (!v || t.slice(from, colon).some((x) => QUOTE_MARK.test(x.text))) return null;
  const phrase = phraseBefore(doc, v.i, from);
  if (!phrase || phrase.phraseStart !== t[from].start) return null;
  const person = (phrase.kind === 'NAMED' && phrase.isPerson !== false && !/^[a-z]/.test(phrase.name)) || (phrase.kind === 'PRONOUN' && phrase.isPerson);
  return person ? { phrase, verb: v.i, end: colon } : null;
}

/** The hearer of "told Reuters", "told the newspaper Kommersant", if the cue has one. */
export function hearerOf(doc: NlpDocument, cue: Cue): SpeakerPhrase | null {
  const lemma = speechLemma(doc.tokens[cue.verb], doc.tokens[cue.verb + 1]);
  if (!lemma || !HEARER_LEMMAS.has(lemma)) return null;
  return phraseAfter(doc, cue.verb + 1, Math.min(doc.tokens.length - 1, cue.verb + 8));
}
