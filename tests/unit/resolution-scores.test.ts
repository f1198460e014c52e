import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { compareNames, type MatchMethod } from '../../src/domain/resolution/compare';
import { nameKey, type ActorKind } from '../../src/domain/resolution/name-key';
import { DUPLICATE_THRESHOLD, keysOf, scoreCandidate } from '../../src/domain/resolution/score';

const match = (a: string, b: string, kind: ActorKind) => compareNames(nameKey(a, kind), nameKey(b, kind));

describe('resolution: how two spellings match', () => {
  it.each<[string, string, ActorKind, MatchMethod]>([
    ['Tatyana Moskalkova', 'Tatyana Moskalkova', 'PERSON', 'EXACT'],
    ['U.N. Human Rights Council', 'UN Human Rights Council', 'ORGANISATION', 'NORMALISED'],
    ['Moskalkova, Tatyana', 'Tatyana Moskalkova', 'PERSON', 'WORD_ORDER'],
    ['Tatjana Moskalkowa', 'Tatiana Moskalkova', 'PERSON', 'TRANSLITERATION'],
    ['Katzarova, Tatjana', 'Tatiana Katsarova', 'PERSON', 'TRANSLITERATION'],
    ['UN Human Rights Council', 'United Nations Human Rights Council', 'ORGANISATION', 'ACRONYM'],
    ['UNHRC', 'United Nations Human Rights Council', 'ORGANISATION', 'ACRONYM'],
    ['ENRI', 'ENNHRI', 'ORGANISATION', 'ACRONYM'],
    ['GANRI', 'Global Alliance of National Human Rights Institutions', 'ORGANISATION', 'ACRONYM'],
    ['T. Moskalkova', 'Tatyana Moskalkova', 'PERSON', 'INITIALS'],
    ['Joseph R. Biden', 'Joseph Biden', 'PERSON', 'INITIALS'],
    ['Moskalkova', 'Tatyana Moskalkova', 'PERSON', 'SURNAME'],
    ['SOPA Ima', 'SOPA Images', 'ORGANISATION', 'TRUNCATED'],
    ['Human Rigths Watch', 'Human Rights Watch', 'ORGANISATION', 'TYPO'],
    ['Natalia Estemriova', 'Natalia Estemirova', 'PERSON', 'TYPO'],
  ])('"%s" ~ "%s" (%s): %s, at or above the threshold', (a, b, kind, method) => {
    const m = match(a, b, kind);
    expect(m.method).toBe(method);
    expect(m.score).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
  });

  it.each<[string, string, ActorKind]>([
    ['Anna Moskalenko', 'Andrei Moskalenko', 'PERSON'],
    ['Alexandra Petrova', 'Alexander Petrov', 'PERSON'],
    ['Ilya Yashkin', 'Ilya Yashin', 'PERSON'],
    ['Oleg Orlovsky', 'Oleg Orlov', 'PERSON'],
    ['Joe Biden', 'Vladimir Putin', 'PERSON'],
    ['Putin', 'Biden', 'PERSON'],
    ['UNHCR', 'UNHRC', 'ORGANISATION'],
    ['Amnesty International Canada', 'Amnesty International', 'ORGANISATION'],
    ['Speaker 12', 'Speaker 1', 'PERSON'],
    ['Group of 20', 'Group of 7', 'ORGANISATION'],
    ['Twin B alias', 'Twin A', 'PERSON'],
  ])('"%s" and "%s" (%s) stay below the threshold', (a, b, kind) => {
    expect(match(a, b, kind).score).toBeLessThan(DUPLICATE_THRESHOLD);
  });

  it('scores a candidate by its best spelling and says which one matched', () => {
    const s = scoreCandidate(keysOf(['ENRI'], 'ORGANISATION'), keysOf(['European Network of National Human Rights Institutions', 'ENNHRI'], 'ORGANISATION'));
    expect(s.score).toBe(0.93);
    expect(s.reasons.map((r) => r.matched)).toEqual(['ENNHRI', 'European Network of National Human Rights Institutions']);
    expect(s.reasons[0]).toMatchObject({ query: 'ENRI', method: 'ACRONYM' });
  });

  it('compares a spelling with an aside in brackets also without it', () => {
    const s = scoreCandidate(keysOf(['Commonwealth of Independent (Former Soviet) States'], 'ORGANISATION'), keysOf(['Commonwealth of Independent States'], 'ORGANISATION'));
    expect(s.score).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
  });
});

describe('resolution: the seed graph', () => {
  interface SeedActor { id: string; type: ActorKind; name: string; acronym?: string; aliases?: string[]; notDuplicateOf?: string[] }
  const actors = (parse(fs.readFileSync(path.join(__dirname, '../../seeds/annotations/shared.yaml'), 'utf8')) as { actors: SeedActor[] }).actors;
  const names = (a: SeedActor) => [a.name, ...(a.aliases ?? []), ...(a.acronym ? [a.acronym] : [])];

  it('marks every pair of its actors that the rule would take for one (and only those) as notDuplicateOf', () => {
    expect(actors.length).toBeGreaterThan(40);
    const flagged: string[] = [];
    for (const a of actors) {
      for (const b of actors) {
        if (a.id >= b.id || a.type !== b.type) continue;
        const score = Math.max(scoreCandidate(keysOf(names(a), a.type), keysOf(names(b), b.type)).score, scoreCandidate(keysOf(names(b), b.type), keysOf(names(a), a.type)).score);
        if (score >= DUPLICATE_THRESHOLD) flagged.push(`${a.id} ${b.id}`);
      }
    }
    const marked = actors.flatMap((a) => (a.notDuplicateOf ?? []).map((b) => [a.id, b].sort().join(' ')));
    // Two seed actors share the short name "Human Rights Council": the UN's and Russia's presidential council.
    expect(flagged).toEqual(['org-russia-presidential-hrc org-un-hrc']);
    expect(marked.sort()).toEqual(flagged.sort());
  });
});
