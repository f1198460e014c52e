import { found } from './extraction-helpers';

// Round 4: general fixes found on the new tuning articles (ac–ag), each with an invented sentence of its own.
const who = (text: string, voice: string | null = null) => found(text, voice).map((x) => [x.pattern, x.speakerName, x.quote]);

describe('extraction: titles and names', () => {
  it('keeps "Sir" and US one-word titles out of the name', () => {
    expect(who('Sir Martin Hale said the bridge would reopen in May.')).toEqual([['indirect-that', 'Martin Hale', 'the bridge would reopen in May']]);
    expect(who('Councilmember Rita Osei said she would vote against the budget.')).toEqual([['indirect-that', 'Rita Osei', 'she would vote against the budget']]);
  });
  it('keeps "of (the)" and a role word after it inside an institution’s name', () => {
    expect(who('The Department of Health said the offer was fair and affordable.')).toEqual([['indirect-that', 'Department of Health', 'the offer was fair and affordable']]);
    expect(who('Ministers agreed to cut the quota by a fifth, the Council of the European Union said.')).toEqual([['indirect-cue-after', 'Council of the European Union', 'Ministers agreed to cut the quota by a fifth']]);
  });
  it('steps over an age between commas to the name and its title', () => {
    expect(who('Its leader, Mihai Dobre, 47, told Corvine by telephone that the party would not accept the result.')).toEqual([
      ['told-object', 'Mihai Dobre', 'the party would not accept the result'],
    ]);
    // Without an apposition before the age, the name before it still speaks.
    expect(who('Dobre, 58, added that his party would reverse the cuts.')).toEqual([['indirect-that', 'Dobre', 'his party would reverse the cuts']]);
  });
});

describe('extraction: where indirect content starts and ends', () => {
  it('steps over "after the meeting" and "in a letter to staff" before "that"', () => {
    expect(who('Janis Berzins said after the meeting that his fleet would need compensation.')[0]).toEqual(['indirect-that', 'Janis Berzins', 'his fleet would need compensation']);
    expect(who('Mara Lind, the hospital’s director, said in a joint letter to staff that emergency care would not be affected.')[0]).toEqual(['indirect-that', 'Mara Lind', 'emergency care would not be affected']);
  });
  it('ends a cue-after clause at a participle of the speaker’s', () => {
    expect(who('The airline has cancelled its summer flights to Riga, the company said on Thursday, blaming rising fuel costs.')).toEqual([
      ['indirect-cue-after', 'company', 'The airline has cancelled its summer flights to Riga'],
    ]);
  });
});

describe('extraction: pairs taken up again', () => {
  it('gives "the two companies" and "the two operators" to the two companies named just before', () => {
    const text = 'Nordline and Baltic Ferries have withdrawn their joint bid for the route, the two companies said on Thursday.\n\nThe two operators said in a filing that the tender terms were no longer viable.';
    expect(who(text)).toEqual([
      ['indirect-cue-after', 'Nordline', 'Nordline and Baltic Ferries have withdrawn their joint bid for the route'],
      ['indirect-cue-after', 'Baltic Ferries', 'Nordline and Baltic Ferries have withdrawn their joint bid for the route'],
      ['indirect-that', 'Nordline', 'the tender terms were no longer viable'],
      ['indirect-that', 'Baltic Ferries', 'the tender terms were no longer viable'],
    ]);
  });
  it('gives "Both" to the two people named together, surnames resolved', () => {
    const text = 'Estonia’s minister, Kadri Sepp, and her Latvian counterpart, Janis Berzins, met in Riga.\n\nSepp and Berzins will present the deal next week. Both said they expected a difficult debate.';
    expect(who(text)).toEqual([
      ['indirect-that', 'Kadri Sepp', 'they expected a difficult debate'],
      ['indirect-that', 'Janis Berzins', 'they expected a difficult debate'],
    ]);
  });
  it('leaves "the two companies" a group when no pair was named', () => {
    expect(who('The two companies said the merger would close in June.')).toEqual([['indirect-that', 'two companies', 'the merger would close in June']]);
  });
});

describe('extraction: sources behind documents', () => {
  it('lets a body citing letters speak for itself', () => {
    const [x] = found('The transport ministry, citing letters from the two bidders, said the process would continue with three candidates.');
    expect([x.speakerName, x.quote, x.reportedThrough]).toEqual(['transport ministry', 'the process would continue with three candidates', null]);
  });
  it('still has an outlet citing documents as the source it cites', () => {
    const [x] = found('The newspaper Dnevnik, citing court documents, reported that the witness had withdrawn his testimony.');
    expect([x.speakerName, x.reportedThrough]).toEqual(['Dnevnik', { outlet: 'Dnevnik', relation: 'CITES' }]);
  });
  it('gives "according to a study by X" and "figures from X" to X', () => {
    expect(who('According to a study by the Baltic Marine Institute, cod stocks have fallen by 80 percent since 2010.')).toEqual([
      ['according-to', 'Baltic Marine Institute', 'cod stocks have fallen by 80 percent since 2010'],
    ]);
    expect(who('According to figures from the Hospital Providers Network, more than 4,000 operations were postponed in June.')).toEqual([
      ['according-to', 'Hospital Providers Network', 'more than 4,000 operations were postponed in June'],
    ]);
  });
});

describe('extraction: colon quotes without a verb of saying', () => {
  it('gives the quote to the named person who opens the clause', () => {
    expect(who('Patricia Kwan defended the vote. Kwan put it this way: "Every month we delay, another main breaks."')).toContainEqual(
      ['quote-colon', 'Patricia Kwan', 'Every month we delay, another main breaks.'],
    );
  });
  it('gives no speaker to a thing that "reads"', () => {
    expect(who('The sign on the gate read: "No entry for lorries after dark."')).toEqual([]);
  });
});

describe('extraction: relative clauses, appositions and possessives', () => {
  it('reads "X, which, citing Y, said" as Y via X, wherever the clause stands', () => {
    const [x] = found('The merger was first reported by the news portal Delfi, which, citing two people close to the deal, said the price was about 300 million euros.');
    expect([x.speakerName, x.quote, x.reportedThrough]).toEqual(['two people', 'the price was about 300 million euros', { outlet: 'Delfi', relation: 'VIA' }]);
  });
  it('keeps a possessive that opens that-less content', () => {
    expect(who('The union, which represents 3,000 dock workers, said its members would strike.')).toEqual([['indirect-that', 'union', 'its members would strike']]);
  });
  it('takes a name with its rank from the apposition', () => {
    expect(who('A police spokesman, Inspector Jan Sund, said both men were released on bail.')).toEqual([['indirect-that', 'Jan Sund', 'both men were released on bail']]);
  });
  it('reads "X and its partner, the Y Alliance," as a joint statement', () => {
    expect(who('Both Helix and its funding partner, the Global Vaccine Alliance, said the trial could restart in the spring.')).toEqual([
      ['indirect-that', 'Helix', 'the trial could restart in the spring'],
      ['indirect-that', 'Global Vaccine Alliance', 'the trial could restart in the spring'],
    ]);
  });
});

describe('extraction: speakers on local and US pages', () => {
  it('keeps "Cllr" out of the name and "for"/"of" inside institutions’ names', () => {
    expect(who('The council leader, Cllr Nadia Hale, said the decision was unfair.')).toEqual([['indirect-that', 'Nadia Hale', 'the decision was unfair']]);
    expect(who('The Department for Transport said the scheme did not offer value for money.')).toEqual([['indirect-that', 'Department for Transport', 'the scheme did not offer value for money']]);
    expect(who('According to the state Department of Health Services, the district has the fewest doctors in the county.')).toEqual([
      ['according-to', 'Department of Health Services', 'the district has the fewest doctors in the county'],
    ]);
  });
  it('drops a mayor’s title from the office’s name but keeps an institution’s own words', () => {
    expect(who('Mayor Dana Reid’s office said the city had no authority over private clinics.')[0][1]).toBe('Dana Reid’s office');
    expect(who('The European Union’s delegation in Tbilisi said it was following the case closely.')[0][1]).toBe('European Union’s delegation');
  });
  it('reads "she" as the person an apposition-led sentence opened with', () => {
    const text = 'Calloway said patients would be sent downtown.\n\nCity Councilwoman Rosa Ibarra, whose district includes the clinic, called the closure "a slap in the face to working families." She said she had asked the state to review it.';
    expect(who(text)).toEqual([
      ['indirect-that', 'Calloway', 'patients would be sent downtown'],
      ['fragment', 'Rosa Ibarra', 'a slap in the face to working families.'],
      ['indirect-that', 'Rosa Ibarra', 'she had asked the state to review it'],
    ]);
  });
  it('gives "she said" after a quote to an unnamed woman just described, but not to "a spokesman"', () => {
    const nurse = 'Denise Calloway said the clinic would close.\n\nA nurse at the clinic, who asked not to be named, said staff had learned of it from a news release. "Nobody came to talk to us," she said.';
    expect(who(nurse).at(-1)).toEqual(['quote-cue-after', 'A nurse', 'Nobody came to talk to us']);
    const spokesman = 'Ewa Nowak said farmers had been abandoned.\n\nA government spokesman said talks would continue. "We will not give up," she said.';
    expect(who(spokesman).at(-1)).toEqual(['quote-cue-after', 'Ewa Nowak', 'We will not give up']);
  });
});

describe('extraction: statements', () => {
  it('reads a credit line under a pull quote', () => {
    const text = 'The association is appalled by the decision.\n\n“This decision was made behind closed doors.”\nJoan Whitley, chair of the association\n\nWe will ask for a judicial review.';
    expect(who(text)).toContainEqual(['credit-line', 'Joan Whitley', 'This decision was made behind closed doors.']);
  });
  it('leaves an appeal to readers out of the voice’s claims', () => {
    const text = 'Statement from the Millbrook Residents Association\n\nWe will ask for a judicial review of the permit.\n\nWe urge residents to attend our public meeting on 14 March.';
    expect(who(text, 'Millbrook Residents Association').map((x) => x[2])).toEqual(['We will ask for a judicial review of the permit.']);
  });
});

describe('extraction: documents, back-references and UK full stops', () => {
  it('gives a report’s words to the body named as its publisher', () => {
    expect(who('The report, published by the Institute for Fiscal Studies on Monday, argues that the tax cuts will mostly benefit the richest households.')).toEqual([
      ['indirect-that', 'Institute for Fiscal Studies', 'the tax cuts will mostly benefit the richest households'],
    ]);
  });
  it('does not give "the chancellor" to a last person who holds another role', () => {
    const [, x] = found('Professor Miriam Clarke said the system favoured owners.\n\nThe chancellor, for his part, insists the cuts will pay for themselves.');
    expect([x.speakerName, x.speakerKind]).toEqual(['chancellor', 'UNRESOLVED']);
  });
  it('still gives "the minister" to the last person when nothing says otherwise', () => {
    const [, x] = found('Her Latvian counterpart, Janis Berzins, said his fleet would need help.\n\nThe minister said he would ask Brussels for emergency funds.');
    expect(x.speakerName).toBe('Janis Berzins');
  });
  it('does not read a cue after a full stop outside the closing mark as the quote’s', () => {
    expect(who('Labour has accused the government of "fiscal vandalism". The CBI said it would boost investment.')).not.toContainEqual(
      expect.arrayContaining(['CBI', 'fiscal vandalism']),
    );
  });
  it('steps over a participle that describes a group', () => {
    expect(who('Residents interviewed outside the clinic on Friday said they did not know where they would go.')).toEqual([
      ['indirect-that', 'Residents', 'they did not know where they would go'],
    ]);
  });
});

describe('extraction: "according to" after a closing mark', () => {
  it('reads “…,” according to X with the comma inside the mark', () => {
    expect(who('The cuts are "cruel and unnecessary," according to the charity.')).toEqual([
      ['according-to', 'charity', 'The cuts are "cruel and unnecessary,"'],
      ['fragment', 'charity', 'cruel and unnecessary'],
    ]);
  });
});

describe('extraction: third batch', () => {
  it('steps over an age before a relative clause', () => {
    expect(who('Wilk, 61, who has always denied the charges, said outside the courtroom that the verdict was political.')).toEqual([
      ['indirect-that', 'Wilk', 'the verdict was political'],
    ]);
  });
  it('steps over "in an interview published … by the weekly X" before "that", but not over a clause of its own', () => {
    expect(who('Prime Minister Jan Kowal said in an interview published on Sunday by the weekly Polityka that no one was above the law.')[0]).toEqual(
      ['indirect-that', 'Jan Kowal', 'no one was above the law'],
    );
    expect(who('Judge Ewa Borowska said the evidence showed that the minister had taken bribes.')[0][2]).toBe('the evidence showed that the minister had taken bribes');
  });
  it('reads "WHO" as the agency and role words inside an agency’s capitalised name', () => {
    expect(who('A WHO spokeswoman said the agency would review the new data.')).toEqual([['indirect-that', 'A WHO spokeswoman', 'the agency would review the new data']]);
    expect(who('The Swedish Public Health Agency said in a statement that side effects had been rare.')[0][1]).toBe('Swedish Public Health Agency');
  });
  it('reads a plural subject’s present-tense cue the tagger took for a noun', () => {
    expect(who('The study’s authors caution that it was observational and cannot prove cause and effect.')).toEqual([
      ['indirect-that', 'study’s authors', 'it was observational and cannot prove cause and effect'],
    ]);
  });
  it('gives "according to a study published in X" to the journal', () => {
    expect(who('A second booster dose cut admissions by nearly half, according to a study published on Wednesday in the Nordic Medical Journal.')[0].slice(0, 2)).toEqual(
      ['according-to', 'Nordic Medical Journal'],
    );
  });
});

describe('extraction: names that look like verbs, hearers and relative clauses', () => {
  it('reads "Said" inside a name as part of it, and a hearer ends before a determiner', () => {
    expect(who('The family’s lawyer, Omar Said, told reporters the ruling was unjust.')).toEqual([['told-object', 'Omar Said', 'the ruling was unjust']]);
  });
  it('ends a relative clause’s content at the comma before the main verb', () => {
    expect(who('The minister, who said last year that the plant would close, changed her mind on Monday.')).toEqual([['indirect-that', 'minister', 'the plant would close']]);
  });
});

describe('extraction: pairs and described speakers named in an apposition', () => {
  it('gives "the pair" and "both founders" to the two people named together', () => {
    const text = 'Maria Costa and Jonas Berg founded the company in 2015. The pair said they had never taken outside money.\n\nBoth founders said the sale would not change the company.';
    expect(who(text).map((x) => x[1])).toEqual(['Maria Costa', 'Jonas Berg', 'Maria Costa', 'Jonas Berg']);
  });
  it('reads "One of them, Ida Lund, said" and "Its managing partner, Erik Holm, told"', () => {
    expect(who('Investors were surprised. One of them, Ida Lund, said she had not been consulted.')).toEqual([['indirect-that', 'Ida Lund', 'she had not been consulted']]);
    expect(who('Its managing partner, Erik Holm, told the Financial Times the price was fair to everyone.')).toEqual([['told-object', 'Erik Holm', 'the price was fair to everyone']]);
  });
});

describe('extraction: no statement where nothing was said', () => {
  it('reads no content in an infinitive or in the subject’s next verb', () => {
    expect(who('The company announced plans to build a second plant in 2027.')).toEqual([]);
    expect(who('Ministers noted the report and moved on to other business.')).toEqual([]);
    expect(who('The company announced the plant would close in 2027.')).toEqual([['indirect-that', 'company', 'the plant would close in 2027']]);
  });
});

describe('extraction: scare quotes', () => {
  it('gives no fragment for a "so-called" label inside indirect speech', () => {
    expect(who('Ana Popescu said the so-called "red line policy" had failed.')).toEqual([['indirect-that', 'Ana Popescu', 'the so-called "red line policy" had failed']]);
  });
});

describe('extraction: honorifics choose between two people of one surname', () => {
  it('gives "Mr Grant" to the man and "Mrs Grant" to the woman', () => {
    const text = 'Senator Paul Grant and his wife, Linda Grant, attended the hearing. Mrs Grant said the family would sue. Mr Grant said he would not comment.';
    expect(who(text).map((x) => x[1])).toEqual(['Linda Grant', 'Paul Grant']);
  });
});

describe('extraction: "the minister" and other back-references', () => {
  it('does not give "the health secretary" to a union’s general secretary', () => {
    const text = 'The union’s general secretary, Rhona Kerr, said the offer was an insult.\n\nAsked about the offer, the health secretary said the deal was the best in the UK.';
    expect(found(text)[1].speakerName).toBe('health secretary');
  });
  it('gives "the health secretary" to the person a role apposition named', () => {
    const text = 'The Health Secretary, Graham Pell, struck a harder tone. Mr Pell told MPs that the strike would put patients at risk.\n\nThe health secretary later said that plans were in place.';
    expect(found(text).map((x) => x.speakerName)).toEqual(['Graham Pell', 'Graham Pell']);
  });
  it('keeps "the minister" for the last person when the text calls them a counterpart', () => {
    const text = 'Estonia’s fisheries minister, Kadri Tamm, said the cut was painful. Her Latvian counterpart, Janis Ozols, said his fleet would need help.\n\nThe minister said he would ask for emergency funds.';
    expect(found(text).map((x) => x.speakerName)).toEqual(['Kadri Tamm', 'Janis Ozols', 'Janis Ozols']);
  });
});
