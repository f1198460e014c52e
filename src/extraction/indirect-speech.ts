import type { Candidate } from './candidate';
import { trimContent, wordCount } from './candidate';
import { HEARER_LEMMAS, VERB_TAIL_WORDS, speechLemma } from './cue-verbs';
import { type NlpDocument, type Sentence, type Token, tokenAt } from './nlp-document';
import { afterDateline } from './phrase-shapes';
import { reportedChain } from './reported-chains';
import { phraseAfter, phraseBefore, type SpeakerPhrase } from './speaker-phrase';

/** Words that may open a sentence before its subject: "On Monday, …", "But …". */
const OPENERS = new Set(['but', 'and', 'however', 'meanwhile', 'yet', 'still', 'separately', 'later', 'earlier', 'so', 'also', 'now', 'in', 'on', 'at', 'last', 'speaking', 'asked', 'while', 'though', 'although']);

/** Words that open a clause leading the sentence: "Before he took questions, the director said …". */
const LEAD_CLAUSE = new Set(['before', 'after', 'when', 'while', 'as', 'since', 'although', 'though', 'if', 'once', 'until', 'speaking', 'asked', 'in', 'on', 'at']);

/** Words that open a subordinate clause: its subject's verb is no statement of the sentence. */
const SUBORDINATORS = new Set(['while', 'whilst', 'although', 'though', 'if', 'because', 'whereas', 'unless', 'since', 'when', 'as']);

/** Verbs whose object alone states a position. */
const NP_OBJECT_LEMMAS = new Set(['dismiss', 'deny', 'reject', 'condemn', 'describe', 'brand', 'call', 'welcome', 'criticise', 'criticize']);

type Inside = (offset: number) => boolean;

const POSSESSIVE_MARK = /^(?:'s|’s|'|’)$/;

/** "X welcomed the vote but said …": the subject of the first verb speaks the second. */
function sharedSubject(doc: NlpDocument, s: Sentence, v: number): SpeakerPhrase | null {
  const t = doc.tokens;
  if (!/^(?:and|but)$/.test(t[v - 1]?.lower ?? '')) return null;
  // The subject opens the sentence, or follows a dateline ("TESSALY, March 4 (Meridian Wire) - The bank kept … and said …").
  let from = afterDateline(t, s.first, Math.min(v, s.first + 12));
  // "Today the company sells … and says …": a time word before the subject.
  while (from < v && /^(?:today|now|yesterday|meanwhile|later|earlier|then)$/.test(t[from].lower)) from++;
  for (let u = v - 2; u > from; u--) {
    if (t[u].pos !== 'VERB') continue;
    const p = phraseBefore(doc, u, from);
    if (p && p.phraseStart === t[from].start) return p;
  }
  return null;
}

/** "She spoke for an hour, adding that …": the subject of the sentence's first verb speaks the participle. */
function sentenceSubject(doc: NlpDocument, s: Sentence, v: number): SpeakerPhrase | null {
  const t = doc.tokens;
  const u = t.slice(s.first + 1, v).find((x) => x.pos === 'VERB' || x.pos === 'AUX');
  if (!u) return null;
  // The subject opens the sentence, or follows a dateline ("OSTRAVA, Sept 9 (Corvine) - The regulator fined …").
  const from = afterDateline(t, s.first, u.i);
  const p = phraseBefore(doc, u.i, from);
  return p && p.phraseStart === t[from].start ? p : null;
}

/** Where the content of "said (to X) (in a statement) (that) …" starts, and the hearer skipped on the way. */
function contentStart(doc: NlpDocument, verb: number, last: number, lemma: string): { at: number; hearer: SpeakerPhrase | null; told: boolean; citing: SpeakerPhrase | null } | null {
  const t = doc.tokens;
  let i = verb + 1;
  let hearer: SpeakerPhrase | null = null;
  let citing: SpeakerPhrase | null = null;
  if (HEARER_LEMMAS.has(lemma)) {
    hearer = phraseAfter(doc, i, Math.min(last, i + 8));
    if (hearer) while (i <= last && t[i].end <= hearer.end) i++;
    else while (i <= last && i - verb < 6 && (['DET', 'NOUN', 'ADJ', 'PROPN', 'PRON'].includes(t[i].pos) && t[i].lower !== 'that')) i++;
  }
  const told = i > verb + 1;
  // Skip modifiers up to a "that" within reach; without one, the content starts after the modifiers.
  const thatAt = t.slice(i, Math.min(last + 1, i + 14)).find((x) => x.lower === 'that')?.i;
  // "denied that figure": a determiner, not a conjunction.
  const determiner = thatAt !== undefined && t[thatAt + 1]?.pos === 'NOUN' && /^[,.;]$/.test(t[thatAt + 2]?.text ?? '.');
  // "in a joint letter to staff that": the tagger may read a noun after a preposition or article as a verb.
  // "said in an interview published on Sunday by the weekly Polityka that": a participle describing the noun before it.
  const participle = (x: Token) => x.pos === 'VERB' && /ed$/.test(x.lower) && t[x.i - 1]?.pos === 'NOUN' && !speechLemma(x) && /^(?:interview|statement|article|letter|post|video|message|column|piece|speech|programme|program|podcast|documentary|op-ed|report)$/.test(t[x.i - 1].lower);
  const nounLike = (x: Token) => x.pos === 'NOUN' || participle(x) || (x.pos === 'VERB' && !speechLemma(x) && (/^(?:ADP|DET|ADJ)$/.test(t[x.i - 1]?.pos ?? '') && t[x.i - 1]?.lower !== 'to' || t[x.i - 1]?.lower === 'to' && x.i + 1 === thatAt));
  // "commented on the reform by noting that …": the participle's "that" is the content's.
  const byParticiple = (x: Token) => /ing$/.test(x.lower) && t[x.i - 1]?.lower === 'by' && x.i + 1 === thatAt;
  if (thatAt !== undefined && !determiner && t.slice(i, thatAt).every((x) => VERB_TAIL_WORDS.has(x.lower) || x.text === ',' || x.pos === 'PROPN' || x.pos === 'NUM' || /^(?:citing|quoting)$/.test(x.lower) || nounLike(x) || byParticiple(x) || x.pos === 'ADJ' || x.pos === 'DET')) {
    const c = t.slice(i, thatAt).findIndex((x) => /^(?:citing|quoting)$/.test(x.lower));
    if (c >= 0) citing = phraseAfter(doc, i + c + 1, thatAt - 1);
    return { at: thatAt + 1, hearer, told, citing };
  }
  // "warn of job losses", "warned officials about cracks": what follows is a topic, not what was said.
  if (/^(?:of|about|against|over)$/.test(t[i]?.lower ?? '')) return null;
  while (i <= last && (VERB_TAIL_WORDS.has(t[i].lower) && !['the', 'a', 'it', 'them', 'him', 'us', 'me', 'its', 'his', 'her', 'their', 'our'].includes(t[i].lower) || t[i].text === ',')) i++;
  if (i > last) return null;
  // Without "that" the content must be a clause: a subject, then a verb before any comma
  // ("promised an independent audit, his office said" is no statement of its own).
  // ("match-day traffic": a word glued to a hyphen is part of a compound, whatever its tag.)
  const compound = t[i + 1]?.text === '-' && t[i + 1].start === t[i].end;
  if ((t[i].pos === 'AUX' || t[i].pos === 'VERB') && !compound) return null;
  // "dismissed the walkout as a stunt", "denied the charges": the object is what they said.
  if (NP_OBJECT_LEMMAS.has(lemma)) return { at: i, hearer, told, citing };
  let k = i;
  while (k <= last && t[k].text !== ',' && t[k].pos !== 'VERB' && t[k].pos !== 'AUX') k++;
  // "said the prime minister, Henrik Saal, was …", "said wage growth, at 5.1 percent, remained …": an insertion between commas.
  if (k <= last && t[k].text === ',' && k > i) {
    const close = t.slice(k + 1, Math.min(last, k + 14) + 1).find((x) => x.text === ',');
    const inserted = close ? t.slice(k + 1, close.i) : [];
    let after = close ? close.i + 1 : last + 1;
    while (after <= last && t[after].pos === 'ADV') after++;
    if (close && inserted.length > 0 && !inserted.some((x) => x.pos === 'VERB' || x.pos === 'AUX') && after <= last && (t[after].pos === 'VERB' || t[after].pos === 'AUX') && !/ing$/.test(t[after].lower)) k = after;
  }
  // "announced plans to build …" (an infinitive) and "noted the report and moved on" (the subject's next verb) are no clauses,
  // unless a finite verb follows ("told reporters the scheme to raise the banks was on track").
  if (k <= last && /^(?:to|and|or|but)$/.test(t[k - 1]?.lower ?? '')) {
    const finite = t[k - 1].lower === 'to' && t.slice(k + 1, last + 1).find((x) => x.text === ',' || (x.pos === 'AUX' && /^(?:is|was|were|are|will|would|had|has|could|can)$/.test(x.lower)));
    if (!finite || finite.text === ',') return null;
  }
  // "has written to the environment secretary asking for a meeting": a participle is no clause's verb.
  if (k <= last && t[k].pos === 'VERB' && /ing$/.test(t[k].lower) && /^(?:NOUN|PROPN)$/.test(t[k - 1]?.pos ?? '')) return null;
  return k <= last && t[k].text !== ',' ? { at: i, hearer, told, citing } : null;
}

/** Where content stops: a ", adding that" or "; " starts another statement. */
export function contentEnd(doc: NlpDocument, from: number, last: number): number {
  const t = doc.tokens;
  for (let i = from; i <= last; i++) {
    if (t[i].text === ';') return i - 1;
    // "…, and called on the ministry to …": the speaker's next act, not part of what was said.
    if (t[i].text === ',' && t[i + 1]?.lower === 'and' && t[i + 2]?.pos === 'VERB' && /ed$/.test(t[i + 2].lower)) return i - 1;
    // "…, and their lawyer, Sara Nyberg, argued that …": another speaker's clause.
    if (t[i].text === ',' && /^(?:and|but|while)$/.test(t[i + 1]?.lower ?? '') && t.slice(i + 2, Math.min(last + 1, i + 12)).some((x, k, xs) => speechLemma(x, xs[k + 1]) !== null)) return i - 1;
    // "… and denied that …": a second statement by the same speaker.
    if (t[i].lower === 'and' && i > from && speechLemma(t[i + 1], t[i + 2]) && t.slice(i + 2, Math.min(last + 1, i + 8)).some((x) => x.lower === 'that')) return i - 1;
    if (t[i].text === ',' && t[i + 1]?.lower === 'according' && t[i + 2]?.lower === 'to') return i - 1;
    if (t[i].text === ',' && t[i + 1] && /ing$/.test(t[i + 1].lower) && speechLemma(t[i + 1], t[i + 2])) return i - 1;
  }
  return last;
}

/**
 * Indirect speech in one sentence: "X said (that) …", "X says …", "X told Y (that) …",
 * "…, X said.", a participle carrying the same speaker (", adding that …"), and reports
 * of reports ("Kommersant, citing …, reported that …"). Verbs inside quotation marks
 * are the quoted speaker's words, not cues.
 */
export function indirectSpeech(doc: NlpDocument, s: Sentence, insideQuote: Inside): Candidate[] {
  const t = doc.tokens;
  const out: Candidate[] = [];
  let lastPhrase: SpeakerPhrase | null = null;
  for (let v = s.first; v <= s.last; v++) {
    const lemma = speechLemma(t[v], t[v + 1], t[v - 1]);
    if (!lemma || insideQuote(t[v].start)) continue;
    // ", adding that …" and "by noting that …": the same speaker goes on.
    const participle = /ing$/.test(t[v].lower) && (t[v - 1]?.text === ',' || (t[v - 1]?.lower === 'by' && t[v + 1]?.lower === 'that'));
    let phrase: SpeakerPhrase | null = participle ? lastPhrase ?? sentenceSubject(doc, s, v) : phraseBefore(doc, v, s.first) ?? sharedSubject(doc, s, v);
    if (!phrase && !participle) {
      const inverted = invertedCueAfter(doc, s, v, lemma, insideQuote);
      if (inverted) {
        out.push(inverted);
        break;
      }
    }
    if (!phrase) continue;
    const phraseStart = phrase.phraseStart;
    const phraseTok = tokenAt(doc, phraseStart);
    const beforePhrase = t[phraseTok - 1];
    // "While the authorities deny abuses, …": a subordinate clause's verb states nothing of its own.
    if (SUBORDINATORS.has(t[phraseTok].lower) || (SUBORDINATORS.has(beforePhrase?.lower ?? '') && !LEAD_CLAUSE.has(beforePhrase?.lower ?? ''))) continue;
    // "…, with Amnesty International writing that …": a participle with a subject of its own.
    const withSubject = /ing$/.test(t[v].lower) && beforePhrase?.lower === 'with' && !participle;
    // "Defending, Simon Achterberg said …", "Giving evidence, she said …", "For the Greens, Ferro said …".
    // The tagger may read a capitalised participle as a name ("Opening the case, …").
    const leadParticiple = /ing$/.test(t[s.first].lower) && (t[s.first].pos === 'VERB' || (t[s.first].pos === 'PROPN' && /^(?:DET|ADP|PRON|PUNCT)$/.test(t[s.first + 1]?.pos ?? '')));
    const leadWord = LEAD_CLAUSE.has(t[s.first].lower) || leadParticiple || /^(?:for|during|at|in)$/.test(t[s.first].lower);
    const leadClause = leadWord && beforePhrase?.text === ',' && (LEAD_CLAUSE.has(t[s.first].lower) || phraseTok - 1 - s.first <= 10) && t.slice(s.first, phraseTok - 1).every((x) => x.text !== ',' && !insideQuote(x.start));
    // "The decision, the ministry said, would be reviewed.": the cue stands inside the content.
    if (!participle && !leadClause && beforePhrase?.text === ',' && phraseTok - 1 > s.first) {
      const middle = cueInTheMiddle(doc, s, phraseTok - 1, v, lemma, phrase, insideQuote);
      if (middle.length > 0) {
        out.push(...middle);
        lastPhrase = phrase;
        v = s.last;
        continue;
      }
    }
    // "The architect, Sigrid Vale, whose practice …, said …": a short description in apposition opens the sentence.
    const described = beforePhrase?.text === ',' && phraseTok - 1 - s.first <= 4 && /^(?:DET|PRON)$/.test(t[s.first].pos) && t.slice(s.first, phraseTok - 1).every((x) => /^(?:DET|PRON|NOUN|ADJ|PART|PROPN)$/.test(x.pos) || POSSESSIVE_MARK.test(x.text));
    // "…, Varga said." The clause before the comma is the content.
    if (!participle && !leadClause && !described && beforePhrase?.text === ',' && phraseTok - 1 > s.first) {
      const tail = t.slice(v + 1, clauseEnd(doc, v + 1, s.last) + 1);
      if (tail.every((x) => VERB_TAIL_WORDS.has(x.lower) || /^[.,!?]$/.test(x.text) || x.pos === 'PROPN' || x.pos === 'NUM' || x.pos === 'NOUN' || x.pos === 'DET' || x.pos === 'ADJ')) {
        // The content starts after a dateline ("LJUBLJANA, Nov 3 (Adria Press) - …").
        const span = trimContent(doc.text, t[afterDateline(t, s.first, Math.min(phraseTok, s.first + 12))].start, beforePhrase.start);
        if (wordCount(doc.text.slice(span.start, span.end)) >= 4 && !insideQuote(span.start + 1)) {
          // "…, the daily X reported on Thursday, citing two people familiar with …": the cited speak, through X.
          const end = clauseEnd(doc, v + 1, s.last);
          const citing = t[end]?.text === ',' && /^(?:citing|quoting)$/.test(t[end + 1]?.lower ?? '') ? phraseAfter(doc, end + 2, s.last) : null;
          const chain = reportedChain(citing && !phrase.citing ? { ...phrase, citing } : phrase, null, lemma);
          const pattern = chain.through?.relation === 'VIA' && citing ? 'reported-chain' : 'indirect-cue-after';
          out.push({ ...span, phrase: chain.speaker, pattern, cue: t[v].text, paragraph: s.paragraph, reportedThrough: chain.through });
        }
      }
      lastPhrase = phrase;
      // Only a participle (", adding that …") may follow in the cue's own clause.
      v = clauseEnd(doc, v + 1, s.last);
      continue;
    }
    // A dateline dash, or a one-word paragraph label ("Q: Critics say …").
    const dateline = /^[-—–]$/.test(beforePhrase?.text ?? '') || (beforePhrase?.text === ':' && phraseTok - 1 === s.first + 1);
    // "…, and her lawyer said …": a clause of its own after a comma and a conjunction.
    const coordinated = /^(?:and|but)$/.test(beforePhrase?.lower ?? '') && /^[,;"”’]$/.test(t[phraseTok - 2]?.text ?? '');
    // "His comments came after the union said …": a cue inside a time clause still reports the union.
    const timeClause = /^(?:after|before|when|since|until)$/.test(beforePhrase?.lower ?? '') && phraseTok - 1 > s.first;
    const opensSentence = described || phrase.relative === true || participle || withSubject || timeClause || dateline || leadClause || coordinated || phraseTok === s.first || t.slice(s.first, phraseTok).every((x) => OPENERS.has(x.lower) || x.text === ',' || x.pos === 'PROPN' || x.pos === 'NUM' || x.pos === 'DET' || x.pos === 'NOUN' || x.pos === 'ADP' || x.pos === 'ADJ' || (x.pos === 'PRON' && t[x.i - 1]?.lower === 'of'));
    if (!opensSentence) {
      // "“…,” Lantratova said, adding that …": the quote's speaker carries the participle.
      if (/^["”’]$/.test(t[phraseTok - 1]?.text ?? '') || /^["”’]$/.test(t[phraseTok - 2]?.text ?? '')) lastPhrase = phrase;
      continue;
    }
    lastPhrase = phrase;
    const c = contentStart(doc, v, s.last, lemma);
    if (!c) continue;
    let endTok = contentEnd(doc, c.at, s.last);
    // "The minister, who said last year that the plant would close, changed her mind": the relative clause ends at its comma.
    if (phrase.relative) {
      const close = t.slice(c.at, endTok + 1).find((x) => x.text === ',' && (t[x.i + 1]?.pos === 'VERB' || t[x.i + 1]?.pos === 'AUX') && !/ing$/.test(t[x.i + 1].lower));
      if (close) endTok = close.i - 1;
    }
    if (endTok < c.at) continue;
    const span = trimContent(doc.text, t[c.at].start, t[endTok].end);
    if (wordCount(doc.text.slice(span.start, span.end)) < 3) continue;
    // "accused the minister of “dressing up luck as policy”": the quoted words are the claim, not the object.
    if (lemma === 'accuse' && /^[^"“‘']{1,60}\bof\s+["“‘']/.test(doc.text.slice(span.start, span.end))) continue;
    if (c.citing) phrase = { ...phrase, citing: c.citing };
    const chain = reportedChain(phrase, c.hearer, lemma);
    const pattern = chain.through && (phrase.citing || lemma === 'report') ? 'reported-chain' : c.told && lemma === 'tell' ? 'told-object' : /^says?$/.test(t[v].lower) ? 'present-say' : 'indirect-that';
    out.push({ ...span, phrase: chain.speaker, pattern, cue: t[v].text, paragraph: s.paragraph, reportedThrough: chain.through });
    lastPhrase = phrase;
    v = endTok;
  }
  return out;
}

/**
 * "The payments, Mr Achterberg told the jury, had been approved by the board.": a subject,
 * the cue between commas, then the rest of the clause. Two parts, like a quote with its cue in
 * the middle; the part before the cue has no verb of its own, the part after starts with one.
 */
function cueInTheMiddle(doc: NlpDocument, s: Sentence, comma: number, v: number, lemma: string, phrase: SpeakerPhrase, insideQuote: Inside): Candidate[] {
  const t = doc.tokens;
  const from = afterDateline(t, s.first, Math.min(comma, s.first + 12));
  const head = t.slice(from, comma);
  if (head.length === 0 || head.some((x) => x.text === ',' || x.text === ':' || insideQuote(x.start)) || (head[0].pos === 'ADP' && head[0].lower !== 'about')) return [];
  // The head is a noun phrase (with its own modifiers): "The decision to hold the vote overnight".
  if (!head.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON')) return [];
  let i = v + 1;
  if (HEARER_LEMMAS.has(lemma)) {
    // "told the jury": the hearer need not be a speaker the classifier knows.
    const hearer = phraseAfter(doc, i, Math.min(s.last, i + 6));
    if (hearer) while (i <= s.last && t[i].end <= hearer.end) i++;
    else while (i <= s.last && i - v < 6 && /^(?:DET|NOUN|ADJ|PROPN|PRON)$/.test(t[i].pos)) i++;
  }
  while (i <= s.last && VERB_TAIL_WORDS.has(t[i].lower) && t[i].text !== ',') i++;
  if (t[i]?.text !== ',') return [];
  let k = i + 1;
  while (k <= s.last && t[k].pos === 'ADV') k++;
  // "…, the paper reported, citing …": a participle after the cue is the cue's own clause.
  if (k > s.last || (t[k].pos !== 'VERB' && t[k].pos !== 'AUX') || /ing$/.test(t[k].lower)) return [];
  const end = contentEnd(doc, i + 1, s.last);
  const first = trimContent(doc.text, t[from].start, t[comma].start);
  const second = trimContent(doc.text, t[i + 1].start, t[end].end);
  if (wordCount(doc.text.slice(second.start, second.end)) < 3) return [];
  const chain = reportedChain(phrase, null, lemma);
  const part = (span: { start: number; end: number }): Candidate => ({ ...span, phrase: chain.speaker, pattern: 'indirect-cue-middle', cue: t[v].text, paragraph: s.paragraph, reportedThrough: chain.through });
  return [part(first), part(second)];
}

/** Where the cue's own clause ends: before ", and …" / ", but …" opening another clause, else at the sentence's end. */
function clauseEnd(doc: NlpDocument, from: number, last: number): number {
  const t = doc.tokens;
  for (let i = from; i < last; i++) {
    if (t[i].text !== ',') continue;
    if (/^(?:and|but|while|as)$/.test(t[i + 1].lower) && t.slice(i + 2, last + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return i;
    if (/ing$/.test(t[i + 1].lower) && speechLemma(t[i + 1], t[i + 2])) return i;
    // "…, the two companies said on Thursday, blaming rising costs": a participle clause of the speaker's.
    if (/ing$/.test(t[i + 1].lower) && t[i + 1].pos === 'VERB') return i;
  }
  return last;
}

/** "The target is ambitious, said Klara Vesely, chief economist at …": the verb first, then the speaker, after the content. */
function invertedCueAfter(doc: NlpDocument, s: Sentence, v: number, lemma: string, insideQuote: Inside): Candidate | null {
  const t = doc.tokens;
  if (t[v - 1]?.text !== ',' || v - 1 <= s.first || !/^(?:say|add|tell|write|note|warn|argue)$/.test(lemma)) return null;
  const phrase = phraseAfter(doc, v + 1, s.last);
  if (!phrase || phrase.kind === 'PRONOUN') return null;
  const from = afterDateline(t, s.first, Math.min(v, s.first + 12));
  const content = t.slice(from, v - 1);
  if (!content.some((x) => x.pos === 'VERB' || x.pos === 'AUX') || content.some((x) => speechLemma(x) !== null && !insideQuote(x.start))) return null;
  const span = trimContent(doc.text, t[from].start, t[v - 1].start);
  if (wordCount(doc.text.slice(span.start, span.end)) < 4 || insideQuote(span.start + 1)) return null;
  const chain = reportedChain(phrase, null, lemma);
  return { ...span, phrase: chain.speaker, pattern: 'indirect-cue-after', cue: t[v].text, paragraph: s.paragraph, reportedThrough: chain.through };
}
