// UTC axis ticks for the timeline: days, months or years, whichever gives at most `maxTicks`
// labels. Labels are built from fixed month names so no locale or time zone can change them.
import { DAY_MS } from "../dates";

const MONTH_ABBR = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000];

export interface Tick {
  ms: number;
  label: string;
  /** A year boundary (drawn stronger, labelled with the year). */
  major: boolean;
}

function monthTicks(startMs: number, endMs: number, step: number): Tick[] {
  const start = new Date(startMs);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  // First boundary at or after the start that is a multiple of the step (Jan-aligned).
  let index = year * 12 + month;
  if (Date.UTC(year, month, 1) < startMs) index += 1;
  index = Math.ceil(index / step) * step;
  const ticks: Tick[] = [];
  for (; ; index += step) {
    year = Math.floor(index / 12);
    month = index % 12;
    const ms = Date.UTC(year, month, 1);
    if (ms > endMs) break;
    const major = month === 0;
    ticks.push({
      ms,
      label: major || step >= 12 ? String(year) : (MONTH_ABBR[month] as string),
      major,
    });
  }
  return ticks;
}

function dayTicks(startMs: number, endMs: number, step: number): Tick[] {
  const ticks: Tick[] = [];
  const first = Math.ceil(startMs / DAY_MS) * DAY_MS;
  for (let ms = first; ms <= endMs; ms += step * DAY_MS) {
    const d = new Date(ms);
    const major = d.getUTCDate() === 1 && d.getUTCMonth() === 0;
    ticks.push({
      ms,
      label: major
        ? String(d.getUTCFullYear())
        : `${d.getUTCDate()} ${MONTH_ABBR[d.getUTCMonth()]}`,
      major,
    });
  }
  return ticks;
}

export function timeTicks(startMs: number, endMs: number, maxTicks: number): Tick[] {
  const limit = Math.max(2, Math.floor(maxTicks));
  const spanDays = (endMs - startMs) / DAY_MS;
  for (const step of DAY_STEPS) {
    if (spanDays / step <= limit && spanDays <= 62) return dayTicks(startMs, endMs, step);
  }
  for (const step of MONTH_STEPS) {
    const ticks = monthTicks(startMs, endMs, step);
    if (ticks.length <= limit) return withYearOnFirst(ticks);
  }
  // Beyond the nice steps: whole years, as many as fit.
  const months = (endMs - startMs) / (DAY_MS * 30);
  return withYearOnFirst(monthTicks(startMs, endMs, Math.ceil(months / limit / 12 + 1) * 12));
}

/** With no January in view, the first month label carries the year so the axis is readable alone. */
function withYearOnFirst(ticks: Tick[]): Tick[] {
  const first = ticks[0];
  if (!first || ticks.some((t) => t.major) || /^\d{4}$/.test(first.label)) return ticks;
  return [
    { ...first, label: `${first.label} ${new Date(first.ms).getUTCFullYear()}` },
    ...ticks.slice(1),
  ];
}
