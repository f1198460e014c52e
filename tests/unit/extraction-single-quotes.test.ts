import { findQuotes } from '../../src/extraction/quotes';
import { found, rows } from './extraction-helpers';

const quoted = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('extraction: single quotation marks (UK style)', () => {
  it('reads typographic single quotes and keeps apostrophes inside them', () => {
    expect(quoted('‘We’ve been patient for years,’ she said. ‘Nobody listens.’')).toEqual(['We’ve been patient for years', 'Nobody listens.']);
  });
  it('reads straight single quotes and keeps contractions inside them', () => {
    expect(quoted("'We have heard that before,' he said. 'The leader's promises don't pay.'")).toEqual(['We have heard that before', "The leader's promises don't pay."]);
  });
  it('takes a plural possessive for an apostrophe when the quote closes later', () => {
    expect(quoted('‘The workers’ pay is low,’ he said.')).toEqual(['The workers’ pay is low']);
  });
  it('reads single quotes nested in double ones as part of the quote', () => {
    expect(quoted('“He told me ‘wait’ and left,” she said.')).toEqual(['He told me ‘wait’ and left']);
  });
  it('does not read an apostrophe at a word start or end as a quote', () => {
    expect(quoted('The Smiths’ house was built in the ’90s and it’s fine.')).toEqual([]);
  });
  it('finds cue-after quotes, fragments and continuations in single quotes', () => {
    const text = 'Morag Keillor said the rise would ‘empty the island’.\n\n‘We’ve been patient,’ she said. ‘Nobody on the mainland listens.’';
    expect(rows(found(text))).toEqual([
      ['indirect-that', 'PARAPHRASE', 'Morag Keillor', 'the rise would ‘empty the island’'],
      ['fragment', 'DIRECT_QUOTE', 'Morag Keillor', 'empty the island'],
      ['quote-cue-after', 'DIRECT_QUOTE', 'Morag Keillor', 'We’ve been patient'],
      ['quote-continued', 'DIRECT_QUOTE', 'Morag Keillor', 'Nobody on the mainland listens.'],
    ]);
  });
});
