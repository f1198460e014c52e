import path from 'node:path';
import { occurrencesOf } from '../domain/quote-span';
import type { Suggestion } from '../extraction/suggest';

export interface DraftInput {
  file: string;
  text: string;
  suggestions: Suggestion[];
  title: string | null;
  publisher: { id: string | null; name: string } | null;
}

export interface Draft {
  /** The article's YAML, in the import format. */
  article: string;
  /** shared.yaml: the new actors the article's speakers need. */
  shared: string;
}

const q = (s: string) => JSON.stringify(s);
const slug = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'x';
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/**
 * A draft of an article in the import format, from the suggestions: matched speakers by id,
 * unmatched ones declared as new actors (their candidates as comments), every quote exact,
 * with its context as a comment, and one claim per attribution whose text is a TODO.
 * Import refuses the draft until every TODO is filled in.
 */
export function draftArticle(input: DraftInput): Draft {
  const base = slug(path.basename(input.file, path.extname(input.file)));
  const newActors = new Map<string, { id: string; lines: string[] }>();
  const speakerIdOf = (s: Suggestion): string => {
    if (s.speakerId) return s.speakerId;
    const name = s.speakerName ?? s.speakerSurface ?? 'unknown speaker';
    const key = name.toLowerCase();
    const existing = newActors.get(key);
    if (existing) return existing.id;
    const person = s.speakerIsPerson === true || (s.speakerKind === 'ANONYMOUS' && !/s$/.test(name));
    const id = `${person ? 'person' : 'org'}-${slug(name)}`;
    const lines = [
      `  # NEW: ${s.speakerKind.toLowerCase().replace('_', ' ')} speaker "${name}", not matched to a known actor.`,
      ...(s.candidates.length > 0 ? [`  # Candidates: ${s.candidates.map((c) => `${c.id} (${c.name}, ${c.score.toFixed(2)})`).join('; ')}. Use one of these ids instead if it is the same actor.`] : []),
      `  - id: ${id}`,
      `    type: ${person ? 'PERSON' : 'ORGANISATION'}`,
      `    name: ${q(name)}`,
      `    aliases: []`,
    ];
    newActors.set(key, { id, lines });
    return id;
  };
  const claims = input.suggestions.map((s, i) => {
    const n = i + 1;
    const starts = occurrencesOf(input.text, s.quote);
    const occurrence = starts.length > 1 ? starts.indexOf(s.start) + 1 : null;
    const speakerId = speakerIdOf(s);
    const context = oneLine(`…${input.text.slice(Math.max(0, s.start - 50), s.start)}[${s.quote}]${input.text.slice(s.end, s.end + 50)}…`);
    return [
      `  # ${context}`,
      `  # ${s.pattern}, ${s.speakerKind.toLowerCase()} speaker "${s.speakerName ?? s.speakerSurface}", confidence ${s.confidence}${s.reportedThrough ? `; ${s.reportedThrough.relation} ${s.reportedThrough.outlet}: add the outlet's report as a source and link it` : ''}`,
      `  - id: claim-${base}-${n}`,
      `    text: ${q(`TODO: the claim of attribution ${n} in neutral words`)}`,
      `    about: []`,
      `    attributions:`,
      `      - id: attr-${base}-${n}`,
      `        speakerId: ${speakerId}${s.speakerId ? `    # matched: ${s.speakerName}` : ''}`,
      `        mode: ${s.mode}`,
      `        quote: ${q(s.quote)}`,
      ...(occurrence ? [`        occurrence: ${occurrence}`] : []),
    ].join('\n');
  });
  const article = [
    `# Draft written by claimgraph suggest from ${path.basename(input.file)}. Check every attribution, delete the`,
    `# wrong ones, replace every TODO, then: claimgraph import <this folder>. Import refuses it while a TODO is left.`,
    `source:`,
    `  id: src-${base}`,
    `  file: ${base}.txt`,
    `  title: ${q(input.title ?? 'TODO: the article title')}`,
    `  kind: ARTICLE`,
    `  language: en`,
    input.publisher?.id ? `  publisherId: ${input.publisher.id}    # matched: ${input.publisher.name}` : `  publisherId: null${input.publisher ? `    # "${input.publisher.name}" is not a known actor` : ''}`,
    `  authorIds: []`,
    `  cites: []`,
    `claims:`,
    ...(claims.length > 0 ? claims : ['  []']),
    '',
  ].join('\n');
  const shared = [
    `# New actors for the draft ${base}.yaml: speakers not matched to a known actor.`,
    newActors.size > 0 ? 'actors:' : 'actors: []',
    ...[...newActors.values()].flatMap((a) => a.lines),
    '',
  ].join('\n');
  return { article, shared };
}

/** The file name the draft's text is kept under, beside its YAML. */
export const draftTextName = (file: string): string => `${slug(path.basename(file, path.extname(file)))}.txt`;
