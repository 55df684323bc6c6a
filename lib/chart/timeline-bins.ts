// Aggregated timeline for still pictures of many events: per lane, how many events start in each
// time bin, coloured by the bin's most frequent category. Drawing one mark per event would make a
// multi-megabyte SVG (100k events) that takes seconds to lay out and no viewer can read; small
// datasets (at most AGGREGATE_ABOVE events shown) keep their individual marks.
import { LANES, laneOf } from "../../components/timeline/to-timeline-items";
import { eventSpanMs, isoDay } from "../dates";
import { CATEGORIES, type Category, type NewsEvent } from "../schema";
import type { TimeDomain } from "./time-domain";

/** Above this many shown events a timeline picture draws bins instead of events. */
export const AGGREGATE_ABOVE = 1000;
/** Target width of one bin in px. */
const BIN_PX = 6;

export interface TimelineBin {
  lane: number;
  /** Bin index along the axis. */
  index: number;
  startMs: number;
  endMs: number;
  count: number;
  category: Category;
}

export interface TimelineBins {
  binCount: number;
  bins: TimelineBin[];
  /** Largest count of any bin (the bar height scale). */
  maxCount: number;
}

/** Count events per lane and bin by where each starts (clipped to the domain). O(events). */
export function binTimeline(
  events: readonly NewsEvent[],
  domain: TimeDomain,
  plotWidth: number,
): TimelineBins {
  const binCount = Math.max(1, Math.floor(plotWidth / BIN_PX));
  const span = domain.endMs - domain.startMs;
  const cats = CATEGORIES.length;
  const laneIndex = new Map(LANES.map((lane, i) => [lane.id, i]));
  const counts = new Uint32Array(LANES.length * binCount * cats);
  for (const event of events) {
    const { startMs, endMs } = eventSpanMs(event);
    if (endMs < domain.startMs || startMs > domain.endMs) continue;
    const at = Math.max(startMs, domain.startMs);
    const index = Math.min(binCount - 1, Math.floor(((at - domain.startMs) / span) * binCount));
    const lane = laneIndex.get(laneOf(event.category)) ?? LANES.length - 1;
    const cat = CATEGORIES.indexOf(event.category);
    const slot = (lane * binCount + index) * cats + cat;
    counts[slot] = (counts[slot] as number) + 1;
  }
  const bins: TimelineBin[] = [];
  let maxCount = 0;
  for (let lane = 0; lane < LANES.length; lane++)
    for (let index = 0; index < binCount; index++) {
      let count = 0;
      let best = -1;
      let category: Category = "other";
      for (let c = 0; c < cats; c++) {
        const n = counts[(lane * binCount + index) * cats + c] as number;
        count += n;
        if (n > best) {
          best = n;
          category = CATEGORIES[c] as Category;
        }
      }
      if (count === 0) continue;
      maxCount = Math.max(maxCount, count);
      bins.push({
        lane,
        index,
        startMs: domain.startMs + (span * index) / binCount,
        endMs: domain.startMs + (span * (index + 1)) / binCount,
        count,
        category,
      });
    }
  return { binCount, bins, maxCount };
}

/** Tooltip of a bin: `Visits & diplomacy: 42 events starting 2020-01-03 – 2020-02-11`. */
export function binTooltip(bin: TimelineBin): string {
  const lane = LANES[bin.lane]?.label ?? "";
  const noun = bin.count === 1 ? "event" : "events";
  return `${lane}: ${bin.count} ${noun} starting ${isoDay(bin.startMs)} – ${isoDay(bin.endMs - 1)}`;
}
