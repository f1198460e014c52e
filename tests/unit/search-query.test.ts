import { toLuceneQuery } from '../../src/domain/search-query';

describe('search: turning user text into Lucene', () => {
  it('matches words exactly and as prefixes', () => {
    expect(toLuceneQuery('ENRI')).toBe('(ENRI^2 OR ENRI*)');
  });

  it('keeps a quoted phrase as a phrase', () => {
    expect(toLuceneQuery('"human rights council"')).toBe('"human rights council"^3');
  });

  it('honours a trailing * as a prefix search', () => {
    expect(toLuceneQuery('Moskal*')).toBe('Moskal*');
  });

  it.each(['"ENRI" OR (', 'a:b', 'title:(x) AND y~2', '[1 TO 5]', '/regex/'])(
    'never lets Lucene syntax through: %s',
    (input) => {
      const q = toLuceneQuery(input);
      if (q === null) throw new Error(`${input} has words to search for, yet gave null`);
      // Only terms, parentheses we add, OR, carets with digits, quotes around phrases and trailing stars remain.
      const stripped = q.replace(/\((\p{L}|\p{N})+\^2 OR (\p{L}|\p{N})+\*\)/gu, '').replace(/"[\p{L}\p{N} ]+"\^3/gu, '').replace(/(\p{L}|\p{N})+\*?/gu, '').replace(/ OR /g, '');
      expect(stripped.trim()).toBe('');
    },
  );

  it.each(['(( )) ::', '\\', '{}^', '***', '&& || !'])('gives null when nothing searchable is left: %s', (input) => {
    expect(toLuceneQuery(input)).toBeNull();
  });

  it('turns operator words into plain terms', () => {
    expect(toLuceneQuery('NOT')).toBe('(not^2 OR not*)');
  });
});
