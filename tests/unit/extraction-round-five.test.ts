import { found } from './extraction-helpers';

// Round 5: general fixes for patterns the earlier rounds did not read, each with invented sentences.
const who = (text: string, voice: string | null = null) => found(text, voice).map((x) => [x.pattern, x.speakerName, x.quote]);

describe('extraction: characterisations (a stance without a verb of saying)', () => {
  it('reads "described/characterised/framed X as Y" with the object and its view as content', () => {
    expect(who('Its chair, Ines Moravec, described the decision as a painful but necessary step for the port.')).toEqual([
      ['characterise', 'Ines Moravec', 'the decision as a painful but necessary step for the port'],
    ]);
    expect(who('Ines Moravec spoke first. She characterized the union’s stance as driven by fear rather than by the facts.')).toEqual([
      ['characterise', 'Ines Moravec', 'the union’s stance as driven by fear rather than by the facts'],
    ]);
    expect(found('However, Oskar Lind framed the closure as a betrayal of the families who built the harbour.')[0]).toMatchObject({ pattern: 'characterise', mode: 'PARAPHRASE', speakerName: 'Oskar Lind' });
  });
  it('reads "what she described as X" as the speaker’s phrase', () => {
    expect(who('The mayor, Ana Petric, spoke to the council. Her objection was rooted in what she described as a gap between the board and the town it serves.')).toContainEqual(
      ['characterise', 'Ana Petric', 'a gap between the board and the town it serves'],
    );
  });
  it('reads "found/considered X <adjective>" as a judgement only with an adjective after the object', () => {
    expect(who('Oskar Lind found the board’s figures misleading because they left out the fishing income.')).toEqual([
      ['characterise', 'Oskar Lind', 'the board’s figures misleading because they left out the fishing income'],
    ]);
    expect(who('Police found the car abandoned near the dock.')).toEqual([]);
    expect(who('Oskar Lind found the keys in the harbour office on Monday.')).toEqual([]);
  });
  it('reads no passive and no characterisation already inside indirect speech', () => {
    expect(who('The plan was described as a betrayal of the harbour families.')).toEqual([]);
    expect(who('Ines Moravec said the closure was what she described as a last resort after two years of losses.')).toEqual([
      ['indirect-that', 'Ines Moravec', 'the closure was what she described as a last resort after two years of losses'],
    ]);
  });
});
