import { refusal } from '../support/refusal';
import { checkActorUpdate, checkMerge, checkNewActor } from '../../src/domain/actor-rules';

const person = (id: string) => ({ id, kind: 'PERSON' });
const org = (id: string) => ({ id, kind: 'ORGANISATION' });

describe('actor rules: merges', () => {
  const asked = { survivorId: 'person-a', mergedId: 'person-b' };

  it('refuses an actor merged into itself before anything is read', () => {
    expect(refusal(() => checkMerge({ survivorId: 'person-a', mergedId: 'person-a' }))).toBe('BAD_USER_INPUT merge.mergedId: an actor cannot be merged into itself');
  });

  it('refuses a person merged into an organisation', () => {
    expect(refusal(() => checkMerge({ survivorId: 'org-a', mergedId: 'person-b' }, org('org-a'), person('person-b')))).toBe(
      'BAD_USER_INPUT merge.mergedId: cannot merge a person into a organisation',
    );
  });

  it('refuses ids that were already merged, pointing at the survivor', () => {
    expect(refusal(() => checkMerge(asked, person('person-a'), person('person-z')))).toBe('BAD_USER_INPUT merge.mergedId: "person-b" was already merged into person-z');
    expect(refusal(() => checkMerge(asked, person('person-z'), person('person-b')))).toBe(
      'BAD_USER_INPUT merge.survivorId: "person-a" was merged into person-z; merge into that',
    );
  });

  it('accepts two current actors of one kind', () => {
    expect(refusal(() => checkMerge(asked, person('person-a'), person('person-b')))).toBe('accepted');
  });
});

describe('actor rules: organisation-only fields', () => {
  it('refuses an acronym on a new person but not on a new organisation', () => {
    expect(refusal(() => checkNewActor('PERSON', { acronym: 'X' }))).toBe('BAD_USER_INPUT actor.kind: acronym, orgKind and country apply to organisations only');
    expect(refusal(() => checkNewActor('ORGANISATION', { acronym: 'X', country: 'RU' }))).toBe('accepted');
  });

  it('refuses memberships on a person and positions on an organisation', () => {
    expect(refusal(() => checkActorUpdate('PERSON', { addMemberships: [{}] }))).toBe(
      'BAD_USER_INPUT actor.null: acronym, orgKind, country and addMemberships apply to organisations only',
    );
    expect(refusal(() => checkActorUpdate('ORGANISATION', { addPositions: [{}] }))).toBe('BAD_USER_INPUT actor.addPositions: positions are held by people, not organisations');
    expect(refusal(() => checkActorUpdate('PERSON', { addPositions: [{}] }))).toBe('accepted');
  });
});
