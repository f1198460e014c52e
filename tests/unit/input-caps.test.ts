import { DomainError } from '../../src/domain/errors';
import { addActorInput, addSourceInput, updateSourceInput, validate } from '../../src/domain/inputs';

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return `${e.code} ${e.message}`;
    throw e;
  }
  return 'accepted';
};

describe('inputs: caps count UTF-16 code units, as documented (found by the fuzz)', () => {
  it('refuses a 501-unit title whose astral character made it 500 code points', () => {
    const title = `${'x'.repeat(498)}😀a`;
    expect(title.length).toBe(501);
    expect(refusal(() => validate(addSourceInput, { title, kind: 'ARTICLE' }))).toBe('BAD_USER_INPUT input.title: must be at most 500 characters');
  });

  it('still accepts a title of exactly 500 units', () => {
    expect(refusal(() => validate(addSourceInput, { title: `${'x'.repeat(498)}😀`, kind: 'ARTICLE' }))).toBe('accepted');
  });

  it('refuses a name of astral characters twice its cap in code units', () => {
    expect(refusal(() => validate(addActorInput, { kind: 'PERSON', name: '😀'.repeat(300) }))).toBe('BAD_USER_INPUT input.name: must be at most 300 characters');
  });
});

describe('inputs: a source cannot cite itself (found by the fuzz)', () => {
  it('refuses updateSource whose addCitesIds names the source', () => {
    expect(refusal(() => validate(updateSourceInput, { id: 'src-a', addCitesIds: ['src-b', 'src-a'] }))).toBe('BAD_USER_INPUT input.addCitesIds: must not name the source itself');
  });

  it('accepts citing another source', () => {
    expect(refusal(() => validate(updateSourceInput, { id: 'src-a', addCitesIds: ['src-b'] }))).toBe('accepted');
  });
});
