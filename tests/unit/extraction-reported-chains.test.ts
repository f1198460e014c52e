import { found } from './extraction-helpers';

const chain = (text: string) => found(text).map((x) => [x.pattern, x.mode, x.speakerName, x.reportedThrough]);

describe('extraction: reported chains', () => {
  it('gives a citing chain to the cited source, VIA the outlet', () => {
    expect(chain('The newspaper Kommersant, citing officials close to the talks, reported that a new round could start in May.')).toEqual([
      ['reported-chain', 'REPORTED', 'officials', { outlet: 'Kommersant', relation: 'VIA' }],
    ]);
  });
  it('gives an outlet’s own report to the outlet, as a source to CITE', () => {
    expect(chain('Interfax reported on Tuesday that the delegation had left Vienna.')).toEqual([
      ['reported-chain', 'REPORTED', 'Interfax', { outlet: 'Interfax', relation: 'CITES' }],
    ]);
  });
  it('suggests VIA for words told to an outlet', () => {
    expect(chain('A senior official told Reuters that the budget was frozen.')).toEqual([
      ['told-object', 'PARAPHRASE', 'A senior official', { outlet: 'Reuters', relation: 'VIA' }],
    ]);
  });
  it('suggests CITES for "according to" an outlet', () => {
    expect(chain('According to Interfax, the delegation left Vienna on Wednesday.')).toEqual([
      ['according-to', 'REPORTED', 'Interfax', { outlet: 'Interfax', relation: 'CITES' }],
    ]);
  });
});
