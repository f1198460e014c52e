import { mergedAliases, uniqueNames, updatedNames } from '../../src/domain/actor-names';

describe('actor names: every old spelling keeps finding the actor', () => {
  it('trims, drops blanks and repeats, and leaves out the name itself', () => {
    expect(uniqueNames([' ENNHRI ', 'ENNHRI', '', null, 'European Network', 'Network'], 'Network')).toEqual(['ENNHRI', 'European Network']);
  });

  it('keeps the old name as an alias on a rename, and removes what was asked', () => {
    const actor = { name: 'T. Moskalkova', aliases: ['Moskalkova', 'Москалькова'] };
    expect(updatedNames(actor, { name: 'Tatyana Moskalkova', addAliases: ['Tatiana Moskalkova'], removeAliases: ['Москалькова'] })).toEqual({
      name: 'Tatyana Moskalkova',
      aliases: ['Moskalkova', 'T. Moskalkova', 'Tatiana Moskalkova'],
    });
  });

  it('changes nothing when only a new alias equal to the name is given', () => {
    expect(updatedNames({ name: 'ENNHRI', aliases: ['ENRI'] }, { addAliases: ['ENNHRI'] })).toEqual({ name: 'ENNHRI', aliases: ['ENRI'] });
  });

  it('folds the merged actor\'s name and aliases into the survivor\'s', () => {
    expect(mergedAliases({ name: 'ENNHRI', aliases: ['ENRI'] }, { name: 'European Network of NHRIs', aliases: ['ENRI', 'ENNHRI'] })).toEqual([
      'ENRI',
      'European Network of NHRIs',
    ]);
  });
});
