// Places each event of a timeline picture: which lane, which row inside the lane (greedy interval
// packing so labels do not overlap), where its mark and label go. Pure; the SVG writer only draws.

import { LANES, laneOf } from "../../components/timeline/to-timeline-items";
import { eventSpanMs, formatEventDate } from "../dates";
import type { NewsEvent } from "../schema";
import { textWidth } from "./svg-text";
import type { TimeDomain } from "./time-domain";

export const LABEL_SIZE = 11;
/** Below this width a span is drawn as a point. */
const MIN_BAR_PX = 4;
const GAP = 8;

export interface PlacedEvent {
  event: NewsEvent;
  lane: number;
  row: number;
  /** Bar (or point) extent in px, clipped to the plot. */
  x0: number;
  x1: number;
  point: boolean;
  /** Coarser than a day: drawn faded, labelled with ≈. */
  approximate: boolean;
  label: string;
  /** Label inside the bar, right of the mark, or left of it (near the right edge). */
  labelSide: "inside" | "right" | "left";
  tooltip: string;
}

export interface TimelineLayout {
  items: PlacedEvent[];
  rowsPerLane: number[];
}

export function xScale(domain: TimeDomain, x: number, width: number): (ms: number) => number {
  const span = domain.endMs - domain.startMs;
  return (ms) => x + ((ms - domain.startMs) / span) * width;
}

export function layoutTimeline(
  events: readonly NewsEvent[],
  domain: TimeDomain,
  plotX: number,
  plotWidth: number,
): TimelineLayout {
  const toX = xScale(domain, plotX, plotWidth);
  const right = plotX + plotWidth;
  const rowEnds: number[][] = LANES.map(() => []);
  const items: PlacedEvent[] = [];
  for (const event of events) {
    const laneId = laneOf(event.category);
    const lane = LANES.findIndex((l) => l.id === laneId);
    const span = eventSpanMs(event);
    const x0 = Math.max(plotX, toX(span.startMs));
    const x1 = Math.min(right, toX(span.endMs));
    if (x1 < plotX || x0 > right) continue;
    const point = event.precision === "day" && x1 - x0 < MIN_BAR_PX;
    const approximate = event.precision !== "day";
    const label = `${approximate ? "≈ " : ""}${event.title}`;
    const labelW = textWidth(label, LABEL_SIZE);
    const markStart = point ? (x0 + x1) / 2 - 5 : x0;
    const markEnd = point ? (x0 + x1) / 2 + 5 : Math.max(x1, x0 + MIN_BAR_PX);
    let labelSide: PlacedEvent["labelSide"] = "right";
    let extentStart = markStart;
    let extentEnd = markEnd + 4 + labelW;
    if (!point && markEnd - markStart >= labelW + 10) {
      labelSide = "inside";
      extentEnd = markEnd;
    } else if (extentEnd > right && markStart - 4 - labelW >= plotX) {
      labelSide = "left";
      extentStart = markStart - 4 - labelW;
      extentEnd = markEnd;
    }
    const ends = rowEnds[lane] as number[];
    let row = ends.findIndex((end) => end + GAP <= extentStart);
    if (row === -1) {
      row = ends.length;
      ends.push(extentEnd);
    } else ends[row] = extentEnd;
    items.push({
      event,
      lane,
      row,
      x0: markStart,
      x1: markEnd,
      point,
      approximate,
      label,
      labelSide,
      tooltip: `${event.title} — ${formatEventDate(event)}`,
    });
  }
  return { items, rowsPerLane: rowEnds.map((ends) => Math.max(1, ends.length)) };
}
