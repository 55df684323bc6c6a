// Event dates for synthetic datasets: 1990–2026, a background that grows with time (archives get
// denser) plus bursts around real crises, a realistic mix of day/month/year precision and ranges.
import type { Category, Precision } from "../schema";
import type { Rng } from "./prng";

export const SYNTH_FIRST_YEAR = 1990;
export const SYNTH_LAST_YEAR = 2026;
const DAY_MS = 86_400_000;
const MIN_MS = Date.UTC(SYNTH_FIRST_YEAR, 0, 1);
const MAX_MS = Date.UTC(SYNTH_LAST_YEAR, 11, 31);

export interface Crisis {
  name: string;
  /** Peak day (UTC). */
  center: string;
  /** Spread (standard deviation) in days. */
  sigmaDays: number;
  /** Share of all events that belong to this burst. */
  share: number;
  /** Categories that dominate the burst. */
  categories: readonly Category[];
}

export const CRISES: readonly Crisis[] = [
  {
    name: "First Karabakh war",
    center: "1992-05-08",
    sigmaDays: 200,
    share: 0.05,
    categories: ["war", "ceasefire", "statement"],
  },
  {
    name: "Russo-Georgian war",
    center: "2008-08-10",
    sigmaDays: 30,
    share: 0.05,
    categories: ["war", "ceasefire", "statement", "meeting"],
  },
  {
    name: "April war",
    center: "2016-04-04",
    sigmaDays: 20,
    share: 0.04,
    categories: ["war", "ceasefire", "statement"],
  },
  {
    name: "Turkish coup attempt",
    center: "2016-07-16",
    sigmaDays: 25,
    share: 0.03,
    categories: ["statement", "other", "meeting"],
  },
  {
    name: "COVID-19",
    center: "2020-04-15",
    sigmaDays: 90,
    share: 0.04,
    categories: ["other", "statement", "meeting"],
  },
  {
    name: "Second Karabakh war",
    center: "2020-10-15",
    sigmaDays: 30,
    share: 0.09,
    categories: ["war", "ceasefire", "statement", "visit"],
  },
  {
    name: "Turkey–Syria earthquake",
    center: "2023-02-08",
    sigmaDays: 25,
    share: 0.04,
    categories: ["other", "visit", "statement"],
  },
  {
    name: "Karabakh offensive",
    center: "2023-09-22",
    sigmaDays: 30,
    share: 0.05,
    categories: ["war", "ceasefire", "statement", "meeting"],
  },
];

export interface SynthDate {
  start: string;
  end: string | null;
  precision: Precision;
  /** The burst the date was drawn from, if any (biases the category). */
  crisis: Crisis | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** ISO string of a UTC day at the given precision. */
export function isoAt(ms: number, precision: Precision): string {
  const d = new Date(ms);
  const year = String(d.getUTCFullYear());
  if (precision === "year") return year;
  const month = `${year}-${pad(d.getUTCMonth() + 1)}`;
  if (precision === "month") return month;
  return `${month}-${pad(d.getUTCDate())}`;
}

function backgroundDay(rng: Rng): number {
  // Density grows linearly from 1 to 4 across the years: inverse CDF of a linear ramp.
  const u = rng.next();
  const a = 1;
  const b = 4;
  const x = (Math.sqrt(a * a + (b * b - a * a) * u) - a) / (b - a);
  return MIN_MS + Math.floor(x * ((MAX_MS - MIN_MS) / DAY_MS)) * DAY_MS;
}

function clampDay(ms: number): number {
  return Math.min(MAX_MS, Math.max(MIN_MS, Math.floor(ms / DAY_MS) * DAY_MS));
}

/** Draw one event date: precision mix ~70% day, 20% month, 10% year; ~10% are ranges. */
export function drawEventDate(rng: Rng): SynthDate {
  let crisis: Crisis | null = null;
  let u = rng.next();
  for (const c of CRISES) {
    if (u < c.share) {
      crisis = c;
      break;
    }
    u -= c.share;
  }
  const day = crisis
    ? clampDay(Date.parse(`${crisis.center}T00:00:00Z`) + rng.normal() * crisis.sigmaDays * DAY_MS)
    : backgroundDay(rng);
  const p = rng.next();
  const precision: Precision = p < 0.7 ? "day" : p < 0.9 ? "month" : "year";
  const start = isoAt(day, precision);
  let end: string | null = null;
  if (rng.chance(0.1)) {
    const d = new Date(day);
    let endMs: number;
    if (precision === "day") endMs = day + rng.int(1, 60) * DAY_MS;
    else if (precision === "month")
      endMs = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + rng.int(1, 12), 1);
    else endMs = Date.UTC(d.getUTCFullYear() + rng.int(1, 5), 0, 1);
    const candidate = isoAt(Math.min(endMs, MAX_MS), precision);
    // A range must end after it starts; near the end of the span it may collapse to a single date.
    if (candidate > start) end = candidate;
  }
  return { start, end, precision, crisis };
}
