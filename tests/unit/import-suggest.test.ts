import { suggester } from '../../src/ingest/import-suggest';

describe('import: did you mean', () => {
  const suggest = suggester([
    { id: 'org-ennhri', kind: 'organisation', names: ['European Network of National Human Rights Institutions', 'ENNHRI'] },
    { id: 'org-ganhri', kind: 'organisation', names: ['GANHRI'] },
    { id: 'person-moskalkova', kind: 'person', names: ['Tatyana Moskalkova', 'Tatiana Moskalkova'] },
    { id: 'src-moskalkova-telegram', kind: 'source', names: ['Moskalkova on Telegram'] },
  ]);

  it('offers the one clearly nearest id of the right kind', () => {
    expect(suggest('org-enhri', ['organisation'])).toEqual(['org-ennhri']);
  });
  it('reads an id as words against names and aliases', () => {
    expect(suggest('person-tatiana-moskalkova', ['person', 'organisation'])).toEqual(['person-moskalkova (Tatyana Moskalkova)']);
  });
  it('proposes nothing of another kind, and nothing far off', () => {
    expect(suggest('person-moskalkova-telegram', ['person'])).toEqual([]);
    expect(suggest('org-world-bank', ['organisation'])).toEqual([]);
  });
});
