import { nearestPassages } from '../../src/domain/quotes/nearest';

describe('nearest passages: scored on quote, context and position, as Hypothesis does', () => {
  const text = 'In Geneva the council adopted the text on Monday. In Vienna the council adopted the text on Friday. Unrelated closing words.';

  it('finds the passages nearest a quote that does not occur, best first, as the text’s own spans', () => {
    const found = nearestPassages(text, 'the council adopted a text on Monday');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].text).toBe('the council adopted the text on Monday');
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(found.map((p) => p.score)).toEqual([...found.map((p) => p.score)].sort((a, b) => b - a));
  });

  it('lets the context decide between two equally near passages', () => {
    const quote = 'the council adopted a text on';
    expect(nearestPassages(text, quote, { prefix: 'In Vienna ' })[0].start).toBe(text.indexOf('the council', text.indexOf('Vienna')));
    expect(nearestPassages(text, quote, { prefix: 'In Geneva ' })[0].start).toBe(text.indexOf('the council'));
  });

  it('lets the position decide when nothing else does', () => {
    const second = text.indexOf('the council', text.indexOf('Vienna'));
    expect(nearestPassages(text, 'the council adopted a text on', { hint: second })[0].start).toBe(second);
  });

  it('finds nothing in an unrelated text', () => {
    expect(nearestPassages('zzzz qqqq', 'the council adopted the resolution')).toEqual([]);
  });
});
