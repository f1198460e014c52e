import { found, rows } from './extraction-helpers';

describe('extraction: credit lines, Q&A answers and a text\'s own voice', () => {
  it('credits a pull quote to the person named on the line above it', () => {
    const text = 'The union rejects the plan.\n\nGeneral secretary Maria Kowal:\n“Automation is not the problem. Doing it behind our backs is.”\n';
    expect(rows(found(text)).filter((r) => r[0] === 'credit-line')).toEqual([
      ['credit-line', 'DIRECT_QUOTE', 'Maria Kowal', 'Automation is not the problem. Doing it behind our backs is.'],
    ]);
  });
  it('keeps the apposition of a credit line out of the name', () => {
    const text = 'Dr Helen Achebe, chief executive of the trust:\n“Every summer we tell families it is not safe to paddle.”\n';
    expect(found(text).map((x) => [x.pattern, x.speakerName])).toEqual([['credit-line', 'Helen Achebe']]);
  });
  it('does not read a line with a verb before the colon as a credit line', () => {
    const text = 'The statement ends with these words:\n“We will not give up.”\n';
    expect(found(text).filter((x) => x.pattern === 'credit-line')).toEqual([]);
  });
  it('gives the answers of a Q&A to the person the introduction names', () => {
    const text = 'Q&A: the director\n\nDr Elena Vasquez runs the museum. She spoke to Tom Reid.\n\nQ: Why now?\n\nA: Because the evidence is clear.\n\nQ: And the roof?\n\nA: It leaks in four galleries.\n';
    expect(rows(found(text))).toEqual([
      ['qa-answer', 'DIRECT_QUOTE', 'Elena Vasquez', 'Because the evidence is clear.'],
      ['qa-answer', 'DIRECT_QUOTE', 'Elena Vasquez', 'It leaks in four galleries.'],
    ]);
  });
  it('needs two questions and two answers before it reads a Q&A', () => {
    expect(found('Anna Kowalska spoke.\n\nQ: Why?\n\nA: Because it matters.\n').filter((x) => x.pattern === 'qa-answer')).toEqual([]);
  });
  it('attributes a statement\'s own sentences to its voice, leaving headings, contact lines and others\' words out', () => {
    const text = [
      'Statement on the port plan', '', '9 September 2026', '',
      'The Harbour Workers’ Union rejects the plan to automate the terminal.', '',
      'Our members were not consulted. We learned of it from a newspaper.', '',
      'The port authority said on Monday that no redundancies were planned.', '',
      'Press office: 020 7946 0000', '',
    ].join('\n');
    expect(rows(found(text, 'Harbour Workers’ Union'))).toEqual([
      ['own-voice', 'DIRECT_QUOTE', 'Harbour Workers’ Union', 'The Harbour Workers’ Union rejects the plan to automate the terminal.'],
      ['own-voice', 'DIRECT_QUOTE', 'Harbour Workers’ Union', 'Our members were not consulted.'],
      ['own-voice', 'DIRECT_QUOTE', 'Harbour Workers’ Union', 'We learned of it from a newspaper.'],
      ['indirect-that', 'PARAPHRASE', 'port authority', 'no redundancies were planned'],
    ]);
  });
  it('finds no own-voice sentences without a voice', () => {
    expect(found('Our members were not consulted at any stage of the plan.').filter((x) => x.pattern === 'own-voice')).toEqual([]);
  });
});
