// Where the count bins go on the timeline's canvas: pure geometry from the bins, the visible window,
// the panel width and each lane's row. The canvas layer (bin-canvas.ts) only draws these rectangles.
import type { TimeWindow } from "../dashboard/types";
import type { LaneId, TimelineBin } from "./to-timeline-items";

/** A lane's row inside the timeline's centre panel, in CSS pixels from the panel's top. */
export interface LaneRow {
  lane: LaneId;
  top: number;
  height: number;
}

export interface BinRect {
  bin: TimelineBin;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The count written under the bar, or null when it does not fit the bar's width. */
  label: string | null;
  /** Centre of the label, and the top of its line. */
  labelX: number;
  labelY: number;
}

/** Bar sizes: a bin with one event still shows; the fullest bin of the coverage is MIN + SPAN. */
export const BIN_STYLE = {
  minBarPx: 6,
  spanBarPx: 30,
  /** Room under the bar for the count (10 px text). */
  labelPx: 13,
  /** Gap between neighbouring bars, and above the lane's bottom edge. */
  gapPx: 1,
  bottomPx: 3,
} as const;

/**
 * Rectangles of the bins that overlap the window, left to right per lane. `labelWidth` measures a
 * count in the canvas font; a count wider than its bar is left out rather than overlapping.
 */
export function layoutBins(
  bins: readonly TimelineBin[],
  window: TimeWindow,
  widthPx: number,
  rows: readonly LaneRow[],
  labelWidth: (text: string) => number,
): BinRect[] {
  const span = window.endMs - window.startMs;
  if (!(span > 0) || !(widthPx > 0)) return [];
  const scale = widthPx / span;
  const rowOf = new Map(rows.map((row) => [row.lane, row]));
  const rects: BinRect[] = [];
  for (const bin of bins) {
    if (bin.end <= window.startMs || bin.start >= window.endMs) continue;
    const row = rowOf.get(bin.lane);
    if (!row) continue;
    const x0 = (bin.start - window.startMs) * scale + BIN_STYLE.gapPx;
    const x1 = (bin.end - window.startMs) * scale - BIN_STYLE.gapPx;
    const width = Math.max(1, x1 - x0);
    const room = row.height - BIN_STYLE.labelPx - BIN_STYLE.bottomPx - 2;
    const height = Math.max(
      1,
      Math.min(room, BIN_STYLE.minBarPx + bin.level * BIN_STYLE.spanBarPx),
    );
    const baseline = row.top + row.height - BIN_STYLE.labelPx - BIN_STYLE.bottomPx;
    const text = String(bin.count);
    rects.push({
      bin,
      x: x0,
      y: baseline - height,
      width,
      height,
      label: labelWidth(text) <= width ? text : null,
      labelX: x0 + width / 2,
      labelY: baseline + 1,
    });
  }
  return rects;
}

/** The bin of `lane` that holds the instant `timeMs`, if any. */
export function binAt(
  bins: readonly TimelineBin[],
  lane: LaneId,
  timeMs: number,
): TimelineBin | null {
  for (const bin of bins)
    if (bin.lane === lane && bin.start <= timeMs && timeMs < bin.end) return bin;
  return null;
}
