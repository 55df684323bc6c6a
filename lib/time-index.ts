// A time index over event spans, so that "which events overlap this window" costs a binary search
// plus the events actually returned, not a scan of the whole dataset (100k events, every frame of a
// drag). Short events sit in one array sorted by start: an event ending after the window's start
// must start after `window.start - maxShortDuration`. The few long events (multi-year ranges) are
// kept apart and scanned linearly, so one long war never widens the search for everything else.
// Results come back in index order (by start, then end, then input position).

export interface Span {
  startMs: number;
  endMs: number;
}

export interface TimeIndex {
  readonly size: number;
  /** Input positions in index order. */
  readonly order: Int32Array;
  /** For each rank, the start and end of order[rank]. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Ranks of short events (ascending) and their starts. */
  readonly shortRanks: Int32Array;
  readonly shortStarts: Float64Array;
  readonly maxShortMs: number;
  /** Ranks of long events (ascending). */
  readonly longRanks: Int32Array;
}

/** Events longer than this are "long" (a year-precision event, 366 days, still counts as short). */
export const DEFAULT_LONG_MS = 400 * 86_400_000;

/** True when spans already run by start, then end (the client dataset arrives in date order). */
function inIndexOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1] as Span;
    const b = spans[i] as Span;
    if (a.startMs > b.startMs || (a.startMs === b.startMs && a.endMs > b.endMs)) return false;
  }
  return true;
}

/** Input positions by start, then end, then position: a sort only when the input is not so already. */
function indexOrder(spans: readonly Span[]): Int32Array {
  const n = spans.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (inIndexOrder(spans)) return order;
  return order.sort((a, b) => {
    const sa = spans[a] as Span;
    const sb = spans[b] as Span;
    return sa.startMs - sb.startMs || sa.endMs - sb.endMs || a - b;
  });
}

export function createTimeIndex(spans: readonly Span[], longMs = DEFAULT_LONG_MS): TimeIndex {
  const n = spans.length;
  const order = indexOrder(spans);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const shortRanks: number[] = [];
  const longRanks: number[] = [];
  let maxShortMs = 0;
  for (let rank = 0; rank < n; rank++) {
    const span = spans[order[rank] as number] as Span;
    starts[rank] = span.startMs;
    ends[rank] = span.endMs;
    const duration = span.endMs - span.startMs;
    if (duration > longMs) longRanks.push(rank);
    else {
      shortRanks.push(rank);
      if (duration > maxShortMs) maxShortMs = duration;
    }
  }
  const shortRanksArray = Int32Array.from(shortRanks);
  const shortStarts = new Float64Array(shortRanksArray.length);
  shortRanksArray.forEach((rank, i) => {
    shortStarts[i] = starts[rank] as number;
  });
  return {
    size: n,
    order,
    starts,
    ends,
    shortRanks: shortRanksArray,
    shortStarts,
    maxShortMs,
    longRanks: Int32Array.from(longRanks),
  };
}

/** First index i with values[i] >= target (values ascending). */
export function lowerBound(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Call `visit(position, rank)` for every span overlapping [startMs, endMs), in index order.
 * Overlap means start < window end and end > window start (both periods half-open).
 */
export function forEachInWindow(
  index: TimeIndex,
  startMs: number,
  endMs: number,
  visit: (position: number, rank: number) => void,
): void {
  const { shortRanks, shortStarts, longRanks, starts, ends, order } = index;
  let s = lowerBound(shortStarts, startMs - index.maxShortMs);
  const sEnd = lowerBound(shortStarts, endMs);
  let l = 0;
  // Long events are few: skip those that end before the window, merge the rest by rank.
  const nextLong = (): number => {
    while (l < longRanks.length) {
      const rank = longRanks[l] as number;
      if ((starts[rank] as number) >= endMs) return -1;
      if ((ends[rank] as number) > startMs) return rank;
      l++;
    }
    return -1;
  };
  let longRank = nextLong();
  while (s < sEnd || longRank !== -1) {
    const shortRank = s < sEnd ? (shortRanks[s] as number) : -1;
    if (shortRank !== -1 && (longRank === -1 || shortRank < longRank)) {
      s++;
      if ((ends[shortRank] as number) > startMs) visit(order[shortRank] as number, shortRank);
    } else {
      l++;
      visit(order[longRank] as number, longRank);
      longRank = nextLong();
    }
  }
}

/** Input positions of spans overlapping [startMs, endMs), in index order. */
export function positionsInWindow(index: TimeIndex, startMs: number, endMs: number): number[] {
  const out: number[] = [];
  forEachInWindow(index, startMs, endMs, (position) => {
    out.push(position);
  });
  return out;
}
