import { decodeCursor, encodeCursor, isIdCursor, pageSize, toConnection } from '../../src/api/paging/cursor';
import { thrown } from '../support/refusal';

describe('cursors: keyset cursors', () => {
  it('round-trip the position they encode', () => {
    const c = encodeCursor({ id: 'claim-ü-1', extra: 2 });
    expect(decodeCursor(c, isIdCursor)).toEqual({ id: 'claim-ü-1', extra: 2 });
  });

  it('are opaque URL-safe text, not the JSON itself', () => {
    // This id's JSON encodes to "/" and "=" in plain base64, which a URL would mangle.
    const c = encodeCursor({ id: '??>>' });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(c).not.toContain('??');
  });

  it('treat no cursor as the first page', () => {
    expect(decodeCursor(null, isIdCursor)).toBeNull();
    expect(decodeCursor(undefined, isIdCursor)).toBeNull();
  });

  it.each([
    ['text that is not base64 JSON', 'not-a-cursor'],
    ['JSON that is not an object', encodeCursor([] as never)],
    ['a cursor of another shape', encodeCursor({ o: 5 })],
    ['an id that is not text', encodeCursor({ id: 7 })],
    ['the empty string', ''],
  ])('refuse %s as BAD_USER_INPUT on the field after, quoting it', (_what, bad) => {
    const e = thrown(() => decodeCursor(bad, isIdCursor));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toBe(`after is not a cursor this list gave out: ${JSON.stringify(bad)}`);
    expect(e.details).toEqual({ field: 'after' });
  });
});

describe('cursors: page size', () => {
  it('uses the fallback when first is not given', () => {
    expect(pageSize(undefined, 100)).toBe(20);
    expect(pageSize(null, 100, 7)).toBe(7);
  });

  it('accepts 0 and the maximum itself', () => {
    expect(pageSize(0, 100)).toBe(0);
    expect(pageSize(100, 100)).toBe(100);
  });

  it.each([
    [-1, 'first must be a whole number ≥ 0 (got -1)'],
    [2.5, 'first must be a whole number ≥ 0 (got 2.5)'],
    [101, 'first must be at most 100 (got 101)'],
  ])('refuses %s, naming the field first', (first, message) => {
    const e = thrown(() => pageSize(first, 100));
    expect([e.code, e.message, e.details]).toEqual(['BAD_USER_INPUT', message, { field: 'first' }]);
  });
});

describe('cursors: connections', () => {
  const cursorOf = (n: { id: string }) => encodeCursor({ id: n.id });
  const items = ['a', 'b', 'c'].map((id) => ({ id }));

  it('keeps limit items and says there is a next page when one more was fetched', () => {
    const c = toConnection(items, 2, cursorOf, false);
    expect(c.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(c.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: cursorOf(items[0]), endCursor: cursorOf(items[1]) });
  });

  it('gives each edge its own cursor, and the last page no next page', () => {
    const c = toConnection(items, 3, cursorOf, true);
    expect(c.edges.map((e) => decodeCursor(e.cursor, isIdCursor))).toEqual(items);
    expect(c.pageInfo.hasNextPage).toBe(false);
    expect(c.pageInfo.hasPreviousPage).toBe(true);
  });

  it('has null start and end cursors when the page is empty', () => {
    expect(toConnection([], 5, cursorOf, true).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it('passes totalCount through uncalled, so it is only computed when asked for', () => {
    const totalCount = jest.fn(async () => 42);
    const c = toConnection(items, 2, cursorOf, false, totalCount);
    expect(totalCount).not.toHaveBeenCalled();
    expect(c.totalCount).toBe(totalCount);
  });
});
