import { describe, expect, it } from "vitest";
import { BIN_STYLE, binAt, layoutBins } from "./bin-layout";
import type { TimelineBin } from "./to-timeline-items";

const DAY = 86_400_000;
const bin = (
  lane: TimelineBin["lane"],
  startDay: number,
  days: number,
  count: number,
  level: number,
): TimelineBin => ({
  lane,
  start: startDay * DAY,
  end: (startDay + days) * DAY,
  count,
  level,
  tooltip: `${count}`,
});
const rows = [
  { lane: "conflict" as const, top: 0, height: 60 },
  { lane: "diplomacy" as const, top: 60, height: 60 },
];
// 10 px per character: "7" is 10 px wide, "123" is 30 px.
const width = (text: string) => text.length * 10;

describe("bin layout", () => {
  it("maps time to x across the panel and bottom-aligns bars in their lane", () => {
    const rects = layoutBins(
      [bin("diplomacy", 10, 10, 7, 1)],
      { startMs: 0, endMs: 100 * DAY },
      1000,
      rows,
      width,
    );
    expect(rects).toHaveLength(1);
    const [rect] = rects;
    expect(rect?.x).toBeCloseTo(100 + BIN_STYLE.gapPx);
    expect(rect?.width).toBeCloseTo(100 - 2 * BIN_STYLE.gapPx);
    const baseline = 60 + 60 - BIN_STYLE.labelPx - BIN_STYLE.bottomPx;
    expect((rect?.y ?? 0) + (rect?.height ?? 0)).toBeCloseTo(baseline);
    expect(rect?.height).toBeCloseTo(BIN_STYLE.minBarPx + BIN_STYLE.spanBarPx);
    expect(rect).toMatchObject({ label: "7", labelX: 150, labelY: baseline + 1 });
  });

  it("scales bar height with the level and keeps the emptiest bin visible", () => {
    const rects = layoutBins(
      [bin("conflict", 0, 10, 1, 0.01), bin("conflict", 10, 10, 50, 0.5)],
      { startMs: 0, endMs: 100 * DAY },
      1000,
      rows,
      width,
    );
    expect(rects.map((r) => Math.round(r.height))).toEqual([
      Math.round(BIN_STYLE.minBarPx + 0.01 * BIN_STYLE.spanBarPx),
      Math.round(BIN_STYLE.minBarPx + 0.5 * BIN_STYLE.spanBarPx),
    ]);
  });

  it("draws only bins overlapping the window, and drops counts wider than their bar", () => {
    const rects = layoutBins(
      [
        bin("conflict", -20, 10, 5, 1),
        bin("conflict", 95, 10, 123, 1),
        bin("diplomacy", 50, 1, 123, 1),
      ],
      { startMs: 0, endMs: 100 * DAY },
      1000,
      rows,
      width,
    );
    expect(rects.map((r) => r.bin.start / DAY)).toEqual([95, 50]);
    // The 1-day bin is ~8 px wide: no room for "123".
    expect(rects[1]?.label).toBeNull();
    // A bin running past the right edge still starts where its period starts.
    expect(rects[0]?.x).toBeCloseTo(950 + BIN_STYLE.gapPx);
  });

  it("skips lanes without a row and degenerate windows", () => {
    const bins = [bin("military", 0, 10, 3, 1)];
    expect(layoutBins(bins, { startMs: 0, endMs: 100 * DAY }, 1000, rows, width)).toEqual([]);
    expect(
      layoutBins([bin("conflict", 0, 10, 3, 1)], { startMs: 5, endMs: 5 }, 1000, rows, width),
    ).toEqual([]);
    expect(
      layoutBins([bin("conflict", 0, 10, 3, 1)], { startMs: 0, endMs: 100 * DAY }, 0, rows, width),
    ).toEqual([]);
  });

  it("finds the bin of a lane under an instant (start inclusive, end exclusive)", () => {
    const bins = [
      bin("conflict", 0, 10, 3, 1),
      bin("diplomacy", 0, 10, 4, 1),
      bin("diplomacy", 10, 10, 5, 1),
    ];
    expect(binAt(bins, "diplomacy", 10 * DAY)?.count).toBe(5);
    expect(binAt(bins, "diplomacy", 10 * DAY - 1)?.count).toBe(4);
    expect(binAt(bins, "conflict", 10 * DAY)).toBeNull();
    expect(binAt(bins, "military", 0)).toBeNull();
  });
});
