import neo4j from 'neo4j-driver';
import { toDriverParams, toPlain } from '../../src/graph/values';

const { Node, Relationship, Date: CypherDate, DateTime, LocalDateTime, Time, LocalTime, Duration } = neo4j.types;

describe('values: from the driver to plain data', () => {
  it('turns Neo4j integers into numbers, beyond 2^31 too', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int(2 ** 40 + 3))).toBe(2 ** 40 + 3);
    expect(toPlain(neo4j.int(-7))).toBe(-7);
  });

  it('turns BigInt into numbers', () => {
    expect(toPlain(BigInt(12345))).toBe(12345);
  });

  it('turns null and undefined into null, and leaves other scalars alone', () => {
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(null)).toBeNull();
    expect([toPlain('text'), toPlain(1.5), toPlain(true)]).toEqual(['text', 1.5, true]);
  });

  it.each([
    ['a date', new CypherDate(2023, 4, 11), '2023-04-11'],
    ['a date-time with offset', new DateTime(2023, 4, 11, 9, 30, 0, 0, 3600), '2023-04-11T09:30:00+01:00'],
    ['a UTC date-time', new DateTime(2023, 4, 11, 9, 30, 5, 0, 0), '2023-04-11T09:30:05Z'],
    ['a local date-time', new LocalDateTime(2023, 4, 11, 9, 30, 0, 0), '2023-04-11T09:30:00'],
    ['a time', new Time(9, 30, 0, 0, 0), '09:30:00Z'],
    ['a local time', new LocalTime(9, 30, 0, 0), '09:30:00'],
    ['a duration', new Duration(1, 2, 3, 0), 'P1M2DT3S'],
  ])('turns %s into ISO text', (_what, value, iso) => {
    expect(toPlain(value)).toBe(iso);
  });

  it('turns a node into its properties, converted in turn', () => {
    const node = new Node(neo4j.int(1), ['Node', 'Claim'], { id: 'claim-a', count: neo4j.int(3), at: new CypherDate(2024, 1, 2) }, '4:x:1');
    expect(toPlain(node)).toEqual({ id: 'claim-a', count: 3, at: '2024-01-02' });
  });

  it('turns a relationship into its properties', () => {
    const rel = new Relationship(neo4j.int(9), neo4j.int(1), neo4j.int(2), 'MENTIONED_IN', { surface: 'ENRI', start: neo4j.int(10) }, '5:x:9', '4:x:1', '4:x:2');
    expect(toPlain(rel)).toEqual({ surface: 'ENRI', start: 10 });
  });

  it('converts inside lists and maps, at any depth', () => {
    const record = { rows: [{ n: neo4j.int(1), tags: [neo4j.int(2), null] }], missing: undefined };
    expect(toPlain(record)).toEqual({ rows: [{ n: 1, tags: [2, null] }], missing: null });
  });
});

describe('values: from plain data to driver parameters', () => {
  it('sends whole numbers as Neo4j integers, so Cypher does not see floats', () => {
    const p = toDriverParams(5);
    expect(neo4j.isInt(p)).toBe(true);
    expect((p as { toNumber(): number }).toNumber()).toBe(5);
  });

  it('keeps fractions as floats', () => {
    expect(toDriverParams(2.5)).toBe(2.5);
  });

  it('converts inside lists and plain objects', () => {
    const p = toDriverParams({ first: 20, ids: ['a'], nested: { offsets: [1, 2.5] } }) as { first: unknown; ids: unknown; nested: { offsets: unknown[] } };
    expect(neo4j.isInt(p.first)).toBe(true);
    expect(p.ids).toEqual(['a']);
    expect(neo4j.isInt(p.nested.offsets[0])).toBe(true);
    expect(p.nested.offsets[1]).toBe(2.5);
  });

  it('leaves values that are not plain objects alone', () => {
    const at = new Date('2024-05-01T00:00:00Z');
    const int = neo4j.int(7);
    expect(toDriverParams(at)).toBe(at);
    expect(toDriverParams(int)).toBe(int);
    expect([toDriverParams('5'), toDriverParams(null), toDriverParams(true)]).toEqual(['5', null, true]);
  });

  it('round-trips through toPlain', () => {
    const value = { n: 3, xs: [1, 2], s: 'x', f: 0.5 };
    expect(toPlain(toDriverParams(value))).toEqual(value);
  });
});
