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
