import type { z } from 'zod';
import { DomainError, type ErrorCode } from './errors';

/** One bad item of a desk save, at its path under input (attributions.2.quote). */
export interface ItemProblem {
  path: string;
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

const LISTED_IN_MESSAGE = 3;

/** Every problem in one error, so the desk can mark each item in place; nothing has been written. */
export function itemsError(items: ItemProblem[]): DomainError {
  const shown = items.slice(0, LISTED_IN_MESSAGE).map((i) => `${i.path}: ${i.message}`).join('; ');
  const more = items.length > LISTED_IN_MESSAGE ? ` (and ${items.length - LISTED_IN_MESSAGE} more)` : '';
  const head = items.length === 1 ? '1 item needs fixing' : `${items.length} items need fixing`;
  return new DomainError('BAD_USER_INPUT', `${head}: ${shown}${more}`, { items });
}

/** All zod issues as item problems (zod's paths are already relative to the input). */
export function zodItems(error: z.ZodError): ItemProblem[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || 'input', code: 'BAD_USER_INPUT' as const, message: i.message }));
}

/** A domain error raised for one item, restated at that item's path (its subject's field appended when it has one). */
export function problemAt(base: string, e: DomainError, field?: string | null): ItemProblem {
  const leaf = field === undefined ? e.subject?.field : field;
  const path = leaf ? `${base}.${leaf}` : base;
  const details = Object.keys(e.details).length ? { details: e.details } : {};
  return { path, code: e.code, message: e.message, ...details };
}
