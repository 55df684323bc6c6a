import { describe, expect, it } from "vitest";
import { deltas, latePercent, median, meetsFrameTarget, percentile, round1 } from "./stats";

describe("bench stats", () => {
  it("takes nearest-rank percentiles and ignores non-finite samples", () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([16.7, 16.6, 50, Number.NaN], 50)).toBe(16.7);
    expect(percentile([], 95)).toBeNull();
  });

  it("takes medians of odd and even counts, skipping nulls", () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, undefined])).toBeNull();
  });

  it("turns frame timestamps into frame durations", () => {
    expect(deltas([0, 16.7, 33.4, 100])).toEqual([16.7, 16.7, expect.closeTo(66.6, 5)]);
    expect(deltas([5])).toEqual([]);
    expect(round1(12.345)).toBe(12.3);
    expect(round1(null)).toBeNull();
  });
});

describe("frame lateness", () => {
  it("counts intervals that missed a vsync, not jitter", () => {
    expect(latePercent([16.6, 16.8, 16.7, 33.4])).toBe(25);
    expect(latePercent([16.9, 17.2, 16.5])).toBe(0);
    expect(latePercent([])).toBeNull();
  });
  it("meets a frame target within the jitter allowance only", () => {
    expect(meetsFrameTarget(16.8, 16.7)).toBe(true);
    expect(meetsFrameTarget(17.3, 16.7)).toBe(false);
    expect(meetsFrameTarget(33.4, 33)).toBe(true);
    expect(meetsFrameTarget(33.6, 33)).toBe(false);
  });
});
