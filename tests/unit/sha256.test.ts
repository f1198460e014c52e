import { createHash } from 'node:crypto';
import { sha256, sha256Stream } from '../../src/domain/sha256';

describe('sha256: the one digest', () => {
  it('gives the published SHA-256 of "abc"', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes UTF-8 bytes, so non-ASCII text matches node:crypto over the same bytes', () => {
    const text = 'Москалькова: «нет»';
    expect(sha256(text)).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
    expect(sha256(text)).not.toBe(createHash('sha256').update(Buffer.from(text, 'latin1')).digest('hex'));
  });

  it('encodes base64url when asked, and the stream form agrees with the one-shot form', () => {
    expect(sha256('abc', 'base64url')).toBe(Buffer.from(sha256('abc'), 'hex').toString('base64url'));
    expect(sha256Stream().update('a').update('bc').digest('hex')).toBe(sha256('abc'));
  });
});
