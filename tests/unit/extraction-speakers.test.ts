import { found } from './extraction-helpers';

const who = (text: string, voice: string | null = null) => found(text, voice).map((x) => [x.speakerName, x.speakerKind]);

describe('extraction: speakers', () => {
  it('resolves a pronoun to the last named person, across a paragraph break', () => {
    expect(who('Anna Kowalska arrived in Kyiv on Monday.\n\nShe said the aid would arrive within a week.')).toEqual([['Anna Kowalska', 'PRONOUN_RESOLVED']]);
  });
  it('resolves a surname to the full name given earlier', () => {
    expect(who('Foreign Minister Anna Kowalska met the envoys. Kowalska said the talks had gone well.')).toEqual([['Anna Kowalska', 'NAMED']]);
  });
  it('keeps groups as speakers of their own', () => {
    expect(who('Opposition parties said the vote had been rigged.')).toEqual([['Opposition parties', 'GROUP']]);
  });
  it('keeps an anonymous source as a speaker of its own, without the relative clause', () => {
    expect(who('A senior official, who asked not to be named, told reporters that the deal was off.')).toEqual([['A senior official', 'ANONYMOUS']]);
  });
  it('takes a metonym as the institution it names', () => {
    expect(who('The Kremlin dismissed the report as a provocation.')).toEqual([['Kremlin', 'NAMED']]);
  });
  it('resolves "the ministry" to the ministry named earlier', () => {
    expect(who('The Health Ministry opened an inquiry. The ministry said that two clinics had run out of vaccine.')).toEqual([['Health Ministry', 'NAMED']]);
  });
  it('gives a joint statement to both speakers', () => {
    expect(who('Lena Varga and Dmitri Orlov said in a joint statement that the ceasefire must hold.')).toEqual([
      ['Lena Varga', 'NAMED'], ['Dmitri Orlov', 'NAMED'],
    ]);
  });
  it('takes the name from an apposition after a description', () => {
    expect(who('Her lawyer, Giorgi Beridze, said the ruling was a small victory.')).toEqual([['Giorgi Beridze', 'NAMED']]);
  });
  it('gives "we" to the voice of a statement, and leaves it unresolved without one', () => {
    expect(who('We said that the decision was wrong.', 'Amnesty International')).toEqual([['Amnesty International', 'PRONOUN_RESOLVED']]);
    expect(who('We said that the decision was wrong.')).toEqual([[null, 'UNRESOLVED']]);
  });
});
