import { encodeCursor } from '../../src/api/paging/cursor';
import { checkAnchor, decodeSearchCursor, encodeSearchCursor, searchKey } from '../../src/api/paging/search-cursor';
import { thrown } from '../support/refusal';

const key = searchKey('(rights^2 OR rights*)', ['CLAIM', 'PERSON']);
const cursor = { o: 5, id: 'claim-x', s: 3.2518730163574219, q: key };

describe('search cursors', () => {
  it('round-trip offset, anchor id and exact score', () => {
    expect(decodeSearchCursor(encodeSearchCursor(cursor), key)).toEqual(cursor);
  });

  it('treat no cursor as the first page', () => {
    expect(decodeSearchCursor(null, key)).toBeNull();
    expect(decodeSearchCursor(undefined, key)).toBeNull();
  });

  it('identify a search by its query and kinds, in any order of the kinds', () => {
    expect(searchKey('a', ['CLAIM', 'PERSON'])).toBe(searchKey('a', ['PERSON', 'CLAIM', 'PERSON']));
    expect(searchKey('a', ['CLAIM'])).not.toBe(searchKey('a', ['PERSON']));
    expect(searchKey('a', ['CLAIM'])).not.toBe(searchKey('b', ['CLAIM']));
  });

  it('refuse a cursor from another query or other kinds', () => {
    const other = encodeSearchCursor({ ...cursor, q: searchKey('(rights^2 OR rights*)', ['CLAIM']) });
    const e = thrown(() => decodeSearchCursor(other, key));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/different search.*start again/);
  });

  it.each([
    ['an old offset-only cursor', encodeCursor({ o: 5 })],
    ['a keyset cursor of another list', encodeCursor({ id: 'claim-x' })],
    ['a zero offset', encodeCursor({ ...cursor, o: 0 })],
    ['a score that is not a number', encodeCursor({ ...cursor, s: 'high' })],
    ['not base64 JSON at all', '%%%'],
  ])('refuse %s as not a cursor this list gave out', (_, bad) => {
    const e = thrown(() => decodeSearchCursor(bad, key));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/not a cursor this list gave out/);
  });

  it('accept the anchor when the same hit is still there with the same score', () => {
    expect(() => checkAnchor(cursor, { id: 'claim-x', score: 3.2518730163574219 })).not.toThrow();
  });

  it.each([
    ['another hit took its place', { id: 'claim-y', score: cursor.s }],
    ['its score changed', { id: 'claim-x', score: cursor.s + 0.001 }],
    ['the results got shorter than the cursor', undefined],
  ])('refuse the cursor when %s', (_, hit) => {
    const e = thrown(() => checkAnchor(cursor, hit));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/results changed.*start again/);
  });
});
