import { refusal } from '../support/refusal';
import { checkCanAttribute, checkCanRetractAttribution, checkCanRetractClaim, checkClaimLink, checkSupersede, readsBothWays } from '../../src/domain/claim-rules';

const active = (id: string) => ({ id, status: 'ACTIVE' });

describe('claim rules: no claim without provenance', () => {
  it('refuses to retract the last active attribution of an active claim', () => {
    expect(refusal(() => checkCanRetractAttribution(active('attr-1'), { ...active('claim-1'), activeAttributions: 1 }))).toBe(
      'BAD_USER_INPUT attribution.id: "attr-1" is the last active attribution of claim "claim-1"; retract the claim instead',
    );
  });

  it('lets one of two active attributions go', () => {
    expect(refusal(() => checkCanRetractAttribution(active('attr-1'), { ...active('claim-1'), activeAttributions: 2 }))).toBe('accepted');
  });

  it('lets the last attribution of a claim that is no longer active go', () => {
    expect(refusal(() => checkCanRetractAttribution(active('attr-1'), { id: 'claim-1', status: 'RETRACTED', activeAttributions: 1 }))).toBe('accepted');
  });

  it('refuses an attribution that is already retracted, before counting', () => {
    expect(refusal(() => checkCanRetractAttribution({ id: 'attr-1', status: 'RETRACTED' }, { ...active('claim-1'), activeAttributions: 5 }))).toBe(
      'BAD_USER_INPUT attribution.id: attribution "attr-1" is already retracted',
    );
  });
});

describe('claim rules: self-links and status', () => {
  it('refuses a claim linked to itself, naming the link\'s toId', () => {
    expect(refusal(() => checkClaimLink('claim-1', 'claim-1'))).toBe('BAD_USER_INPUT link.toId: a claim cannot be linked to itself');
    expect(refusal(() => checkClaimLink('claim-1', 'claim-2'))).toBe('accepted');
  });

  it('refuses a claim superseding itself, and inactive claims on either side', () => {
    expect(refusal(() => checkSupersede(active('c'), active('c')))).toBe('BAD_USER_INPUT claim.supersededById: a claim cannot supersede itself');
    expect(refusal(() => checkSupersede({ id: 'a', status: 'SUPERSEDED' }, active('b')))).toBe('BAD_USER_INPUT claim.id: claim "a" is already superseded');
    expect(refusal(() => checkSupersede(active('a'), { id: 'b', status: 'RETRACTED' }))).toBe('BAD_USER_INPUT claim.supersededById: claim "b" is not active');
    expect(refusal(() => checkSupersede(active('a'), active('b')))).toBe('accepted');
  });

  it('attributes and retracts only active claims', () => {
    expect(refusal(() => checkCanAttribute({ id: 'c', status: 'RETRACTED' }))).toBe(
      'BAD_USER_INPUT claim.claimId: claim "c" is retracted; attribute its replacement instead',
    );
    expect(refusal(() => checkCanAttribute(active('c')))).toBe('accepted');
    expect(refusal(() => checkCanRetractClaim({ id: 'c', status: 'RETRACTED' }))).toBe('BAD_USER_INPUT claim.id: claim "c" is already retracted');
    expect(refusal(() => checkCanRetractClaim(active('c')))).toBe('accepted');
  });
});

describe('claim rules: link direction', () => {
  it('reads CONTRADICTS both ways and SUPPORTS one way', () => {
    expect(readsBothWays('CONTRADICTS')).toBe(true);
    expect(readsBothWays('SUPPORTS')).toBe(false);
  });
});
