import { found } from './extraction-helpers';

// Round 5: fixes made after each of two held-out sets had been scored once, unseen (their misses were read
// afterwards). Each fix is general and is tested here with sentences of its own, not the held-out texts.
const who = (text: string, voice: string | null = null) => found(text, voice).map((x) => [x.pattern, x.speakerName, x.quote]);

// Fixes after held-out-5's one unseen run (its misses were then studied): each with sentences of its own.
describe('extraction: after the held-out-5 run', () => {
  it('finds quoted words after a longer object of "called"', () => {
    expect(who('Councillor Ana Ruiz called the state of the harbour wall and its gates “a disgrace decades in the making”.')).toContainEqual(['fragment', 'Ana Ruiz', 'a disgrace decades in the making']);
  });
  it('reads that-less content with an infinitive inside its subject, and no participle as a clause', () => {
    expect(who('Mr Lund told reporters the plan to widen the road was “still on track” for May.')[0]).toEqual(['told-object', 'Lund', 'the plan to widen the road was “still on track” for May']);
    expect(who('Ms Ruiz has written to the transport secretary asking for a meeting.')).toEqual([]);
    expect(who('Ruiz also accused the mayor of breaking his promises to the town.')).toEqual([['indirect-that', 'Ruiz', 'the mayor of breaking his promises to the town']]);
  });
  it('gives "A joint statement issued after the talks said" to the joint statement, keeping the subject outside the quote', () => {
    expect(who('A joint statement issued after the talks said the two sides "will reopen the bridge before the winter".').map((x) => x.slice(0, 2))).toEqual([
      ['indirect-that', 'joint statement'], ['quote-cue-before', 'joint statement'],
    ]);
  });
  it('reads "called X a Y" as a characterisation, but not "a second time"', () => {
    expect(who('The farm minister, Ida Voss, has called the levy a temporary measure.')[0]).toEqual(['characterise', 'Ida Voss', 'the levy a temporary measure']);
    expect(who('Ida Voss called the hotline a second time on Monday.')).toEqual([]);
  });
  it('takes a name after a role in an apposition, and the name before a description and a relative clause', () => {
    expect(who("The host, Ellmark's trade minister Tomas Brenner, said the talks had been useful. The tariffs, he said, would stay in place until June.").map((x) => x[1])).toEqual(['Tomas Brenner', 'Tomas Brenner', 'Tomas Brenner']);
    expect(who('Clara Ruiz, a partner at Ironbark Capital, which led the last round, called the founder “a rare reader of small print”.')[0].slice(0, 2)).toEqual(['fragment', 'Clara Ruiz']);
  });
  it('keeps "and Care" in "Department of Health and Care", and gives "A survey by X found" to X', () => {
    expect(who('The Department of Health and Care warned in 2021 that resistant infections were rising.')[0][1]).toBe('Department of Health and Care');
    expect(who('A survey by the patients’ charity Breathe Well found that most adults expect antibiotics.')[0][1]).toBe('Breathe Well');
  });
  it('reads "by noting that" as the speaker going on, and "Today the company … and says"', () => {
    expect(who('Valeria Ionescu has commented on the reform by noting that even good laws can fail in practice.')[0]).toEqual(['indirect-that', 'Valeria Ionescu', 'even good laws can fail in practice']);
    expect(who('When Jonas Ek founded Lumen Cells, he sold to friends. Today the company sells in nine countries and says it will double its staff.')[0][2]).toBe('it will double its staff');
  });
  it('leaves out an author’s bio line that opens with an honorific, and the rest of its paragraph', () => {
    const text = 'Why we prescribe too much\n\nWe prescribe antibiotics too easily in this country.\n\nDr Mira Holt is a general practitioner in Weyford. She writes in a personal capacity.\n';
    expect(who(text, 'Mira Holt').map((x) => x[2])).toEqual(['We prescribe antibiotics too easily in this country.']);
  });
});

// Fixes after held-out-6's one unseen run (0.83 / 0.81; its misses then studied): sentences of their own.
describe('extraction: after the held-out-6 run', () => {
  it('reads nothing in a headline or a standfirst', () => {
    expect(who('Nurses say new rota will ‘break the night shift’\n\nUnion says plan was drawn up in secret\n\nBy Ana Holt\n\nThe health board said the rota would start in May.\n')).toEqual([
      ['indirect-that', 'health board', 'the rota would start in May'],
    ]);
  });
  it('gives "accused X of ‘…’ …" only the quoted words', () => {
    expect(who('Nurses have accused the board of ‘rushing through’ a new rota, weeks before it starts.')).toEqual([['quote-cue-before', 'Nurses', 'rushing through']]);
  });
  it('does not take a paper named after "in the" as a person for "she"', () => {
    const text = 'The minister, Priya Dahl, rejected the criticism. Writing in the Sunday Ledger, she said the rota would be fairer.';
    expect(found(text)[0].speakerName).toBe('Priya Dahl');
  });
  it('takes "Dame Harriet" to "Harriet Colley"', () => {
    expect(found('Dame Harriet Colley spoke first. ‘It is the least we owe families,’ Dame Harriet said.').at(-1)?.speakerName).toBe('Harriet Colley');
  });
  it('reads a long insertion inside that-less content, an acronym in brackets, and "Another parent"', () => {
    expect(who('The National Union of Ward Nurses (NUWN) said on Sunday that the rota, due to be introduced by the Hospital Standards Board in May, had been drawn up without consultation.')[0].slice(0, 2)).toEqual(['indirect-that', 'National Union of Ward Nurses']);
    expect(who('Another parent, who did not want to be named, said the letter had been confusing.')).toEqual([['indirect-that', 'Another parent', 'the letter had been confusing']]);
  });
  it('reads "Department for Work and Welfare" whole after "In February"', () => {
    expect(who('In February the Department for Work and Welfare said that a review would report by the summer.')[0][1]).toBe('Department for Work and Welfare');
  });
  it('prefers the name in an apposition over a lower-case description, and reads a time clause before a characterisation', () => {
    expect(who('Our partner charity, Open Kitchen Larkfield, says demand has doubled since 2023.')[0][1]).toBe('Open Kitchen Larkfield');
    expect(who('When he opened the warehouse in June, the cabinet member for communities, Cllr Derek Mwangi, described the network as part of the town’s infrastructure.')[0].slice(0, 2)).toEqual(['characterise', 'Derek Mwangi']);
  });
  it('reads a colon quote after a relative clause, and "the mine’s operator" introduced in the next paragraph', () => {
    expect(who('Councilmember Ruth Abernathy, who voted no, put it this way: "Once we rezone this land, we do not get it back."')[0].slice(0, 2)).toEqual(['quote-colon', 'Ruth Abernathy']);
    const text = 'KORSVIK, March 3 (Nordpress) - Four miners were trapped underground on Tuesday, the mine’s operator said.\n\nHalvard Mining said in a statement that the collapse happened at dawn.\n';
    expect(found(text).map((x) => x.speakerName)).toEqual(['Halvard Mining', 'Halvard Mining']);
  });
});

describe('extraction: headings need a body after them', () => {
  it('still reads a text typed without its full stop (no paragraph ends like a sentence, so none is a heading)', () => {
    expect(who('Orlov said the talks had failed')).toEqual([['indirect-that', 'Orlov', 'the talks had failed']]);
    expect(who('Budget vote delayed\n\nOrlov said the talks had failed')).toEqual([
      ['indirect-that', 'Orlov', 'the talks had failed'],
    ]);
  });
});
