import type { Token } from './nlp-document';

/** Verbs of saying, by lemma: the cue of a direct quote or of indirect speech. */
const SPEECH_LEMMAS = new Set([
  'say', 'tell', 'add', 'warn', 'argue', 'deny', 'claim', 'insist', 'note', 'state', 'declare', 'announce', 'explain', 'stress',
  'write', 'admit', 'acknowledge', 'confirm', 'predict', 'complain', 'promise', 'vow', 'suggest', 'allege', 'maintain', 'concede',
  'contend', 'assert', 'report', 'reply', 'respond', 'comment', 'caution', 'emphasise', 'emphasize', 'recall', 'observe', 'charge',
  'counter', 'acknowledge', 'dismiss', 'reject', 'inform', 'assure', 'remind', 'urge', 'accuse', 'tweet', 'post', 'testify', 'boast',
  'conclude', 'agree', 'rule', 'estimate', 'reveal', 'disclose', 'indicate', 'signal', 'point', 'find',
]);

/** Verbs that take the hearer as object before the content: "told reporters that …". */
export const HEARER_LEMMAS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'urge']);

/** Verbs whose object is the thing judged, not a clause: "the Kremlin dismissed the report as …". */
export const STANCE_LEMMAS = new Set(['dismiss', 'reject', 'deny', 'accuse', 'urge']);

/** Irregular or unusual forms the lemmatiser may leave alone. */
const FORMS: Record<string, string> = { said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', writes: 'write' };

/** The lemma of a speech verb, or null. "point" only counts in "pointed out". */
export function speechLemma(t: Token | undefined, next?: Token, prev?: Token): string | null {
  if (!t || !/^[a-z]/i.test(t.text)) return null;
  // "Omar Said": a capitalised word inside a name is no verb.
  if (/^[A-Z]/.test(t.text) && prev && prev.pos === 'PROPN' && /^\p{Lu}/u.test(prev.text) && prev.sentence === t.sentence) return null;
  const lemma = FORMS[t.lower] ?? t.lemma;
  if (!SPEECH_LEMMAS.has(lemma)) return null;
  // "The study's authors caution that …": a plural subject's verb the tagger read as a noun.
  const verbBeforeThat = t.pos === 'NOUN' && next?.lower === 'that' && prev !== undefined && /^(?:NOUN|PROPN)$/.test(prev.pos) && /s$/.test(prev.lower);
  if (t.pos !== 'VERB' && t.pos !== 'AUX' && !FORMS[t.lower] && !/(?:ed|s)$/.test(t.lower) && !verbBeforeThat) return null;
  // A noun in a noun phrase is no verb, whatever its ending: "Individual states", "the claims".
  if (t.pos === 'NOUN' && !FORMS[t.lower] && ((prev && /^(?:ADJ|DET|NUM|PRON)$/.test(prev.pos)) || (next && /^(?:CCONJ|PUNCT)$/.test(next.pos)) || next?.lower === 'of')) return null;
  if (lemma === 'point' && next?.lower !== 'out') return null;
  // "the inquiry found that …" states a finding; "police found the car" does not.
  if (lemma === 'find' && !/^(?:that|late|last|earlier|this|on|in)$/.test(next?.lower ?? '')) return null;
  if (lemma === 'post' || lemma === 'report' || lemma === 'charge' || lemma === 'signal') return t.pos === 'VERB' ? lemma : null;
  return lemma;
}

/** Words between a speaker and their verb that are neither: "has", "also", "on Monday", "last week". */
export const BETWEEN_WORDS = new Set([
  'has', 'have', 'had', 'also', 'later', 'earlier', 'again', 'previously', 'repeatedly', 'then', 'once', 'reportedly', 'publicly',
  'separately', 'privately', 'recently', 'meanwhile', 'subsequently', 'already', 'yesterday', 'today', 'tonight', 'on', 'last', 'this',
  'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'would', 'will', 'did', 'does', 'do', 'had', 'flatly', 'firmly', 'openly', 'angrily', 'bluntly', 'quickly',
  'immediately', 'herself', 'himself', 'themselves', 'itself', 'late', 'early', 'further', 'in', 'at', 'the', 'a', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'still', 'however', 'too', 'first',
  'initially', 'originally', 'simply', 'only', 'just', 'even', 'now', 'since', 'consistently', 'long',
]);

/** Words after a verb that lead to the content but are not part of it: "said in a statement on Monday that". */
export const VERB_TAIL_WORDS = new Set([
  ...BETWEEN_WORDS, 'in', 'a', 'an', 'statement', 'interview', 'news', 'conference', 'briefing', 'press', 'release', 'post', 'speech',
  'at', 'with', 'to', 'during', 'from', 'by', 'on', 'of', 'television', 'radio', 'video', 'message', 'reporters', 'journalists',
  'joint', 'written', 'late', 'telephone', 'phone', 'call', 'letter', 'address', 'parliament', 'lawmakers', 'legislators', 'senators',
  'committee', 'hearing', 'audience', 'crowd', 'supporters', 'delegates', 'social', 'media', 'its', 'his', 'her', 'their', 'website',
  'briefly', 'online', 'when', 'asked', 'about', 'it', 'him', 'them', 'us', 'me', 'as', 'well', 'out',
  // "said after the meeting that", "told reporters outside the court that".
  'after', 'before', 'outside', 'inside', 'following', 'ahead', 'afterwards', 'meeting', 'talks', 'session', 'vote', 'court',
]);
