// Turns date mentions into ISO dates at the precision the text supports, using the article's
// publication date and its own narrative. Rules (each general, each tested):
// - an explicit year is kept at its precision ("1991" stays a year, "February 1992" a month);
// - a weekday with a month-day ("Monday (November 1)") takes the year in which that day is that
//   weekday, nearest the latest year the article itself states;
// - a month-day without a year is the recent past of the page when it falls within 45 days before
//   the publication date; otherwise it is anchored to an explicit dated event of the article within
//   120 days; otherwise it is its most recent occurrence before the publication date;
// - "on Wednesday" is the Wednesday on or before the publication date;
// - "this year" is the story's year: the latest year the narrative reaches, flagged when it differs
//   from the page's year.
import { DAY_MS, WEEKDAYS } from "../dates";
import type { Precision } from "../schema";
import type { DateMention, DatePoint } from "./date-mentions";

export interface ResolvedDate {
  start: string;
  end: string | null;
  precision: Precision;
  /** True when the year (or the whole date) was worked out rather than written. */
  inferred: boolean;
  notes: string[];
}

export interface DateContext {
  /** Publication date of the article (YYYY-MM-DD or coarser), or null when unknown. */
  published: string | null;
}

const pad = (v: number) => String(v).padStart(2, "0");
const dayIso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

function isRealDay(y: number, m: number, d: number): boolean {
  const t = new Date(utc(y, m, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function publishedMs(published: string | null): number | null {
  if (published?.length !== 10) return null;
  const [y, m, d] = published.split("-").map(Number);
  return utc(y as number, m as number, d as number);
}

function publishedYear(published: string | null): number | null {
  return published ? Number(published.slice(0, 4)) : null;
}

function pointIso(p: DatePoint): { iso: string; precision: Precision } | null {
  if (p.year === null) return null;
  if (p.month === null) return { iso: String(p.year), precision: "year" };
  if (p.day === null) return { iso: `${p.year}-${pad(p.month)}`, precision: "month" };
  if (!isRealDay(p.year, p.month, p.day)) return null;
  return { iso: dayIso(p.year, p.month, p.day), precision: "day" };
}

export interface ArticleDateFacts {
  /** Days the article writes in full (with a year), in ms. */
  anchors: number[];
  /** Latest year the narrative states or implies, never after the publication year. */
  storyYear: number | null;
}

/** Year for a month-day that the text gives without one. */
export function yearForMonthDay(
  month: number,
  day: number,
  published: string | null,
  anchors: readonly number[],
): { year: number; note: string } | null {
  const pub = publishedMs(published);
  const pubYear = publishedYear(published);
  if (pub !== null && pubYear !== null) {
    for (const y of [pubYear, pubYear - 1]) {
      if (!isRealDay(y, month, day)) continue;
      const gap = pub - utc(y, month, day);
      if (gap >= 0 && gap <= 45 * DAY_MS)
        return { year: y, note: "year of the publication date (recent past)" };
    }
  }
  let best: { year: number; gap: number } | null = null;
  for (const anchor of anchors) {
    const ay = new Date(anchor).getUTCFullYear();
    for (const y of [ay - 1, ay, ay + 1]) {
      if (!isRealDay(y, month, day)) continue;
      const t = utc(y, month, day);
      if (pub !== null && t > pub) continue;
      // Before the anchor counts fully; after it, at double weight (narratives run forward less often).
      const raw = anchor - t;
      const gap = raw >= 0 ? raw : -2 * raw;
      if (gap <= 120 * DAY_MS && (best === null || gap < best.gap)) best = { year: y, gap };
    }
  }
  if (best)
    return {
      year: best.year,
      note: `year from a dated event of the article within ${Math.round(best.gap / DAY_MS)} days`,
    };
  if (pub !== null && pubYear !== null) {
    const y =
      isRealDay(pubYear, month, day) && utc(pubYear, month, day) <= pub ? pubYear : pubYear - 1;
    return { year: y, note: "most recent occurrence before the publication date" };
  }
  return null;
}

/** Year in which month/day falls on `weekday`, nearest `contextYear`, not after the publication. */
export function yearForWeekday(
  month: number,
  day: number,
  weekday: number,
  published: string | null,
  contextYear: number | null,
): number | null {
  const pub = publishedMs(published);
  const pubYear = publishedYear(published) ?? contextYear;
  if (pubYear === null) return null;
  const target = contextYear ?? pubYear;
  let best: number | null = null;
  for (let y = pubYear - 40; y <= pubYear; y++) {
    if (!isRealDay(y, month, day)) continue;
    const t = utc(y, month, day);
    if (new Date(t).getUTCDay() !== weekday) continue;
    if (pub !== null && t > pub) continue;
    if (
      best === null ||
      Math.abs(y - target) < Math.abs(best - target) ||
      (Math.abs(y - target) === Math.abs(best - target) && y > best)
    )
      best = y;
  }
  return best;
}

/** Facts the resolver needs from the whole article: written-out days and the story's year. */
export function articleDateFacts(
  mentions: readonly DateMention[],
  published: string | null,
): ArticleDateFacts {
  const anchors: number[] = [];
  const pubYear = publishedYear(published);
  let storyYear: number | null = null;
  const seeYear = (y: number | null) => {
    if (y === null || (pubYear !== null && y > pubYear)) return;
    if (storyYear === null || y > storyYear) storyYear = y;
  };
  for (const m of mentions) {
    for (const p of [m.from, m.to]) {
      if (!p || p.year === null) continue;
      seeYear(p.year);
      if (p.month !== null && p.day !== null && isRealDay(p.year, p.month, p.day))
        anchors.push(utc(p.year, p.month, p.day));
    }
  }
  // Dates the narrative implies (a weekday pins a year; a recent month-day is the page's year).
  for (const m of mentions) {
    const r = resolveMention(m, { published }, { anchors, storyYear });
    if (r && m.kind !== "relative" && m.kind !== "month-relative")
      seeYear(Number(r.start.slice(0, 4)));
  }
  return { anchors, storyYear: storyYear ?? pubYear };
}

/** Resolve one mention; null when the text gives too little to date it. */
export function resolveMention(
  mention: DateMention,
  context: DateContext,
  facts: ArticleDateFacts,
): ResolvedDate | null {
  const { published } = context;
  const pubYear = publishedYear(published);
  const notes: string[] = [];
  const fromPoint = { ...mention.from };
  switch (mention.kind) {
    case "full":
    case "month-year":
    case "year": {
      const r = pointIso(fromPoint);
      if (!r) return null;
      if (mention.weekday !== null && r.precision === "day")
        checkWeekday(r.iso, mention.weekday, notes);
      return { start: r.iso, end: null, precision: r.precision, inferred: false, notes };
    }
    case "range": {
      const to = mention.to ? { ...mention.to } : null;
      if (!to) return null;
      let inferred = false;
      if (to.year === null && to.month !== null && to.day !== null) {
        const y = yearForMonthDay(to.month, to.day, published, facts.anchors);
        if (!y) return null;
        to.year = y.year;
        inferred = true;
        notes.push(`range end: ${y.note}`);
      }
      if (fromPoint.year === null && to.year !== null)
        fromPoint.year = (fromPoint.month ?? 0) <= (to.month ?? 0) ? to.year : to.year - 1;
      const a = pointIso(fromPoint);
      const b = pointIso(to);
      if (!a || !b || a.precision !== b.precision) return null;
      return { start: a.iso, end: b.iso, precision: a.precision, inferred, notes };
    }
    case "weekday-month-day": {
      const { month, day } = fromPoint;
      if (month === null || day === null || mention.weekday === null) return null;
      if (fromPoint.year !== null) {
        const r = pointIso(fromPoint);
        if (!r) return null;
        checkWeekday(r.iso, mention.weekday, notes);
        return { start: r.iso, end: null, precision: "day", inferred: false, notes };
      }
      const y = yearForWeekday(month, day, mention.weekday, published, facts.storyYear);
      if (y === null) return null;
      notes.push(
        `year ${y}: the year in which ${dayIso(y, month, day)} is a ${WEEKDAYS[mention.weekday]}, nearest the article's own years`,
      );
      if (pubYear !== null && y !== pubYear) notes.push(`differs from the page's year ${pubYear}`);
      return { start: dayIso(y, month, day), end: null, precision: "day", inferred: true, notes };
    }
    case "month-day": {
      const { month, day } = fromPoint;
      if (month === null || day === null) return null;
      const y = yearForMonthDay(month, day, published, facts.anchors);
      if (!y) return null;
      notes.push(`year ${y.year}: ${y.note}`);
      return {
        start: dayIso(y.year, month, day),
        end: null,
        precision: "day",
        inferred: true,
        notes,
      };
    }
    case "weekday": {
      const pub = publishedMs(published);
      if (pub === null || mention.weekday === null) return null;
      const back = (new Date(pub).getUTCDay() - mention.weekday + 7) % 7;
      const iso = new Date(pub - back * DAY_MS).toISOString().slice(0, 10);
      notes.push(`${WEEKDAYS[mention.weekday]} on or before the publication date ${published}`);
      return { start: iso, end: null, precision: "day", inferred: true, notes };
    }
    case "month-relative": {
      const base = facts.storyYear ?? pubYear;
      if (base === null || fromPoint.month === null) return null;
      const y =
        mention.relative === "last-year"
          ? base - 1
          : mention.relative === "next-year"
            ? base + 1
            : base;
      if (pubYear !== null && base !== pubYear)
        notes.push(`"this year" read as the story's year ${base}, not the page's year ${pubYear}`);
      return {
        start: `${y}-${pad(fromPoint.month)}`,
        end: null,
        precision: "month",
        inferred: true,
        notes,
      };
    }
    case "relative": {
      const pub = publishedMs(published);
      const base = facts.storyYear ?? pubYear;
      switch (mention.relative) {
        case "this-year":
        case "last-year": {
          if (base === null) return null;
          if (pubYear !== null && base !== pubYear)
            notes.push(
              `"${mention.text}" read against the story's year ${base}, not the page's year ${pubYear}`,
            );
          const y = mention.relative === "this-year" ? base : base - 1;
          return { start: String(y), end: null, precision: "year", inferred: true, notes };
        }
        case "last-month":
        case "this-month": {
          if (pub === null) return null;
          const d = new Date(pub);
          const shift = mention.relative === "last-month" ? 1 : 0;
          const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - shift, 1));
          return {
            start: t.toISOString().slice(0, 7),
            end: null,
            precision: "month",
            inferred: true,
            notes,
          };
        }
        case "yesterday":
        case "today": {
          if (pub === null) return null;
          const t = pub - (mention.relative === "yesterday" ? DAY_MS : 0);
          return {
            start: new Date(t).toISOString().slice(0, 10),
            end: null,
            precision: "day",
            inferred: true,
            notes,
          };
        }
        default:
          return null;
      }
    }
  }
}

function checkWeekday(iso: string, weekday: number, notes: string[]): void {
  const actual = new Date(`${iso}T00:00:00Z`).getUTCDay();
  if (actual !== weekday)
    notes.push(
      `weekday conflict: the text says ${WEEKDAYS[weekday]} but ${iso} is a ${WEEKDAYS[actual]}`,
    );
}
