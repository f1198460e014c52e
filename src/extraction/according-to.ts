import type { Candidate } from './candidate';
import { trimContent, wordCount } from './candidate';
import type { NlpDocument, Sentence } from './nlp-document';
import { reportedChain } from './reported-chains';
import { phraseAfter, type SpeakerPhrase } from './speaker-phrase';

/** "according to the state grid operator", "according to the audit": a source the text describes but does not name. */
function describedSource(doc: NlpDocument, from: number, last: number): SpeakerPhrase | null {
  const t = doc.tokens;
  let a = from;
  if (/^(?:the|a|an|its|their|his|her)$/.test(t[a]?.lower ?? '')) a++;
  let b = a;
  while (b + 1 <= last && ['NOUN', 'ADJ', 'PROPN'].includes(t[b + 1].pos) && b - a < 4) b++;
  if (a > last || t[b].pos !== 'NOUN' || t.slice(a, b + 1).some((x) => !['NOUN', 'ADJ', 'PROPN'].includes(x.pos))) return null;
  const name = doc.text.slice(t[a].start, t[b].end);
  return { start: t[a].start, end: t[b].end, name, kind: 'NAMED', isPerson: false, phraseStart: t[from].start, first: from, title: null, citing: null, partner: null };
}

/** Documents and figures whose author is named after "by" or "from". */
const AUTHORED = /^(?:study|studies|report|reports|survey|surveys|figures|data|analysis|estimates|statistics|poll|polls|research|review|audit|count|tally|assessment|projections|forecast|note|memo|letter|document|documents|records|filing|filings|calculations)$/;

/** "According to X, …" and "…, according to X." */
export function accordingTo(doc: NlpDocument, s: Sentence): Candidate[] {
  const t = doc.tokens;
  for (let i = s.first; i < s.last; i++) {
    if (t[i].lower !== 'according' || t[i + 1].lower !== 'to') continue;
    // "according to the report": the document is the source as the text names it.
    let phrase = phraseAfter(doc, i + 2, s.last);
    if (!phrase || phrase.kind === 'DOCUMENT') phrase = describedSource(doc, i + 2, s.last) ?? phrase;
    // "according to figures published by the prison service": the publisher speaks.
    // "according to a study by the Baltic Marine Institute", "figures from the network": the author speaks.
    const by = t.slice(i + 2, Math.min(s.last, i + 10)).find((x, k, xs) => k > 0 && xs.slice(0, k).every((y) => y.text !== ',') && (
      x.lower === 'by' && /^(?:publish|release|issue|compile|produce|collect)$/.test(xs[k - 1].lemma)
      || /^(?:by|from)$/.test(x.lower) && AUTHORED.test(xs[k - 1].lower) && xs.slice(0, k - 1).every((y) => /^(?:DET|ADJ|NUM|PROPN|NOUN)$/.test(y.pos))
      // "according to a study published on Wednesday in the Nordic Medical Journal": the journal that carries it.
      || x.lower === 'in' && xs.slice(0, k).some((y, n) => y.lower === 'published' && n > 0 && AUTHORED.test(xs[n - 1].lower)) && /^\p{Lu}/u.test(xs[k + 1]?.lower === 'the' ? xs[k + 2]?.text ?? '' : xs[k + 1]?.text ?? '')));
    if (by && (!phrase || phrase.end <= by.start)) phrase = phraseAfter(doc, by.i + 1, s.last) ?? phrase;
    if (!phrase) return [];
    const phraseEnd = t.findIndex((x) => x.end === phrase.end);
    let span;
    if (t.slice(s.first, i).every((x) => x.text === ',' || /^(?:but|and|however)$/i.test(x.text))) {
      let j = phraseEnd + 1;
      while (j <= s.last && t[j].text !== ',') j++;
      if (j >= s.last) return [];
      span = trimContent(doc.text, t[j + 1].start, t[s.last].end);
    } else if (t[i - 1]?.text === ',' || (/^["”’]$/.test(t[i - 1]?.text ?? '') && t[i - 2]?.text === ',')) {
      // "…,” according to the charity": the comma may stand inside the closing mark.
      span = trimContent(doc.text, t[s.first].start, t[i - 1].text === ',' ? t[i - 1].start : t[i - 1].end);
    } else return [];
    // The content is a clause: "According to X, the executive secretary of Y." gives only a description.
    const content = t.filter((x) => x.start >= span.start && x.end <= span.end);
    const description = content[0]?.pos === 'DET' && !content.some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    if (wordCount(doc.text.slice(span.start, span.end)) < 3 || description) return [];
    const outlet = reportedChain(phrase, null, 'report').through;
    return [{ ...span, phrase, pattern: 'according-to', cue: 'according to', paragraph: s.paragraph, reportedThrough: outlet }];
  }
  return [];
}
