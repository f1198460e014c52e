import { found, rows } from './extraction-helpers';

describe('extraction: direct quotes in every position', () => {
  it('finds a quote with its cue after, the title and apposition kept out of the name', () => {
    const text = '“We will not back down,” Lena Varga, Hungary’s envoy to the OSCE in Vienna, told reporters.';
    expect(rows(found(text))).toEqual([['quote-cue-after', 'DIRECT_QUOTE', 'Lena Varga', 'We will not back down']]);
  });
  it('finds an inverted cue after: ,” said Orlov', () => {
    expect(rows(found('"The door is still open," said Dmitri Orlov.'))).toEqual([['quote-cue-after', 'DIRECT_QUOTE', 'Dmitri Orlov', 'The door is still open']]);
  });
  it('finds a colon quote and keeps the role word out of the name', () => {
    const text = 'Spokesman Dmitri Orlov said: "The talks are over. There is nothing to discuss."';
    expect(rows(found(text))).toEqual([['quote-colon', 'DIRECT_QUOTE', 'Dmitri Orlov', 'The talks are over. There is nothing to discuss.']]);
  });
  it('finds a quote with its cue before, after "that"', () => {
    const text = 'Anna Kowalska told the committee that “no country can be left out of the talks.”';
    expect(rows(found(text))).toEqual([['quote-cue-before', 'DIRECT_QUOTE', 'Anna Kowalska', 'no country can be left out of the talks.']]);
  });
  it('finds both halves of a quote with its cue in the middle', () => {
    const text = 'Dmitri Orlov left early. "We did our best," he said, "but our partners walked away."';
    expect(rows(found(text))).toEqual([
      ['quote-cue-middle', 'DIRECT_QUOTE', 'Dmitri Orlov', 'We did our best'],
      ['quote-cue-middle', 'DIRECT_QUOTE', 'Dmitri Orlov', 'but our partners walked away.'],
    ]);
  });
  it('gives a quote that continues after its cue sentence to the same speaker', () => {
    const text = '“The blocks are failing,” said Tomáš Hrubý. “We cannot patch them for another twenty years.”';
    expect(rows(found(text))).toEqual([
      ['quote-cue-after', 'DIRECT_QUOTE', 'Tomáš Hrubý', 'The blocks are failing'],
      ['quote-continued', 'DIRECT_QUOTE', 'Tomáš Hrubý', 'We cannot patch them for another twenty years.'],
    ]);
  });
  it('carries a quote left open at a paragraph end into the next paragraph', () => {
    const text = 'Ilse Brandt said: “We are not going to pretend this was a good quarter.\n\n“It was not, and the next one will be hard too.”';
    const out = found(text);
    expect(out.map((x) => [x.pattern, x.speakerName])).toEqual([['quote-colon', 'Ilse Brandt'], ['quote-continued', 'Ilse Brandt']]);
  });
  it('leaves a quote with no cue and no speaker before it alone', () => {
    expect(found('The so-called “foreign agent” law was passed in 2012 by a large majority.')).toEqual([]);
  });
});
