// Partial dates ("2023", "2023-04", "2023-04-11"): the period each covers, whether it meets
// a filter's range, and how a reader sees it. A date known only to the year is never
// treated as a guessed day.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The period a partial date covers, as [first day, last day] in YYYY-MM-DD
 * ("2023" covers the whole year), or null when there is no date.
 */
export function periodOf(partial) {
  if (typeof partial !== 'string' || !partial) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(partial);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo) {
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return [`${y}-${mo}-01`, `${y}-${mo}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Whether a node's date overlaps the range [from, to] (either end may be empty). */
export function dateInRange(partial, from, to, hideUndated) {
  const period = periodOf(partial);
  if (!period) return !hideUndated;
  if (from && period[1] < from) return false;
  if (to && period[0] > to) return false;
  return true;
}

/** A partial date in words at its own precision: "11 April 2023", "April 2023", "2023". */
export function formatDate(partial) {
  if (!partial) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(partial);
  if (!m) return partial;
  const [, y, mo, d] = m;
  if (d) return `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
  if (mo) return `${MONTHS[Number(mo) - 1]} ${y}`;
  return y;
}

/** " (April 2023 – present)": a position's or membership's period, or nothing. */
export function formatPeriod(from, to) {
  if (!from && !to) return '';
  return ` (${from ? formatDate(from) : '…'} – ${to ? formatDate(to) : 'present'})`;
}
