import { atInputPath, inputPath } from '../../src/api/errors';
import { DomainError, conflict, invalid, notFound } from '../../src/domain/errors';

describe('api errors: domain subjects become GraphQL input paths', () => {
  it('puts a nested attribution under input.attribution, and other entities on input', () => {
    expect(inputPath('addClaim', { entity: 'attribution', field: 'quote' })).toBe('input.attribution.quote');
    expect(inputPath('addAttribution', { entity: 'attribution', field: 'speakerId' })).toBe('input.attribution.speakerId');
    expect(inputPath('retractAttribution', { entity: 'attribution', field: 'id' })).toBe('input.id');
    expect(inputPath('updateActor', { entity: 'actor', field: null })).toBe('input');
  });

  it('prefixes a bad-input message with its path and names it in details', () => {
    const placed = atInputPath('addClaim', invalid('attribution', 'quote', 'quote does not occur in the source text: "x"', { id: 'src-1' })) as DomainError;
    expect(placed).toBeInstanceOf(DomainError);
    expect(placed.code).toBe('BAD_USER_INPUT');
    expect(placed.message).toBe('input.attribution.quote: quote does not occur in the source text: "x"');
    expect(placed.details).toEqual({ id: 'src-1', field: 'input.attribution.quote' });
  });

  it('keeps a conflict\'s message as it is, adding only the field', () => {
    const placed = atInputPath('addSource', conflict('A source with this URL already exists: src-1', { existingId: 'src-1' }, { entity: 'source', field: 'url' })) as DomainError;
    expect(placed.message).toBe('A source with this URL already exists: src-1');
    expect(placed.details).toEqual({ existingId: 'src-1', field: 'input.url' });
  });

  it('passes errors without a subject through untouched', () => {
    const missing = notFound('claim', 'claim-x');
    const crash = new Error('boom');
    expect(atInputPath('addClaim', missing)).toBe(missing);
    expect(atInputPath('addClaim', crash)).toBe(crash);
  });
});
