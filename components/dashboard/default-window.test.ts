import { describe, expect, it } from "vitest";
import { eventSpanMs } from "@/lib/dates";
import { defaultWindow, extentOf } from "./default-window";

const seedDates: [string, string | null][] = [
  ["1991", null],
  ["1991", null],
  ["1992-02", null],
  ["2020-09-27", "2020-11-10"],
  ["2020-11-10", null],
  ["2021", null],
  ["2021-03-03", null],
  ["2021-07-27", null],
  ["2021-10", null],
  ["2021-11-01", null],
  ["2022-05", null],
  ["2022-05-31", null],
  ["2023-04-13", null],
  ["2023-11-01", null],
];
const spans = seedDates.map(([start, end]) => eventSpanMs({ start, end }));

describe("default window", () => {
  it("opens on the densest years of the seeds, not 1991–2023 squeezed flat", () => {
    const w = defaultWindow(spans);
    expect(w.startMs).toBeGreaterThanOrEqual(Date.UTC(2020, 0, 1));
    expect(w.startMs).toBeLessThanOrEqual(Date.UTC(2020, 8, 1));
    expect(w.endMs).toBeGreaterThanOrEqual(Date.UTC(2023, 10, 2));
    expect(w.endMs).toBeLessThanOrEqual(Date.UTC(2024, 6, 1));
    // Whole UTC months.
    expect(new Date(w.startMs).getUTCDate()).toBe(1);
    expect(new Date(w.endMs).getUTCDate()).toBe(1);
  });

  it("covers a tight cluster with at least a few months", () => {
    const one = eventSpanMs({ start: "2021-07-27", end: null });
    const w = defaultWindow([one]);
    expect(w.endMs - w.startMs).toBeGreaterThanOrEqual(90 * 86_400_000);
    expect(w.startMs).toBeLessThan(one.startMs);
    expect(w.endMs).toBeGreaterThan(one.endMs);
  });

  it("has a default for an empty dataset and an extent for the rest", () => {
    expect(defaultWindow([]).endMs).toBeGreaterThan(defaultWindow([]).startMs);
    expect(extentOf(spans)).toEqual({
      startMs: Date.UTC(1991, 0, 1),
      endMs: Date.UTC(2023, 10, 2),
    });
  });
});
