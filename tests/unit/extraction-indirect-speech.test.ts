import { found, rows } from './extraction-helpers';

describe('extraction: indirect speech', () => {
  it('finds "said that", with a time phrase between the name and the verb', () => {
    expect(rows(found('Lena Varga last week said that the mission would need forty more observers.'))).toEqual([
      ['indirect-that', 'PARAPHRASE', 'Lena Varga', 'the mission would need forty more observers'],
    ]);
  });
  it('finds "said in a statement that"', () => {
    expect(rows(found('The Energy Ministry said in a statement on Monday that it had asked Brussels to mediate.'))).toEqual([
      ['indirect-that', 'PARAPHRASE', 'Energy Ministry', 'it had asked Brussels to mediate'],
    ]);
  });
  it('finds warned, argued and denied that', () => {
    const text = 'Marek Nowak warned that prices could double. Ewa Lis argued that the plan was too slow. Jan Kos denied that he had resigned.';
    expect(found(text).map((x) => [x.speakerName, x.quote])).toEqual([
      ['Marek Nowak', 'prices could double'], ['Ewa Lis', 'the plan was too slow'], ['Jan Kos', 'he had resigned'],
    ]);
  });
  it('finds present-tense "say"', () => {
    expect(rows(found('Campaigners say the law will silence dissent.'))).toEqual([['present-say', 'PARAPHRASE', 'Campaigners', 'the law will silence dissent']]);
  });
  it('finds "X told Y (that)" and keeps the hearer out of the content', () => {
    expect(rows(found('Priya Raman told the crowd that the council had never asked the tenants.'))).toEqual([
      ['told-object', 'PARAPHRASE', 'Priya Raman', 'the council had never asked the tenants'],
    ]);
  });
  it('finds "according to" before and after its clause, as REPORTED', () => {
    const text = 'According to the budget office, the deficit will reach 3.4 percent. The plan was delayed twice, according to Omar Haddad.';
    expect(rows(found(text))).toEqual([
      ['according-to', 'REPORTED', 'budget office', 'the deficit will reach 3.4 percent'],
      ['according-to', 'REPORTED', 'Omar Haddad', 'The plan was delayed twice'],
    ]);
  });
  it('finds the cue after its clause: "…, the central bank said."', () => {
    expect(rows(found('Prices will rise again next year, the central bank said on Thursday.'))).toEqual([
      ['indirect-cue-after', 'PARAPHRASE', 'central bank', 'Prices will rise again next year'],
    ]);
  });
  it('finds a quoted fragment inside indirect speech as a direct quote of the same speaker', () => {
    const text = 'Ilse Brandt said the worst was "probably behind us, but not by much" and kept the dividend.';
    expect(rows(found(text))).toEqual([
      ['indirect-that', 'PARAPHRASE', 'Ilse Brandt', 'the worst was "probably behind us, but not by much" and kept the dividend'],
      ['fragment', 'DIRECT_QUOTE', 'Ilse Brandt', 'probably behind us, but not by much'],
    ]);
  });
  it('gives ", adding that …" to the same speaker as a second statement', () => {
    const text = 'Yana Lantratova said the group would monitor civic freedoms, adding that it would also deliver aid.';
    expect(found(text).map((x) => [x.speakerName, x.quote])).toEqual([
      ['Yana Lantratova', 'the group would monitor civic freedoms'],
      ['Yana Lantratova', 'it would also deliver aid'],
    ]);
  });
});
