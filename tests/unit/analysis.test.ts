import { groupOrigins, earliestReport, type Report } from '../../src/domain/analysis/origins';
import { quoteDrift, spellingsOf } from '../../src/domain/analysis/drift';
import { reanchor, approximateMatch } from '../../src/domain/analysis/reanchor';
import { impactOf } from '../../src/domain/analysis/impact';

const report = (attributionId: string, speakerId: string, sourceId: string, chains: string[][] = [[sourceId]], date = ''): Report => ({ attributionId, speakerId, sourceId, chains, date });

describe('analysis: independent origins', () => {
  it('counts three outlets relaying one Telegram post as one origin', () => {
    const g = groupOrigins([
      report('a1', 'p1', 'out1', [['out1', 'tg']]),
      report('a2', 'p2', 'out2', [['out2', 'tg']]),
      report('a3', 'p3', 'out3', [['out3', 'mid', 'tg']]),
    ]);
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({ originId: 'tg', attributionIds: ['a1', 'a2', 'a3'] });
  });
  it('joins a report that relays another, and the same speaker in two places', () => {
    const g = groupOrigins([report('a1', 'p1', 's1'), report('a2', 'p2', 's2', [['s2', 's1']]), report('a3', 'p1', 's9'), report('a4', 'p4', 's4')]);
    expect(g.map((x) => x.attributionIds)).toEqual([['a1', 'a2', 'a3'], ['a4']]);
  });
  it('keeps two speakers in one unrelated article apart', () => {
    expect(groupOrigins([report('a1', 'p1', 's1'), report('a2', 'p2', 's1')])).toHaveLength(2);
  });
  it('takes the unrelayed, earliest report as the baseline', () => {
    expect(earliestReport([report('a1', 'p', 's2', [['s2', 's1']], '2020'), report('a2', 'p', 's1', [['s1']], '2021')])?.attributionId).toBe('a2');
  });
});

describe('analysis: quote drift', () => {
  it('marks inserted and deleted words and scores the likeness', () => {
    const d = quoteDrift('the board members are out of step', 'the ENRI board members are badly out of step');
    expect(d.diff.filter((p) => p.op === 'INSERT').map((p) => p.text.trim())).toEqual(['ENRI', 'badly']);
    expect(d.similarity).toBeGreaterThan(0.8);
    expect(d.similarity).toBeLessThan(1);
    expect(quoteDrift('same words', 'same words').similarity).toBe(1);
  });
  it('lists each spelling a source used for the actors asked', () => {
    const m = [{ actorId: 'o', actorName: 'ENNHRI', surface: 'ENRI' }, { actorId: 'o', actorName: 'ENNHRI', surface: 'ENNHRI' }, { actorId: 'x', actorName: 'X', surface: 'Y' }];
    expect(spellingsOf(m, new Set(['o']))).toEqual(['ENRI → ENNHRI']);
  });
});

describe('analysis: re-anchoring', () => {
  const text = 'Intro. The minister said the bridge will open in June. Later text. The bridge will open in June, he repeated.';
  it('finds a moved quote and prefers the occurrence whose context matches', () => {
    const r = reanchor(`New lead paragraph. ${text}`, { quote: 'The bridge will open in June', prefix: 'Later text. ', suffix: ', he', start: 67 });
    expect(r).toMatchObject({ exact: true, quote: 'The bridge will open in June' });
    expect(`New lead paragraph. ${text}`.slice(r!.start, r!.end)).toBe('The bridge will open in June');
    expect(r!.start).toBe(`New lead paragraph. ${text}`.lastIndexOf('The bridge'));
  });
  it('tolerates a small edit and reports the new words', () => {
    const r = reanchor('He said the new bridge over the river would open in June.', { quote: 'the new bridge over the river will open in June', start: 0 });
    expect(r).toMatchObject({ exact: false, quote: 'the new bridge over the river would open in June', start: 8 });
  });
  it('gives up when the quote is gone', () => {
    expect(reanchor('Nothing about bridges here at all.', { quote: 'the bridge will open in June', start: 0 })).toBeNull();
    expect(approximateMatch('abc', 'abc', 0)).toBeNull();
  });
});

describe('analysis: retraction impact', () => {
  it('finds claims left unsaid, the claims they supported, and their disputes', () => {
    const i = impactOf({
      affectedAttributionIds: ['a1'],
      retractedClaimIds: [],
      claims: [{ id: 'c1', activeAttributionIds: ['a1'] }, { id: 'c2', activeAttributionIds: ['a1', 'a2'] }],
      supports: [{ from: 'c1', to: 'c3' }, { from: 'c2', to: 'c4' }],
      disputes: [{ id: 'd1', claimId: 'c5', counterclaimId: 'c1' }, { id: 'd2', claimId: 'c2', counterclaimId: 'c6' }],
    });
    expect(i).toEqual({ attributionsAffected: 1, claimsLeftWithoutActiveAttribution: ['c1'], claimsLosingSupport: ['c3'], disputesAffected: ['d1'] });
  });
});
