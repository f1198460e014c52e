import { badInput } from './errors';

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** A date at the precision the evidence gives, with the first and last day it covers. */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
  /** First day covered, YYYY-MM-DD: sorts and compares as a string. */
  from: string;
  /** Last day covered, YYYY-MM-DD. */
  to: string;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Parses 2023, 2023-04 or 2023-04-11; anything else, or an impossible day, is refused naming the field. */
export function parsePartialDate(value: string, field = 'date'): PartialDate {
  const m = FORM.exec(value.trim());
  if (!m) throw badInput(`${field} must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(value)})`, { field });
  const y = Number(m[1]);
  if (m[2] === undefined) return { value: m[1], precision: 'YEAR', from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) throw badInput(`${field} has no month ${m[2]} (got ${JSON.stringify(value)})`, { field });
  const last = daysInMonth(y, mo);
  if (m[3] === undefined) return { value: `${m[1]}-${m[2]}`, precision: 'MONTH', from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(last)}` };
  const d = Number(m[3]);
  if (d < 1 || d > last) throw badInput(`${field} has no day ${m[3]} in ${m[1]}-${m[2]} (got ${JSON.stringify(value)})`, { field });
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return { value: day, precision: 'DAY', from: day, to: day };
}

export const isPartialDate = (value: string): boolean => FORM.test(value);

/** A partial date stored three ways: as given, and the first and last day it covers (for range filters). */
export function partialDateProps(name: string, value: string | null | undefined): Record<string, string | null> {
  if (value == null) return {};
  const d = parsePartialDate(value, name);
  return { [name]: d.value, [`${name}From`]: d.from, [`${name}To`]: d.to };
}

/** A from/to range (positions, memberships): each end normalised as given, or null; a bad date is refused naming from or to. */
export function dateRange(r: { from?: string | null; to?: string | null }): { from: string | null; to: string | null } {
  return { from: r.from == null ? null : parsePartialDate(r.from, 'from').value, to: r.to == null ? null : parsePartialDate(r.to, 'to').value };
}
