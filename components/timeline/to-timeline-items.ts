// Pure mapping from dashboard state to what the timeline draws: lanes, one item per event (or, when
// a window holds too many, per-lane count bins for the canvas layer), and the diff against what is
// already drawn.
// The React hook turns these plain specs into vis-timeline items with DOM content built from text.
import { formatEventDate } from "@/lib/dates";
import type { Category } from "@/lib/schema";
import type { ClientEvent, HoverTarget, TimeWindow } from "../dashboard/types";

export type LaneId = "conflict" | "military" | "diplomacy" | "memory";

export interface Lane {
  id: LaneId;
  label: string;
  categories: readonly Category[];
}

/** Lanes that read as the story: the war, the drills, the visits, and the rest. */
export const LANES: readonly Lane[] = [
  { id: "conflict", label: "War & ceasefire", categories: ["war", "ceasefire"] },
  { id: "military", label: "Drills & military cooperation", categories: ["drill"] },
  {
    id: "diplomacy",
    label: "Visits & diplomacy",
    categories: ["visit", "meeting", "agreement", "statement"],
  },
  { id: "memory", label: "Commemoration & other", categories: ["commemoration", "other"] },
];

const LANE_BY_CATEGORY = new Map<Category, LaneId>(
  LANES.flatMap((lane) => lane.categories.map((c) => [c, lane.id] as const)),
);

export function laneOf(category: Category): LaneId {
  return LANE_BY_CATEGORY.get(category) ?? "memory";
}

export interface TimelineItemSpec {
  id: string;
  /** "band": the faded whole-period span behind an approximate (month/year) event's label. */
  kind: "event" | "band";
  group: LaneId;
  type: "point" | "range" | "background";
  /** UTC ms. */
  start: number;
  /** UTC ms, exclusive; null for points. */
  end: number | null;
  /** Visible text (set with textContent, never parsed as HTML). */
  label: string;
  /** Tooltip text. */
  tooltip: string;
  className: string;
  eventId: string | null;
}

export interface ItemHighlight {
  /** Selected place: its events are marked, the others faded. */
  place: string | null;
  hover: HoverTarget | null;
}

/** Events shown as items; above this many in the window the timeline switches to bins. */
export const MAX_ITEMS_IN_WINDOW = 250;

function isApproximate(event: ClientEvent): boolean {
  return event.precision !== "day";
}

/**
 * The selectable item of an event. Day-precision single days are points and day ranges are bars.
 * Month- and year-precision events are a "≈" label (no dot: it names no day) drawn over a faded
 * band covering the whole period (approxBand), so the label stays readable however short the
 * period is on screen, and no day is invented.
 */
export function eventToItem(event: ClientEvent, highlight: ItemHighlight): TimelineItemSpec {
  const approx = isApproximate(event);
  const isPoint = approx || event.end === null || event.end === event.start;
  const date = formatEventDate(event);
  const atPlace = highlight.place !== null && event.places.includes(highlight.place);
  const hovered =
    (highlight.hover?.kind === "event" && highlight.hover.id === event.id) ||
    (highlight.hover?.kind === "place" && event.places.includes(highlight.hover.id));
  const classes = ["ev", `cat-${event.category}`];
  if (approx) classes.push("is-approx");
  if (event.status === "extracted") classes.push("is-unreviewed");
  if (highlight.place !== null) classes.push(atPlace ? "is-place" : "is-faded");
  if (hovered) classes.push("is-hover");
  return {
    id: event.id,
    kind: "event",
    group: laneOf(event.category),
    type: isPoint ? "point" : "range",
    start: event.startMs,
    end: isPoint ? null : event.endMs,
    label: approx ? `≈ ${event.title}` : event.title,
    tooltip: `${date} — ${event.title}`,
    className: classes.join(" "),
    eventId: event.id,
  };
}

/** The faded whole-period band behind an approximate event; null for day precision. */
export function approxBand(event: ClientEvent, highlight: ItemHighlight): TimelineItemSpec | null {
  if (!isApproximate(event)) return null;
  const faded = highlight.place !== null && !event.places.includes(highlight.place);
  return {
    id: `band:${event.id}`,
    kind: "band",
    group: laneOf(event.category),
    type: "background",
    start: event.startMs,
    end: event.endMs,
    label: "",
    tooltip: "",
    className: `band cat-${event.category}${faded ? " is-faded" : ""}`,
    eventId: event.id,
  };
}

export function eventsToItems(
  events: readonly ClientEvent[],
  highlight: ItemHighlight,
): TimelineItemSpec[] {
  const items: TimelineItemSpec[] = [];
  for (const event of events) {
    const band = approxBand(event, highlight);
    if (band) items.push(band);
    items.push(eventToItem(event, highlight));
  }
  return items;
}

export type BinUnit = "day" | "week" | "month" | "quarter" | "year" | "decade";

const DAY = 86_400_000;
const UNIT_APPROX_MS: Record<BinUnit, number> = {
  day: DAY,
  week: 7 * DAY,
  month: 30.44 * DAY,
  quarter: 91.3 * DAY,
  year: 365.25 * DAY,
  decade: 3652.5 * DAY,
};

/** The finest calendar unit that keeps the window to at most `maxBins` bins. */
export function binUnitFor(spanMs: number, maxBins = 60): BinUnit {
  const units: BinUnit[] = ["day", "week", "month", "quarter", "year", "decade"];
  return units.find((u) => spanMs / UNIT_APPROX_MS[u] <= maxBins) ?? "decade";
}

/** Start of the UTC calendar bin containing ms (weeks start on Monday). */
export function binFloor(ms: number, unit: BinUnit): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case "day":
      return Date.UTC(y, m, d.getUTCDate());
    case "week": {
      const day = Date.UTC(y, m, d.getUTCDate());
      return day - ((d.getUTCDay() + 6) % 7) * DAY;
    }
    case "month":
      return Date.UTC(y, m, 1);
    case "quarter":
      return Date.UTC(y, m - (m % 3), 1);
    case "year":
      return Date.UTC(y, 0, 1);
    case "decade":
      return Date.UTC(y - (((y % 10) + 10) % 10), 0, 1);
  }
}

/** Start of the bin after the one starting at `binStart`. */
export function binNext(binStart: number, unit: BinUnit): number {
  const d = new Date(binStart);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case "day":
      return binStart + DAY;
    case "week":
      return binStart + 7 * DAY;
    case "month":
      return Date.UTC(y, m + 1, 1);
    case "quarter":
      return Date.UTC(y, m + 3, 1);
    case "year":
      return Date.UTC(y + 1, 0, 1);
    case "decade":
      return Date.UTC(y + 10, 0, 1);
  }
}

/** Bin edges covering [startMs, endMs): edges[i] … edges[i+1] is bin i. */
export function binEdges(startMs: number, endMs: number, unit: BinUnit): number[] {
  const edges = [binFloor(startMs, unit)];
  while ((edges[edges.length - 1] as number) < endMs)
    edges.push(binNext(edges[edges.length - 1] as number, unit));
  return edges;
}

const UNIT_LABEL: Record<BinUnit, string> = {
  day: "day",
  week: "week",
  month: "month",
  quarter: "quarter",
  year: "year",
  decade: "decade",
};

/** Events of one lane whose start falls in one calendar bin (drawn on a canvas, not as items). */
export interface TimelineBin {
  lane: LaneId;
  /** UTC ms, inclusive. */
  start: number;
  /** UTC ms, exclusive: the next bin's start. */
  end: number;
  count: number;
  /** Bar height relative to the fullest bin of the coverage, 0–1. */
  level: number;
  /** Tooltip text. */
  tooltip: string;
}

/**
 * Per-lane count bins over `coverage`. Each event counts once, in the bin holding its start
 * (clamped into the coverage, so a long war that began earlier still shows where the window is).
 * Empty bins are left out; bins come lane by lane, in time order.
 */
export function eventsToBins(
  events: Iterable<ClientEvent>,
  coverage: TimeWindow,
  unit: BinUnit,
): TimelineBin[] {
  const edges = binEdges(coverage.startMs, coverage.endMs, unit);
  const binCount = edges.length - 1;
  const counts = new Map<LaneId, Uint32Array>(
    LANES.map((lane) => [lane.id, new Uint32Array(binCount)]),
  );
  for (const event of events) {
    if (event.endMs <= coverage.startMs || event.startMs >= coverage.endMs) continue;
    const at = Math.max(event.startMs, coverage.startMs);
    let lo = 0;
    let hi = binCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((edges[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    const laneCounts = counts.get(laneOf(event.category)) as Uint32Array;
    laneCounts[lo] = (laneCounts[lo] as number) + 1;
  }
  let max = 0;
  for (const laneCounts of counts.values()) for (const c of laneCounts) if (c > max) max = c;
  const bins: TimelineBin[] = [];
  for (const lane of LANES) {
    const laneCounts = counts.get(lane.id) as Uint32Array;
    for (let i = 0; i < binCount; i++) {
      const count = laneCounts[i] as number;
      if (count === 0) continue;
      const noun = count === 1 ? "event" : "events";
      bins.push({
        lane: lane.id,
        start: edges[i] as number,
        end: edges[i + 1] as number,
        count,
        level: max === 0 ? 0 : count / max,
        tooltip: `${count} ${noun} (${lane.label}) in this ${UNIT_LABEL[unit]} — click to zoom in`,
      });
    }
  }
  return bins;
}

export interface ItemDiff {
  add: TimelineItemSpec[];
  update: TimelineItemSpec[];
  remove: string[];
}

function sameSpec(a: TimelineItemSpec, b: TimelineItemSpec): boolean {
  return (
    a.group === b.group &&
    a.type === b.type &&
    a.start === b.start &&
    a.end === b.end &&
    a.label === b.label &&
    a.tooltip === b.tooltip &&
    a.className === b.className
  );
}

/** What to add, update and remove so that the drawn items become `next`. */
export function diffItems(
  drawn: ReadonlyMap<string, TimelineItemSpec>,
  next: readonly TimelineItemSpec[],
): ItemDiff {
  const add: TimelineItemSpec[] = [];
  const update: TimelineItemSpec[] = [];
  const seen = new Set<string>();
  for (const spec of next) {
    seen.add(spec.id);
    const old = drawn.get(spec.id);
    if (!old) add.push(spec);
    else if (!sameSpec(old, spec)) update.push(spec);
  }
  const remove = [...drawn.keys()].filter((id) => !seen.has(id));
  return { add, update, remove };
}
