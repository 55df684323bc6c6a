// Small statistics for benchmark samples. Pure, so they are unit-tested.

/** Nearest-rank percentile (p in 0–100) of the finite samples; null when there are none. */
export function percentile(samples: readonly number[], p: number): number | null {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)] as number;
}

/** Median of the non-null samples (mean of the middle two for even counts); null when none. */
export function median(samples: readonly (number | null | undefined)[]): number | null {
  const values = samples
    .filter((v): v is number => typeof v === "number" && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (values.length === 0) return null;
  const mid = values.length >> 1;
  return values.length % 2 === 1
    ? (values[mid] as number)
    : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}

/** Successive differences of increasing timestamps (frame durations from rAF times). */
export function deltas(timestamps: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < timestamps.length; i++)
    out.push((timestamps[i] as number) - (timestamps[i - 1] as number));
  return out;
}

/** Round to one decimal for reports (null stays null). */
export function round1(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

/** One 60 Hz frame. */
export const FRAME_MS = 1000 / 60;
/**
 * A frame interval longer than this missed at least one vsync. rAF timestamps in headless
 * Chromium jitter by a few tenths of a millisecond around 16.67 ms, so the line sits between one
 * frame and two.
 */
export const LATE_FRAME_MS = FRAME_MS * 1.5;

/** Share (%) of frame intervals that missed a vsync; null when there are none. */
export function latePercent(frameTimes: readonly number[]): number | null {
  if (frameTimes.length === 0) return null;
  const late = frameTimes.filter((t) => t > LATE_FRAME_MS).length;
  return round1((late / frameTimes.length) * 100);
}

/**
 * Whether a frame-time percentile meets a target given in frames (16.7 ms = one 60 Hz frame,
 * 33 ms = two): intervals come in whole frames plus timestamp jitter, so a value within
 * FRAME_JITTER_MS above the target is that many frames.
 */
export const FRAME_JITTER_MS = 0.5;
export function meetsFrameTarget(value: number, targetMs: number): boolean {
  return value <= targetMs + FRAME_JITTER_MS;
}
