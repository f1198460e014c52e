import type { Candidate } from './candidate';
import { trimContent, wordCount } from './candidate';
import { contentEnd } from './indirect-speech';
import type { NlpDocument, Sentence, Token } from './nlp-document';
import { phraseBefore, type SpeakerPhrase } from './speaker-phrase';

/** Verbs that give a speaker's view of something "as" something: "described the cuts as an attack on …". */
const AS_VERBS = new Set(['describe', 'characterise', 'characterize', 'frame', 'portray', 'depict', 'cast', 'brand', 'label', 'paint', 'dub']);

/** Verbs that judge an object with an adjective: "found the comparison inaccurate", "called the plan reckless". */
const JUDGING_VERBS = new Set(['find', 'consider', 'deem', 'call', 'brand', 'label']);

/** Words that may stand before the subject: "However, Lokshina found …", "In a letter, she described …", "For the Greens, …". */
const LEADING = new Set(['but', 'and', 'however', 'yet', 'still', 'instead', 'meanwhile', 'later', 'earlier', 'also', 'in', 'on', 'at', 'separately', 'for', 'during', 'after', 'before', 'speaking', 'asked', 'writing']);


const BE_FORMS = /^(?:is|are|was|were|be|been|being|'s|’s)$/;

const lemmaOf = (t: Token) => (t.lower === 'characterised' || t.lower === 'characterized' ? 'characterise' : t.lemma);

/** The subject of the verb, if it opens the sentence (after a connective or a short lead phrase). */
function subjectOf(doc: NlpDocument, s: Sentence, v: number): SpeakerPhrase | null {
  const t = doc.tokens;
  // "The plan was described as …": a passive names no speaker.
  if (BE_FORMS.test(t[v - 1]?.lower ?? '')) return null;
  const phrase = phraseBefore(doc, v, s.first);
  if (!phrase || phrase.kind === 'PAIR' && phrase.isPerson === null) return null;
  const lead = t.slice(s.first, phrase.first);
  const comma = lead.findIndex((x) => x.text === ',');
  // "When he opened the warehouse in June, …": a time clause may have a verb of its own.
  const timeClause = /^(?:when|after|before|while|as)$/.test(lead[0]?.lower ?? '') && comma === lead.length - 1 && lead.length <= 12;
  const leadOk = lead.length === 0 || lead.every((x) => LEADING.has(x.lower) || x.text === ',') || timeClause
    || (comma >= 0 && comma === lead.length - 1 && lead.length <= 8 && LEADING.has(lead[0].lower) && !lead.some((x) => x.pos === 'VERB' || x.pos === 'AUX'));
  return leadOk ? phrase : null;
}

/** "the comparison with HRW inaccurate": an object, then the adjective that judges it, then the clause's end or its reason. */
function judgedObject(doc: NlpDocument, from: number, last: number): boolean {
  const t = doc.tokens;
  if (!/^(?:DET|PRON|NOUN|PROPN|ADJ)$/.test(t[from]?.pos ?? '') || /^(?:on|for|in|out|up|off|it)$/.test(t[from]?.lower ?? '')) return false;
  for (let k = from + 1; k <= last && k - from <= 10; k++) {
    if (t[k].pos === 'VERB' || t[k].pos === 'AUX' || t[k].text === ',') return false;
    if (t[k].pos !== 'ADJ' || !/^(?:NOUN|PROPN)$/.test(t[k - 1].pos)) continue;
    const next = t[k + 1];
    return !next || k === last || /^[,.;]$/.test(next.text) || /^(?:as|because|since|and|but|given)$/.test(next.lower);
  }
  return false;
}

/** "called the tariff a temporary measure": a noun phrase, then "a/an" and a second one that names it (not "a second time"). */
function namedAs(doc: NlpDocument, from: number, last: number): boolean {
  const t = doc.tokens;
  if (t[from]?.lower !== 'the' && t[from]?.pos !== 'PROPN') return false;
  for (let k = from + 1; k <= last && k - from <= 6; k++) {
    if (t[k].pos === 'VERB' || t[k].pos === 'AUX' || t[k].text === ',' || /^["“‘']$/.test(t[k].text)) return false;
    if (!/^(?:a|an)$/.test(t[k].lower) || !/^(?:NOUN|PROPN)$/.test(t[k - 1].pos)) continue;
    const noun = t.slice(k + 1, Math.min(last, k + 5) + 1).find((x) => x.pos === 'NOUN');
    return noun !== undefined && !/^(?:time|times|day|days|week|weeks|year|years|second|few|lot|number)$/.test(noun.lower);
  }
  return false;
}

/**
 * A speaker's stance given with a characterising verb and no verb of saying:
 * "She characterized the stance as marked by hostility", "what she described as a disconnect
 * between …", "Lokshina found the comparison inaccurate as …", "He called the ruling a
 * disgrace" is not read (no "as", no adjective: too often a naming, not a view).
 */
export function characterisations(doc: NlpDocument, s: Sentence, insideQuote: (offset: number) => boolean): Candidate[] {
  const t = doc.tokens;
  const out: Candidate[] = [];
  for (let v = s.first + 1; v < s.last; v++) {
    const lemma = lemmaOf(t[v]);
    if (t[v].pos !== 'VERB' || insideQuote(t[v].start) || (!AS_VERBS.has(lemma) && !JUDGING_VERBS.has(lemma))) continue;
    let from = -1;
    let phrase: SpeakerPhrase | null = null;
    // "what she described as X": X is the speaker's phrase.
    if (t[v - 2]?.lower === 'what' && t[v + 1]?.lower === 'as' && AS_VERBS.has(lemma)) {
      phrase = phraseBefore(doc, v, v - 1);
      from = v + 2;
    } else {
      phrase = subjectOf(doc, s, v);
      if (!phrase) continue;
      const as = t.slice(v + 2, Math.min(s.last, v + 14)).find((x) => x.lower === 'as');
      const between = as ? t.slice(v + 1, as.i) : [];
      if (AS_VERBS.has(lemma) && as && !between.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.text === ',' || x.text === ';')) from = v + 1;
      else if (JUDGING_VERBS.has(lemma) && judgedObject(doc, v + 1, s.last)) from = v + 1;
      else if ((lemma === 'call' || lemma === 'consider') && namedAs(doc, v + 1, s.last)) from = v + 1;
    }
    if (!phrase || from < 0 || from > s.last) continue;
    const end = contentEnd(doc, from, s.last);
    const span = trimContent(doc.text, t[from].start, t[end].end);
    if (wordCount(doc.text.slice(span.start, span.end)) < 3) continue;
    out.push({ ...span, phrase, pattern: 'characterise', cue: t[v].text, paragraph: s.paragraph, reportedThrough: null });
    v = end;
  }
  return out;
}
