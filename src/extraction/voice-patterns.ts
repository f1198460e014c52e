import type { Candidate } from './candidate';
import { wordCount } from './candidate';
import { type NlpDocument, tokenAt } from './nlp-document';
import type { QuoteSpan } from './quotes';
import { phraseAfter } from './speaker-phrase';
import { speechLemma } from './cue-verbs';

/** A speaker fixed by the layout rather than by a cue: the voice of a statement, an interviewee. */
export interface FixedSpeaker {
  name: string;
  isPerson: boolean | null;
  /** NAMED unless said otherwise ("prosecution" in a court report is a GROUP). */
  kind?: 'NAMED' | 'GROUP';
}

interface Paragraph {
  start: number;
  end: number;
  text: string;
}

export const paragraphsOf = (text: string): Paragraph[] =>
  [...text.matchAll(/[^\n\r]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })).filter((p) => p.text.trim() !== '');

const paragraphIndex = (doc: NlpDocument, offset: number) => doc.sentences[doc.tokens[Math.min(tokenAt(doc, offset), doc.tokens.length - 1)].sentence].paragraph;
const OPENING_MARK = /^\s*["“‘'«]/;

/**
 * Pull quotes under a credit line: a short line that ends with a colon and has no verb
 * ("General secretary Maria Kowal:", "Dr Helen Achebe, chief executive of the trust:"), then a
 * line that opens with a quotation mark. The quotes of that line are the credited person's.
 */
export function creditLines(doc: NlpDocument, quotes: QuoteSpan[]): Candidate[] {
  const out: Candidate[] = [];
  const paragraphs = paragraphsOf(doc.text);
  paragraphs.forEach((p, k) => {
    const next = paragraphs[k + 1];
    const below = creditBelow(doc, p, next, quotes);
    if (below) out.push(...below);
    if (!next || !/:\s*$/.test(p.text) || !OPENING_MARK.test(next.text) || wordCount(p.text) > 14) return;
    const first = tokenAt(doc, p.start);
    const colon = tokenAt(doc, p.start + p.text.lastIndexOf(':'));
    if (doc.tokens.slice(first, colon).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return;
    const phrase = phraseAfter(doc, first, colon - 1);
    if (!phrase || phrase.kind !== 'NAMED') return;
    for (const q of quotes.filter((x) => x.open >= next.start && x.open < next.end)) {
      out.push({ start: q.start, end: q.end, phrase, pattern: 'credit-line', cue: ':', paragraph: paragraphIndex(doc, q.open), reportedThrough: null });
    }
  });
  return out;
}

/**
 * A pull quote with its credit line on the line just under it: a line that is one whole
 * quotation, then "Joan Whitley, chair of the residents' association" (a name, a comma, a
 * role; no verb, no full stop).
 */
function creditBelow(doc: NlpDocument, p: Paragraph, next: Paragraph | undefined, quotes: QuoteSpan[]): Candidate[] | null {
  if (!next || !OPENING_MARK.test(p.text) || !/["”’']\s*$/.test(p.text) || doc.text.slice(p.end, next.start) !== '\n') return null;
  const inLine = quotes.filter((q) => q.open >= p.start && q.close < p.end);
  if (inLine.length !== 1 || !/,/.test(next.text) || /[.!?:]\s*$/.test(next.text) || wordCount(next.text) > 14) return null;
  const first = tokenAt(doc, next.start);
  const comma = tokenAt(doc, next.start + next.text.indexOf(','));
  if (doc.tokens.slice(first).filter((x) => x.start < next.end).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return null;
  const phrase = phraseAfter(doc, first, comma - 1);
  // "Dr Amara Nwosu, director of …": an honorific may lead the name.
  if (!phrase || phrase.kind !== 'NAMED' || phrase.phraseStart !== next.start) return null;
  const q = inLine[0];
  return [{ start: q.start, end: q.end, phrase, pattern: 'credit-line', cue: ',', paragraph: paragraphIndex(doc, q.open), reportedThrough: null }];
}

const QUESTION = /^\s*(?:Q|Question)\s*[:.]\s*/;
const ANSWER = /^\s*(?:A|Answer)\s*[:.]\s*/;

/**
 * Answers of a Q&A interview ("Q: …" / "A: …" paragraphs, at least two of each): each answer
 * paragraph is the words of the interviewee, the first person the introduction names.
 */
export function qaAnswers(doc: NlpDocument, firstPersonBefore: (offset: number) => string | null): Candidate[] {
  const paragraphs = paragraphsOf(doc.text);
  const questions = paragraphs.filter((p) => QUESTION.test(p.text));
  const answers = paragraphs.filter((p) => ANSWER.test(p.text));
  if (questions.length < 2 || answers.length < 2) return [];
  const interviewee = firstPersonBefore(questions[0].start);
  if (!interviewee) return [];
  const fixed: FixedSpeaker = { name: interviewee, isPerson: true };
  return answers.map((p) => {
    const start = p.start + p.text.match(ANSWER)![0].length;
    let end = p.end;
    while (end > start && /\s/.test(doc.text[end - 1])) end--;
    return { start, end, phrase: null, fixed, pattern: 'qa-answer' as const, cue: 'A:', paragraph: paragraphIndex(doc, start), reportedThrough: null };
  }).filter((c) => wordCount(doc.text.slice(c.start, c.end)) > 0);
}

const ENDS_SENTENCE = /[.!]["”’']?\s*$/;
/** A line of a web page's furniture after the article: "Share:", "Topics:", "Continue reading", "Related news". */
const PAGE_CHROME = /^\s*(?:share(?: this(?: article)?)?|topics|tags|filed under|related(?: news| articles| stories| content)?|latest(?: news)?|continue reading|read more(?: from .{1,40})?|more from .{1,40}|source link|leave a (?:reply|comment)|comments?|privacy overview|cookie (?:settings|policy)|about the author|-?\s*ends\s*-?|notes? to editors?|editor[’']?s notes?|for (?:further|more) information|media (?:contacts?|enquiries|inquiries)|press contacts?)\s*:?\s*$/i;
const PHOTO_CREDIT = /\b(?:photo|image|picture|photograph)s? (?:by|credit|courtesy)\b|^(?:photo|image|credit)\s*:/i;

/** An appeal to the reader ("We urge residents to attend …", "Please write to …") asks, it does not claim. */
const APPEAL = /^(?:(?:we|i)\s+(?:urge|invite|encourage|call on|ask)\s+(?:all\s+|local\s+|our\s+)?(?:residents|readers|members|supporters|people|everyone|you|the public)\b|please\b|join us\b|sign (?:our|the)\b)/i;

/**
 * A statement's or an opinion piece's own sentences: when the text has a voice (its author or
 * publisher), each body sentence that no other attribution covers is that voice's claim.
 * Headlines, datelines, credit lines, contact lines (no closing full stop), questions, very
 * short sentences, quotations and Q&A paragraphs are left out.
 */
export function ownVoice(doc: NlpDocument, quotes: QuoteSpan[], taken: { start: number; end: number }[], voice: FixedSpeaker): Candidate[] {
  const out: Candidate[] = [];
  const paragraphs = paragraphsOf(doc.text);
  // A page captured from the web: the article ends where the site's furniture starts.
  const chrome = paragraphs.find((p, k) => k > 0 && PAGE_CHROME.test(p.text));
  const bodyEnd = chrome?.start ?? doc.text.length;
  const body = paragraphs.filter((p, k) => k > 0 && p.start < bodyEnd && ENDS_SENTENCE.test(p.text) && !OPENING_MARK.test(p.text) && !QUESTION.test(p.text) && !ANSWER.test(p.text));
  // "Dave Elseroad is Head of Advocacy at …": the author's bio line under an opinion piece.
  const bio = new RegExp(`^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\\.? )?${voice.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?:is|was|works as) (?:a |an |the )?(?:[\\w-]+ ){0,3}(?:of|at|for|with|in)\\b`, 'i');
  // The rest of the bio line's paragraph ("She writes in a personal capacity.") is furniture too.
  const bioParagraphs = new Set(doc.sentences.filter((x) => bio.test(doc.text.slice(x.start, x.end))).map((x) => x.paragraph));
  for (const s of doc.sentences) {
    if (!body.some((p) => s.start >= p.start && s.end <= p.end) || bioParagraphs.has(s.paragraph)) continue;
    const text = doc.text.slice(s.start, s.end);
    // Questions, calls to action ("Tell Canada …!"), photo credits and the author's own bio line are no claims.
    if (wordCount(text) < 5 || /[?!]["”’']?$/.test(text) || !/[.]["”’']?$/.test(text) || PHOTO_CREDIT.test(text) || bio.test(text) || APPEAL.test(text)) continue;
    // A sentence the page gives twice is furniture (a promo box, a pull quote), not a new claim.
    if (doc.text.indexOf(text) !== doc.text.lastIndexOf(text)) continue;
    const quoted = quotes.reduce((n, q) => n + Math.max(0, Math.min(q.close, s.end) - Math.max(q.open, s.start)), 0);
    if (quoted > 0.3 * (s.end - s.start)) continue;
    if (taken.some((c) => c.start < s.end && s.start < c.end)) continue;
    const tokens = doc.tokens.slice(s.first, s.last + 1);
    // A verb-less line is a label; but the tagger misses verbs after plural nouns ("defenders face
    // a campaign", "women document, report and fight abuses"), so a long sentence still counts.
    if (!tokens.some((x) => x.pos === 'VERB' || x.pos === 'AUX') && wordCount(text) < 8) continue;
    // "…, the court found last month that …": a sentence that reports someone else's words is theirs, not the voice's.
    if (tokens.some((x, k) => (speechLemma(x, tokens[k + 1], tokens[k - 1]) && tokens.slice(k + 1, k + 8).some((y) => y.lower === 'that')) || (x.lower === 'according' && tokens[k + 1]?.lower === 'to'))) continue;
    out.push({ start: s.start, end: s.end, phrase: null, fixed: voice, pattern: 'own-voice', cue: '', paragraph: s.paragraph, reportedThrough: null });
  }
  return out;
}
