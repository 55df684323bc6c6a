// Partial ISO dates (`2021`, `2021-10`, `2021-07-27`) as UTC periods.
// Everything is computed in UTC milliseconds so that no time zone can shift a date by a day.
import type { Precision } from "./schema";

export const DAY_MS = 86_400_000;

/** English month names, January first. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** English weekday names, Sunday first (Date#getUTCDay order). */
export const WEEKDAYS = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

export function precisionOf(iso: string): Precision {
  if (iso.length === 4) return "year";
  if (iso.length === 7) return "month";
  return "day";
}

/** The number written by the ASCII digits iso[from..to), or NaN. */
function digitsAt(iso: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = iso.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

const DASH = 45;

export function parsePartialDate(iso: string): DateParts {
  // The usual shapes digit by digit: the browser decodes two of these per event while the page
  // loads (100,000 events at the benchmark's largest size), and split() allocates an array each.
  const n = iso.length;
  if (
    (n === 4 || n === 7 || n === 10) &&
    (n === 4 || iso.charCodeAt(4) === DASH) &&
    (n !== 10 || iso.charCodeAt(7) === DASH)
  ) {
    const year = digitsAt(iso, 0, 4);
    const month = n >= 7 ? digitsAt(iso, 5, 7) : null;
    const day = n === 10 ? digitsAt(iso, 8, 10) : null;
    if (!Number.isNaN(year) && !Number.isNaN(month) && !Number.isNaN(day))
      return { year, month, day };
  }
  const [y, m, d] = iso.split("-");
  return {
    year: Number(y),
    month: m === undefined ? null : Number(m),
    day: d === undefined ? null : Number(d),
  };
}

/** True when the string is a real calendar date at its precision (rejects 2021-02-30). */
export function isRealPartialDate(iso: string): boolean {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso)) return false;
  const { year, month, day } = parsePartialDate(iso);
  if (month !== null && (month < 1 || month > 12)) return false;
  if (day !== null && month !== null) {
    const t = new Date(Date.UTC(year, month - 1, day));
    return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
  }
  return true;
}

/** First millisecond (UTC) of the period the partial date names. */
export function periodStartMs(iso: string): number {
  const { year, month, day } = parsePartialDate(iso);
  return Date.UTC(year, (month ?? 1) - 1, day ?? 1);
}

/** First millisecond (UTC) after the period the partial date names (exclusive end). */
export function periodEndMs(iso: string): number {
  const { year, month, day } = parsePartialDate(iso);
  if (month === null) return Date.UTC(year + 1, 0, 1);
  if (day === null) return Date.UTC(year, month, 1);
  return Date.UTC(year, month - 1, day + 1);
}

/** The whole span an event may cover: from the start of its first period to the end of its last. */
export function eventSpanMs(event: { start: string; end: string | null }): {
  startMs: number;
  endMs: number;
} {
  return { startMs: periodStartMs(event.start), endMs: periodEndMs(event.end ?? event.start) };
}

/** `YYYY-MM-DD` of a UTC millisecond. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Truncate a full ISO day to a precision: `2021-07-27` → `2021-07` for month. */
export function truncateToPrecision(isoDate: string, precision: Precision): string {
  return isoDate.slice(0, precision === "year" ? 4 : precision === "month" ? 7 : 10);
}

/** Human text for a partial date: `27 July 2021`, `October 2021`, `2021`. */
export function formatPartialDate(iso: string): string {
  const { year, month, day } = parsePartialDate(iso);
  if (month === null) return String(year);
  const monthName = MONTH_NAMES[month - 1] ?? "?";
  if (day === null) return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}

/** Human text for an event's date, with ≈ for periods coarser than a day. */
export function formatEventDate(event: {
  start: string;
  end: string | null;
  precision: Precision;
}): string {
  const approx = event.precision === "day" ? "" : "≈ ";
  if (!event.end || event.end === event.start) return approx + formatPartialDate(event.start);
  return `${approx}${formatPartialDate(event.start)} – ${formatPartialDate(event.end)}`;
}

/** Weekday name (UTC) of a full ISO day. */
export function weekdayOf(isoDate: string): string {
  return WEEKDAYS[new Date(`${isoDate}T00:00:00Z`).getUTCDay()] as string;
}
