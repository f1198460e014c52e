import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word or punctuation mark, with its exact UTF-16 offsets in the analysed text. */
export interface Token {
  i: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
  /** Index of the sentence it belongs to. */
  sentence: number;
  /** A line break comes before it: the start of a new paragraph. */
  paragraphStart: boolean;
}

export interface Sentence {
  /** First and last token (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
  paragraph: number;
}

export interface NlpDocument {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// Only sentence breaking and part-of-speech are needed; the model's other stages cost time.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/**
 * Tokens, parts of speech, lemmas and sentences of a text, from wink-nlp's English model.
 * wink keeps every character, so each token is found in the text from a cursor; a line
 * break always ends a sentence (wink sometimes carries one across a paragraph).
 */
export function readDocument(text: string): NlpDocument {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings do not accept its.lemma for a token collection, though it works.
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const sentenceOf = new Int32Array(values.length);
  doc.sentences().each((s, k) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    for (let j = a; j <= b; j++) sentenceOf[j] = k;
  });
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let breakBefore = true;
  let paragraph = 0;
  let lastWinkSentence = -1;
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    const at = text.indexOf(v, cursor);
    if (types[j] === 'tabCRLF' || v.trim() === '') {
      if (/[\n\r]/.test(v)) breakBefore = true;
      if (at >= 0) cursor = at + v.length;
      continue;
    }
    if (at < 0) continue; // wink normalised this token; it cannot be anchored, so it is left out
    cursor = at + v.length;
    // wink splits some words at letters outside its alphabet ("Tomáš" → "Tomá" + "š"): join them again.
    const prev = tokens[tokens.length - 1];
    if (prev && prev.end === at && /\p{L}$/u.test(prev.text) && /^\p{L}/u.test(v) && !breakBefore) {
      prev.text += v;
      prev.lower = prev.text.toLowerCase();
      prev.end = at + v.length;
      prev.lemma = prev.lower;
      sentences[sentences.length - 1].end = prev.end;
      continue;
    }
    // A line break between two characters of text is a paragraph break even when wink saw none.
    if (tokens.length > 0 && /[\n\r]/.test(text.slice(tokens[tokens.length - 1].end, at))) breakBefore = true;
    const newSentence = breakBefore || sentenceOf[j] !== lastWinkSentence;
    if (breakBefore && tokens.length > 0) paragraph++;
    if (newSentence) sentences.push({ first: tokens.length, last: tokens.length, start: at, end: at + v.length, paragraph });
    const s = sentences[sentences.length - 1];
    tokens.push({
      i: tokens.length, text: v, lower: v.toLowerCase(), start: at, end: at + v.length, pos: pos[j], lemma: lemmas[j] ?? v.toLowerCase(),
      sentence: sentences.length - 1, paragraphStart: breakBefore,
    });
    s.last = tokens.length - 1;
    s.end = at + v.length;
    lastWinkSentence = sentenceOf[j];
    breakBefore = false;
  }
  return { text, tokens, sentences };
}

/** Index of the first token starting at or after offset (tokens.length when none). */
export function tokenAt(doc: NlpDocument, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
