import type { Candidate } from './candidate';
import { trimContent, wordCount } from './candidate';
import { contentEnd } from './indirect-speech';
import type { NlpDocument, Sentence } from './nlp-document';
import type { FixedSpeaker } from './voice-patterns';

const HEARERS = /^(?:court|jury|jurors|tribunal|inquiry|hearing|magistrates)$/;
/** In a court report the case the court "heard" is the prosecution's, when the text says there is one. */
const PROSECUTION: FixedSpeaker = { name: 'prosecution', isPerson: null, kind: 'GROUP' };

/**
 * Agentless court passives: "The court heard that …", "The jury was told that …", and "…, a
 * jury at Redmarsh Crown Court was told on Monday." In a trial report these give the
 * prosecution's case; they are read only when the text names a prosecution or prosecutor.
 */
export function courtHeard(doc: NlpDocument, s: Sentence, insideQuote: (offset: number) => boolean): Candidate[] {
  if (!/\bprosecut/i.test(doc.text)) return [];
  const t = doc.tokens;
  for (let h = s.first; h < s.last; h++) {
    if (!HEARERS.test(t[h].lower) || insideQuote(t[h].start)) continue;
    // The hearer, perhaps "at Redmarsh Crown Court", then "heard" or "was/were told".
    let v = h + 1;
    if (t[v]?.lower === 'at') {
      v++;
      while (v <= s.last && /^\p{Lu}/u.test(t[v].text)) v++;
    }
    const passive = /^(?:was|were)$/.test(t[v]?.lower ?? '') && t[v + 1]?.lower === 'told';
    const heard = t[v]?.lower === 'heard';
    if (!passive && !heard) continue;
    const verbEnd = passive ? v + 1 : v;
    const det = /^(?:the|a)$/.test(t[h - 1]?.lower ?? '') ? h - 1 : h;
    // "The court heard that …": the content follows.
    if (det === s.first || t[det - 1]?.text === ',' && det - 1 === s.first) {
      const from = t[verbEnd + 1]?.lower === 'that' ? verbEnd + 2 : verbEnd + 1;
      if (from > s.last) return [];
      const span = trimContent(doc.text, t[from].start, t[contentEnd(doc, from, s.last)].end);
      return wordCount(doc.text.slice(span.start, span.end)) >= 4 ? [{ ...span, phrase: null, fixed: PROSECUTION, pattern: 'indirect-that', cue: t[v].text, paragraph: s.paragraph, reportedThrough: null }] : [];
    }
    // "…, a jury at Redmarsh Crown Court was told on Monday.": the clause before the comma.
    if (t[det - 1]?.text === ',' && t.slice(verbEnd + 1, s.last + 1).every((x) => /^[.!]$/.test(x.text) || /^(?:on|yesterday|today|last|this|\p{Lu}.*)$/u.test(x.text) || x.pos === 'NOUN' || x.pos === 'PROPN')) {
      const span = trimContent(doc.text, t[s.first].start, t[det - 1].start);
      return wordCount(doc.text.slice(span.start, span.end)) >= 4 ? [{ ...span, phrase: null, fixed: PROSECUTION, pattern: 'indirect-cue-after', cue: passive ? 'was told' : 'heard', paragraph: s.paragraph, reportedThrough: null }] : [];
    }
    return [];
  }
  return [];
}
