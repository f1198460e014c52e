import { createHash, type Hash } from 'node:crypto';

/** SHA-256 of a string's UTF-8 bytes: source texts, request inputs, seed and search fingerprints. */
export const sha256 = (text: string, encoding: 'hex' | 'base64url' = 'hex'): string => createHash('sha256').update(text, 'utf8').digest(encoding);

/** The same digest fed piece by piece, for files too large to hold as one string. */
export const sha256Stream = (): Hash => createHash('sha256');
