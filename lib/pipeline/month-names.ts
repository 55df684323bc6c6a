// English month and weekday names as they appear in the seed articles' headers and prose.
import { MONTH_NAMES, WEEKDAYS } from "../dates";

export { MONTH_NAMES, WEEKDAYS };
export type Weekday = (typeof WEEKDAYS)[number];

export const MONTH_PATTERN = MONTH_NAMES.join("|");
export const WEEKDAY_PATTERN = WEEKDAYS.join("|");

/** `YYYY-MM-DD` from parts, or null when they do not name a real calendar day. */
export function isoFromParts(year: number, monthName: string, day: number): string | null {
  const month = MONTH_NAMES.indexOf(monthName as (typeof MONTH_NAMES)[number]) + 1;
  if (month === 0) return null;
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day)
    return null;
  return t.toISOString().slice(0, 10);
}
