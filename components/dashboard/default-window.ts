// Where the timeline opens when the URL names no window: the densest stretch of the story, not the
// whole extent squeezed flat (one 1991 event would otherwise crush 2020–2023 into a few pixels).
// Pure, so the server computes it once and the client starts from the same window.
import type { TimeWindow } from "./types";

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** Extent of all spans, or a default decade when there are none. */
export function extentOf(spans: readonly { startMs: number; endMs: number }[]): TimeWindow {
  if (spans.length === 0) return { startMs: Date.UTC(2015, 0, 1), endMs: Date.UTC(2026, 0, 1) };
  let startMs = Number.POSITIVE_INFINITY;
  let endMs = Number.NEGATIVE_INFINITY;
  for (const s of spans) {
    if (s.startMs < startMs) startMs = s.startMs;
    if (s.endMs > endMs) endMs = s.endMs;
  }
  return { startMs, endMs };
}

/** First instant of the UTC month containing ms. */
function monthFloor(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** First instant of the UTC month after the one containing ms (unless ms starts a month). */
function monthCeil(ms: number): number {
  const floor = monthFloor(ms);
  if (floor === ms) return ms;
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * The shortest window holding most (`share`) of the events' midpoints, capped at `maxYears` (then the
 * `maxYears` window holding most), padded and snapped to whole UTC months.
 */
export function defaultWindow(
  spans: readonly { startMs: number; endMs: number }[],
  { share = 0.8, maxYears = 6, pad = 0.08 } = {},
): TimeWindow {
  if (spans.length === 0) return extentOf(spans);
  const mids = spans.map((s) => s.startMs + Math.min(s.endMs - s.startMs, DAY) / 2);
  mids.sort((a, b) => a - b);
  const n = mids.length;
  const k = Math.max(1, Math.ceil(n * share));
  let best = { startMs: mids[0] as number, endMs: mids[k - 1] as number };
  for (let i = 0; i + k - 1 < n; i++) {
    const width = (mids[i + k - 1] as number) - (mids[i] as number);
    if (width < best.endMs - best.startMs)
      best = { startMs: mids[i] as number, endMs: mids[i + k - 1] as number };
  }
  if (best.endMs - best.startMs > maxYears * YEAR) {
    // Too spread out: take the fixed-width window that holds the most events (two pointers).
    const width = maxYears * YEAR;
    let j = 0;
    let bestCount = 0;
    for (let i = 0; i < n; i++) {
      while (j < n && (mids[j] as number) < (mids[i] as number) + width) j++;
      if (j - i > bestCount) {
        bestCount = j - i;
        // Only as wide as the events it holds, not the whole fixed width.
        best = { startMs: mids[i] as number, endMs: mids[j - 1] as number };
      }
    }
  }
  // At least a quarter, centred on the cluster, plus a margin so the edge events are not cut.
  const centre = (best.startMs + best.endMs) / 2;
  const half = (Math.max(best.endMs - best.startMs, 90 * DAY) / 2) * (1 + 2 * pad);
  return { startMs: monthFloor(centre - half), endMs: monthCeil(centre + half) };
}
