import { found } from './extraction-helpers';

const who = (text: string, voice: string | null = null) => found(text, voice).map((x) => [x.pattern, x.speakerName, x.quote]);

describe('extraction: statements and press releases', () => {
  const release = [
    'Reacting to the court ruling, Selma Varis, the federation’s director, said:',
    '',
    '“This ruling restores the right to strike. Employers can no longer sack workers for a walkout.”',
    '',
    'Employers can no longer sack workers for a walkout',
    '',
    'Selma Varis, the federation’s director',
    '',
    '“We will now ask parliament to write the ruling into law.”',
  ].join('\n');

  it('reads a colon cue at the end of the paragraph above the quote', () => {
    expect(who(release)[0]).toEqual(['quote-colon', 'Selma Varis', 'This ruling restores the right to strike. Employers can no longer sack workers for a walkout.']);
  });
  it('carries the speaker on across a pull-quote line and its credit line', () => {
    expect(who(release)).toContainEqual(['quote-continued', 'Selma Varis', 'We will now ask parliament to write the ruling into law.']);
  });
  it('does not carry a speaker across a narrative paragraph', () => {
    const text = 'Reacting to the ruling, Selma Varis said:\n\n“This ruling restores the right to strike.”\n\nThe employers’ group met on Tuesday to discuss an appeal against it.\n\n“We will appeal at once and expect to win.”';
    expect(who(text).filter((x) => x[0] === 'quote-continued')).toEqual([]);
  });
});

describe('extraction: own voice on a page captured from the web', () => {
  const page = [
    'Rivers need protection now',
    '',
    'The regional water board has failed to enforce its own discharge limits for three years.',
    '',
    'Subscribe to our newsletter',
    '',
    'Mara Tollund is director of policy at the Clean Rivers Society.',
    '',
    'Share:',
    '',
    'Donate today to protect our rivers!',
    '',
    'This website uses cookies so that we can give you the best experience possible.',
  ].join('\n');

  it('keeps the body sentence and leaves out the bio line, everything after "Share:" and calls to action', () => {
    expect(who(page, 'Mara Tollund')).toEqual([
      ['own-voice', 'Mara Tollund', 'The regional water board has failed to enforce its own discharge limits for three years.'],
    ]);
  });
  it('leaves out a sentence the page repeats (a promo box)', () => {
    const text = 'Title\n\nThe fund has grown every year since it opened.\n\nWaterWatch is a weekly digest of news about rivers and lakes.\n\nThe board must publish its figures.\n\nWaterWatch is a weekly digest of news about rivers and lakes.';
    expect(who(text, 'Clean Rivers Society').map((x) => x[2])).toEqual(['The fund has grown every year since it opened.', 'The board must publish its figures.']);
  });
});

describe('extraction: speakers', () => {
  it('gives "he" to the subject of the sentence before, not to an earlier speaker', () => {
    const text = 'Nadia Ferro, the opposition leader, said the vote was rigged.\n\nInterior Minister Tomas Brandl rejected the claim. "Every ballot was counted twice," he said.';
    expect(who(text)[1]).toEqual(['quote-cue-after', 'Tomas Brandl', 'Every ballot was counted twice']);
  });
  it('resolves a surname subject to the full name for "he"', () => {
    const text = 'Tomas Brandl spoke first. Nadia Ferro said the vote was rigged.\n\nBrandl rejected the claim. "Every ballot was counted twice," he said.';
    expect(who(text).at(-1)).toEqual(['quote-cue-after', 'Tomas Brandl', 'Every ballot was counted twice']);
  });
  it('finds both speakers when the partner is described and named in an apposition', () => {
    expect(who('Keller and her Austrian counterpart, Jonas Ebner, said in a joint note that the border would stay open.').map((x) => x[1])).toEqual(['Keller', 'Jonas Ebner']);
  });
  it('finds both speakers of "X and fellow farmer Y told …"', () => {
    expect(who('Berg and fellow farmer Anton Keel told the Herald that prices had halved since spring.').map((x) => x[1])).toEqual(['Berg', 'Anton Keel']);
  });
  it('finds both speakers when each has an apposition', () => {
    const text = 'In an open letter, Dr Selma Varis, head of the Northern Clinic, and Mayor Tomas Lind, who chairs the health board, said the funding had kept wards open.';
    expect(who(text)).toEqual([
      ['indirect-that', 'Selma Varis', 'the funding had kept wards open'],
      ['indirect-that', 'Tomas Lind', 'the funding had kept wards open'],
    ]);
  });
  it('keeps a single speaker for "officials and the mayor"-like phrases without a named partner', () => {
    expect(who('Officials in Berlin and the mayor said the border would stay open.').map((x) => x[1])).toEqual(['Officials']);
  });
});

describe('extraction: indirect speech, more positions', () => {
  it('reads "…, said Name, title" after the content', () => {
    expect(who('Rents will keep rising until 2028, said Mara Holt, an economist at Fenwick Bank.')).toEqual([['indirect-cue-after', 'Mara Holt', 'Rents will keep rising until 2028']]);
  });
  it('ends a cue-after clause before ", and" and a new clause', () => {
    expect(who('PRAGUE, May 2 (Wire) - Flu cases have tripled in two regions since March, the health agency said on Friday, and clinics will open at weekends.')).toEqual([
      ['indirect-cue-after', 'health agency', 'Flu cases have tripled in two regions since March'],
    ]);
  });
  it('gives ", adding that" to the cue-after speaker and to the subject of a non-speech verb', () => {
    expect(who('Ana Ruiz chaired the meeting for an hour, adding that the network would be dissolved by May.')).toEqual([['indirect-that', 'Ana Ruiz', 'the network would be dissolved by May']]);
    expect(who('The agency will monitor elections, Ana Ruiz said, adding that it would also deliver aid.')).toEqual([
      ['indirect-cue-after', 'Ana Ruiz', 'The agency will monitor elections'],
      ['indirect-that', 'Ana Ruiz', 'it would also deliver aid'],
    ]);
  });
  it('takes a described source after "according to"', () => {
    expect(who('According to the state grid operator, gas flows fell by a third overnight.')).toEqual([['according-to', 'state grid operator', 'gas flows fell by a third overnight']]);
    expect(who('According to the audit, 14 million euros were never spent.')).toEqual([['according-to', 'audit', '14 million euros were never spent']]);
  });
  it('does not read a verbless phrase before "said X" as content', () => {
    expect(who('The bridge, said Holt, was never safe.')).toEqual([]);
  });
});

describe('extraction: clauses that look like statements but are not, and outlets', () => {
  it('reads no statement in a subordinate clause ("While X deny …, …")', () => {
    expect(who('While the authorities criminalize dissent at home and deny abuses abroad, other states stay silent.')).toEqual([]);
  });
  it('reads a plural noun after an adjective as a noun, not a verb ("Individual states and …")', () => {
    expect(who('Individual states and the wider community stand ready to support such a body.')).toEqual([]);
    expect(who('The ministry states that it acted lawfully.')).toEqual([['indirect-that', 'ministry', 'it acted lawfully']]);
  });
  it('reads "found late last month that" as a finding', () => {
    expect(who('In fact, the court found late last month that the police had failed to investigate.')).toEqual([['indirect-that', 'court', 'the police had failed to investigate']]);
  });
  it('reads "with X writing that …" as X\'s statement', () => {
    expect(who('Ratings for the region are worse, with Amnesty International writing that torture was common in some prisons.')).toEqual([
      ['indirect-that', 'Amnesty International', 'torture was common in some prisons'],
    ]);
  });
  it('names the outlet of "the Izvestia newspaper reported"', () => {
    expect(who('Russia is to found its own group in the region, the Izvestia newspaper reported Thursday.')).toEqual([['indirect-cue-after', 'Izvestia', 'Russia is to found its own group in the region']]);
  });
  it('closes a quote opened with a curly mark by a straight one, and gives the participle after it to the quote\'s speaker', () => {
    expect(who('“We want openness and freedom," Lantratova said, adding that other groups will be invited to take part.')).toEqual([
      ['quote-cue-after', 'Lantratova', 'We want openness and freedom'],
      ['indirect-that', 'Lantratova', 'other groups will be invited to take part'],
    ]);
  });
  it('takes no description after "According to X," as content', () => {
    expect(who('According to Yana Ruiz, the executive secretary of the council.')).toEqual([]);
  });
});

describe('extraction: own voice and pronouns, more', () => {
  it('leaves a sentence that reports someone else\'s words out of the voice\'s own claims', () => {
    const text = 'Title\n\nThe board has ignored the warnings for years. In fact, the court found last month that the board had broken the law.';
    expect(who(text, 'Clean Rivers Society')).toEqual([
      ['own-voice', 'Clean Rivers Society', 'The board has ignored the warnings for years.'],
      ['indirect-that', 'court', 'the board had broken the law'],
    ]);
  });
  it('finds the subject after a leading adverbial and a title inside the name ("In June, US President Joe Biden …")', () => {
    const text = 'In June 2021, US President Joe Biden spoke to reporters on the lawn of Villa La Grange in Geneva. He promised that the talks would go on.';
    expect(who(text)).toEqual([['indirect-that', 'Joe Biden', 'the talks would go on']]);
  });
  it('takes no speaker in "the remarks"', () => {
    expect(who('The remarks underscored a tension, suggesting that bias had overshadowed engagement.')).toEqual([]);
  });
});

describe('extraction: characterising verbs', () => {
  it('gives quoted words after "called X" to the subject as a fragment', () => {
    expect(who('Finance Minister Omar Sadik called the result "a victory for common sense."')).toEqual([['fragment', 'Omar Sadik', 'a victory for common sense.']]);
  });
  it('leaves a one-word scare quote after "called" alone', () => {
    expect(who('Omar Sadik called the result "historic".')).toEqual([]);
  });
});

describe('extraction: round 3 tuning article (regulator and water company)', () => {
  it('gives a participle behind a dateline to the subject of the first verb', () => {
    expect(who('OSTRAVA, Sept 9 (Corvine) - The national water regulator fined Lakeside Water on Tuesday, saying the company had ignored warnings.')).toEqual([
      ['indirect-that', 'national water regulator', 'the company had ignored warnings'],
    ]);
  });
  it('ends the hearer at a determiner after a name ("told Corvine the company had …")', () => {
    expect(who('A spokeswoman for the regulator told Corvine the company had 30 days to appeal.')).toEqual([['told-object', 'A spokeswoman', 'the company had 30 days to appeal']]);
  });
  it('reads two names in an apposition as a joint statement', () => {
    expect(who('The two largest shareholders, Danube Infra and Karpat Capital, said they supported the board.').map((x) => x[1])).toEqual(['Danube Infra', 'Karpat Capital']);
  });
  it('resolves "the regulator" to the body named in full as a speaker before', () => {
    const text = 'The national water regulator fined the company, saying it had ignored warnings.\n\nThe regulator said in a statement that leaks had doubled.';
    expect(who(text).map((x) => x[1])).toEqual(['national water regulator', 'national water regulator']);
  });
});

describe('extraction: round 3 tuning article (hospital trust)', () => {
  it('takes the honorific-led name in an apposition as the speaker', () => {
    expect(who('In the letter, the trust’s chief executive, Dr Mina Shah, warned that beds were running out.')).toEqual([['indirect-that', 'Mina Shah', 'beds were running out']]);
  });
  it('reads a curly apostrophe after a plural as a possessive inside the speaker', () => {
    expect(who('Patients’ groups say the delays are putting lives at risk.')).toEqual([['present-say', 'Patients’ groups', 'the delays are putting lives at risk']]);
  });
  it('keeps a compass word inside a place in the speaker phrase', () => {
    expect(who('A hospital trust in north Wales has warned that it could run out of beds.')).toEqual([['indirect-that', 'A hospital trust', 'it could run out of beds']]);
  });
  it('reads a cue inside a time clause ("came after the union said …")', () => {
    expect(who('His comments came after the union said staff were working unpaid overtime.')).toEqual([['indirect-that', 'union', 'staff were working unpaid overtime']]);
  });
});
