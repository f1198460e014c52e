import type { AttributionMode } from '../kinds';

export interface KnownActor {
  id: string;
  name: string;
  aliases: string[];
}

export interface Suggestion {
  quote: string;
  start: number;
  end: number;
  speakerName: string | null;
  speakerId: string | null;
  mode: AttributionMode;
  /** The rule that found it: quote-with-cue, reported-speech, according-to, authorial-voice. */
  cue: string;
  confidence: number;
}

interface Span {
  start: number;
  end: number;
}

const NAME = String.raw`\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,4}`;
const VERB = String.raw`(?:said|says|told|added|wrote|stated|declared|warned|argued|noted)`;
const PRONOUN = /^(?:she|he|they|it|we|i)$/i;
/** A cue naming the speaker just before a quote: `Agnès Callamard, Amnesty’s Secretary General, said:` / `HRW … wrote that`. */
const CUE_BEFORE = new RegExp(String.raw`(${NAME}|[Ss]he|[Hh]e|[Tt]hey)(?:,[^,.“”"]{0,90},)?(?:\s+[\p{Ll}\d ]{0,30})?\s+${VERB}(?:\s+that)?[:,]?\s*$`, 'u');
/** A cue just after a quote: `,” Lantratova said` / `, said Putin`. */
const CUE_AFTER = new RegExp(String.raw`^[,.]?\s*(?:(${NAME}|[Ss]he|[Hh]e|[Tt]hey)\s+${VERB}|${VERB}\s+(${NAME}))`, 'u');
/** A pull quote's credit line just above it: "Agnès Callamard, Amnesty International’s Secretary General". */
const CREDIT_LINE = new RegExp(String.raw`(?:^|\n)(${NAME})(?:,[^,.\n]{0,90})?\s*\n\s*$`, 'u');
const REPORTED = new RegExp(String.raw`(?:(${NAME})\s+${VERB}\s+that|[Aa]ccording to (${NAME}),)\s+`, 'gu');
/** A byline paragraph closing an opinion piece: "Dave Elseroad is Head of Advocacy at …". */
const BYLINE = new RegExp(String.raw`^(${NAME}) is (?:a |an |the )?\p{Lu}[^.\n]{3,140}\.$`, 'u');
const BOILERPLATE = /subscribe|continue reading|read more|cookie|newsletter|leave a reply|views expressed|source link|share:|donate/i;

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Sentences of text[from, to), trimmed, with their offsets. */
export function sentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]+(?:[.!?]+(?=[”"’)\]]*(?:\s|$))[”"’)\]]*|$|(?=\n))/gu;
  const part = text.slice(from, to);
  for (const m of part.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim().replace(/^[“"]+/, '');
    if (body === '') continue;
    const start = from + m.index + lead + (raw.trim().length - body.length);
    out.push({ start, end: start + body.replace(/[“”"\s]+$/, '').length });
  }
  return out;
}

/** Paragraphs: runs of text between blank lines or line breaks. */
function paragraphs(text: string): Span[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length })).filter((p) => text.slice(p.start, p.end).trim() !== '');
}

const trimSpan = (text: string, s: Span): Span => {
  let { start, end } = s;
  while (start < end && /[\s“”"‘,]/.test(text[start])) start++;
  while (end > start && /[\s“”",.]/.test(text[end - 1])) end--;
  return { start, end };
};

/** Matches a name to a known actor by its name or any alias, then by a surname alone. */
export function matchSpeaker(name: string, actors: KnownActor[]): KnownActor | null {
  const norm = (s: string) => s.toLowerCase().replace(/[’']s$/, '').trim();
  const n = norm(name);
  const exact = actors.find((a) => [a.name, ...a.aliases].some((x) => norm(x) === n));
  if (exact) return exact;
  const last = n.split(/\s+/).at(-1) ?? n;
  return actors.find((a) => [a.name, ...a.aliases].some((x) => norm(x).split(/\s+/).at(-1) === last && last.length > 3)) ?? null;
}

/**
 * Finds who said what in a new article's text, by rules only: quotes with a speaker cue
 * ("…," X said; X said: “…”), reported speech (X said that …; according to X, …), and the
 * author's own voice in an opinion piece or statement (from its byline, or `voice`).
 * Never writes: an editor accepts a suggestion with addClaim.
 */
export function suggestAttributions(text: string, actors: KnownActor[], voice: KnownActor | null = null): Suggestion[] {
  const out: Suggestion[] = [];
  const covered: Span[] = [];
  let lastSpeaker: string | null = voice?.name ?? null;
  const add = (span: Span, speakerName: string | null, mode: AttributionMode, cue: string, confidence: number) => {
    const s = trimSpan(text, span);
    if (words(text.slice(s.start, s.end)) < 3 || out.some((o) => o.start < s.end && s.start < o.end)) return;
    const actor = speakerName ? matchSpeaker(speakerName, actors) : null;
    out.push({ quote: text.slice(s.start, s.end), start: s.start, end: s.end, speakerName, speakerId: actor?.id ?? null, mode, cue, confidence });
  };
  const resolve = (name: string | undefined): string | null => (name && !PRONOUN.test(name) ? (lastSpeaker = name) : lastSpeaker);

  let previous: { end: number; speaker: string | null } | null = null;
  // A quote ends at its closing mark, or (left open, as quoted paragraphs are) where the next quoted paragraph opens.
  for (const m of text.matchAll(/[“"]([^“”"]{12,}?)(?:[”"]|(?=\n\s*[“"]))/gu)) {
    const inner = { start: m.index + 1, end: m.index + 1 + m[1].length };
    const before = text.slice(Math.max(0, m.index - 160), m.index).replace(/\s+$/, ' ');
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const b = CUE_BEFORE.exec(before.trimEnd()) ?? CREDIT_LINE.exec(text.slice(Math.max(0, m.index - 160), m.index));
    const a = CUE_AFTER.exec(after);
    const continued: string | null = !a && !b && previous !== null && /^[\s”"]*$/.test(text.slice(previous.end, m.index)) ? previous.speaker : null;
    if (!a && !b && !continued) continue;
    const speaker: string | null = continued ?? resolve(b?.[1] ?? a?.[1] ?? a?.[2]);
    covered.push(inner);
    previous = { end: inner.end, speaker };
    for (const s of sentences(text, inner.start, inner.end)) add(s, speaker, 'DIRECT_QUOTE', continued ? 'quote-continued' : 'quote-with-cue', speaker ? 0.9 : 0.5);
  }
  for (const m of text.matchAll(REPORTED)) {
    const name = m[1] ?? m[2];
    const from = m.index + m[0].length;
    const sentenceEnd = sentences(text, from).at(0)?.end ?? from;
    add({ start: from, end: sentenceEnd }, resolve(name), m[2] ? 'REPORTED' : 'PARAPHRASE', m[2] ? 'according-to' : 'reported-speech', 0.7);
  }
  // A statement's publisher speaks in its own voice only when nobody else is quoted in it.
  const othersQuoted = out.some((o) => o.cue.startsWith('quote') && o.speakerName !== voice?.name);
  authorialVoice(text, othersQuoted ? null : voice, covered, add);
  return out.sort((x, y) => x.start - y.start);
}

const REPORTING = new RegExp(String.raw`\b${VERB}\b|according to`, 'u');
/** A sentence opening with "They …", "His …", "Such …" carries on the one before it. */
const CONTINUES = /^(?:They|Their|His|Her|Such|These)\b/;

function joinContinuations(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && CONTINUES.test(text.slice(s.start, s.end))) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/** Every sentence of an opinion piece or statement, in its author's voice, outside quotes of others. */
function authorialVoice(
  text: string,
  voice: KnownActor | null,
  covered: Span[],
  add: (s: Span, name: string | null, mode: AttributionMode, cue: string, confidence: number) => void,
): void {
  const paras = paragraphs(text);
  const bylineAt = paras.findIndex((p) => BYLINE.test(text.slice(p.start, p.end).trim()));
  const author = bylineAt >= 0 ? BYLINE.exec(text.slice(paras[bylineAt].start, paras[bylineAt].end).trim())![1] : voice?.name;
  if (!author) return;
  const body = bylineAt >= 0 ? paras.slice(0, bylineAt) : paras;
  for (const p of body) {
    const t = text.slice(p.start, p.end).trim();
    // Titles, captions, credits and site furniture are nobody's statement.
    if (words(t) < 8 || BOILERPLATE.test(t) || !/[.!?][”"’)]*$/.test(t) || /^[“"]/.test(t)) continue;
    for (const s of joinContinuations(text, sentences(text, p.start, p.end))) {
      const sentence = text.slice(s.start, s.end);
      if (words(sentence) < 5 || /^\(/.test(sentence) || REPORTING.test(sentence) || covered.some((c) => c.start < s.end && s.start < c.end)) continue;
      add(s, author, 'DIRECT_QUOTE', 'authorial-voice', 0.5);
    }
  }
}
