// Partial dates as the graph stores them: a year (2024), a month (2024-03) or a day (2024-03-15).

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function validPartialDate(s) {
  const m = PARTIAL.exec(s);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  if (month < 1 || month > 12) return false;
  if (!m[3]) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}
