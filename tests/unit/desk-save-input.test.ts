import { validPartialDate } from '../../desk/js/dates.js';
import { placeErrors, toSaveInput, type Draft, type DraftItem } from '../../desk/js/save-input.js';

/** The desk's draft → saveArticle input, and the server's item errors back onto the draft items. */

const TEXT = 'Ana said the dam is safe. Ben said the dam is not safe. Ana added that repairs wait.';
const span = (q: string) => ({ start: TEXT.indexOf(q), end: TEXT.indexOf(q) + q.length, quote: q });

const item = (key: string, q: string, rest: Partial<DraftItem>): DraftItem => ({ key, ...span(q), mode: 'PARAPHRASE', speaker: { id: 'per-ana', name: 'Ana' }, claim: { text: q }, links: [], ...rest });

function draft(items: DraftItem[]): Draft {
  return {
    sourceId: null,
    baseRevision: null,
    article: { text: TEXT, title: ' Dam ', url: '', publisher: { id: 'org-paper', name: 'Paper' }, publishedAt: '2026-03', language: 'en' },
    items,
  };
}

describe('toSaveInput', () => {
  const d = draft([
    item('i1', 'the dam is safe', { speaker: { id: 'per-ana', name: 'Ana' }, claim: { text: 'The dam is safe.' }, saidAt: '2026-03-01' }),
    item('i2', 'the dam is not safe', { speaker: { name: 'Ben Example', kind: 'PERSON', notDuplicateOf: ['per-benny'] }, claim: { text: 'The dam is not safe.' }, via: { title: 'Radio interview' }, links: [{ kind: 'CONTRADICTS', to: { id: 'clm-old', text: 'Old' }, basis: ' Opposite ' }] }),
    item('i3', 'repairs wait', { speaker: { name: 'ben example', kind: 'PERSON' }, claim: { text: 'x', attachTo: { id: 'clm-repairs', text: 'Repairs wait.' } }, via: { id: 'src-radio', title: 'Radio' } }),
    item('i4', 'the dam is safe', { claim: { text: 'The dam is safe.' }, saved: true }),
  ]);
  const { input, owners } = toSaveInput(d, 'desk-key-1');

  it('writes a new source from the article, trimmed, with the key', () => {
    expect(input.idempotencyKey).toBe('desk-key-1');
    expect(input.source).toEqual({ title: 'Dam', text: TEXT, kind: 'ARTICLE', url: null, publishedAt: '2026-03', language: 'en', publisherId: 'org-paper' });
    expect(input.sourceId).toBeUndefined();
  });

  it('declares one new actor per name and kind, and one claim per text; saved items are left out', () => {
    expect(input.actors).toEqual([{ ref: 'a1', kind: 'PERSON', name: 'Ben Example', description: null, notDuplicateOf: ['per-benny'] }]);
    expect(input.claims).toEqual([{ ref: 'c1', text: 'The dam is safe.' }, { ref: 'c2', text: 'The dam is not safe.' }]);
    expect(input.attributions).toEqual([
      { ...span('the dam is safe'), mode: 'PARAPHRASE', saidAt: '2026-03-01', speakerId: 'per-ana', claimRef: 'c1' },
      { ...span('the dam is not safe'), mode: 'PARAPHRASE', saidAt: null, speakerRef: 'a1', claimRef: 'c2', viaRefs: ['s1'] },
      { ...span('repairs wait'), mode: 'PARAPHRASE', saidAt: null, speakerRef: 'a1', claimId: 'clm-repairs', viaIds: ['src-radio'] },
    ]);
    expect(input.citedSources).toEqual([{ ref: 's1', title: 'Radio interview' }]);
    expect(input.links).toEqual([{ from: { ref: 'c2' }, to: { id: 'clm-old' }, kind: 'CONTRADICTS', basis: 'Opposite' }]);
  });

  it('knows which draft items each input path came from', () => {
    expect(owners.get('attributions.1')).toEqual(['i2']);
    expect(owners.get('actors.0')).toEqual(['i2', 'i3']);
    expect(owners.get('links.0')).toEqual(['i2']);
    expect(owners.get('citedSources.0')).toEqual(['i2']);
  });

  it('names an existing source by id and base revision instead', () => {
    const stored = { ...draft([item('i1', 'the dam is safe', {})]), sourceId: 'src-1', baseRevision: 'rev-1' };
    const { input: again } = toSaveInput(stored, 'desk-key-2');
    expect(again.source).toBeUndefined();
    expect(again).toMatchObject({ sourceId: 'src-1', baseRevision: 'rev-1' });
  });

  it('puts each server problem on its items, and what concerns the article at the top', () => {
    const general = placeErrors(d, owners, [
      { path: 'attributions.0.quote', code: 'BAD_USER_INPUT', message: 'quote differs' },
      { path: 'actors.0.name', code: 'DUPLICATE_SUSPECTED', message: 'looks like Ben Exampel.', details: { candidates: [{ id: 'per-x', name: 'Ben Exampel' }] } },
      { path: 'source.url', code: 'BAD_USER_INPUT', message: 'already stored' },
    ]);
    expect(d.items.map((i) => i.error ?? null)).toEqual([
      'quote differs',
      'looks like Ben Exampel. Choose “Same as” or “Different” for: Ben Exampel.',
      'looks like Ben Exampel. Choose “Same as” or “Different” for: Ben Exampel.',
      null,
    ]);
    expect(general).toEqual(['source.url: already stored']);
    // A later answer without problems clears the marks.
    expect(placeErrors(d, owners, [])).toEqual([]);
    expect(d.items.every((i) => !i.error)).toBe(true);
  });
});

describe('validPartialDate', () => {
  it.each([
    ['2024', true],
    ['2024-02', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13', false],
    ['2024-00', false],
    ['24', false],
    ['2024-1-05', false],
  ])('%s → %s', (s, ok) => expect(validPartialDate(s)).toBe(ok));
});
