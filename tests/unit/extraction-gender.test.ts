import { genderOfFirstName, genderOfTitle, pronounFits } from '../../src/extraction/gender';
import { found } from './extraction-helpers';

const who = (text: string) => found(text).map((x) => [x.speakerName, x.speakerKind]);

describe('extraction: pronouns checked for gender', () => {
  it('reads gender from honorifics and first names', () => {
    expect([genderOfTitle('mrs'), genderOfTitle('council leader'), genderOfTitle('sir')]).toEqual(['female', null, 'male']);
    expect([genderOfFirstName('Ruth Adeyemi'), genderOfFirstName('Gareth Owain'), genderOfFirstName('Owain')]).toEqual(['female', 'male', null]);
    expect([pronounFits('she', 'male'), pronounFits('she', null), pronounFits('he', 'male')]).toEqual([false, true, true]);
  });
  it('skips the last person named when the pronoun does not fit them', () => {
    expect(who('Ruth Adeyemi met Gareth Owain on Friday. She said afterwards that the meeting had been civil.')).toEqual([['Ruth Adeyemi', 'PRONOUN_RESOLVED']]);
    expect(who('Ruth Adeyemi met Gareth Owain on Friday. He said afterwards that the meeting had been civil.')).toEqual([['Gareth Owain', 'PRONOUN_RESOLVED']]);
  });
  it('lets an honorific in the text decide over the first name', () => {
    expect(who('Mrs Kim Brady met Paul Stone. Mrs Brady left early. She said the talks had failed.')).toEqual([['Kim Brady', 'PRONOUN_RESOLVED']]);
  });
  it('resolves a speaker named after a leading clause with a pronoun in it', () => {
    expect(who('Before he took questions, the finance director, Neil Baptiste, said the council faced a large gap.')).toEqual([['Neil Baptiste', 'NAMED']]);
  });
  it('takes a lone given name in an apposition as a person', () => {
    expect(who('Lena Varga spoke first. Her mother, Manana, told reporters that the family was waiting. "We are still hoping," she said.')).toEqual([
      ['Manana', 'NAMED'], ['Manana', 'PRONOUN_RESOLVED'],
    ]);
  });
});
