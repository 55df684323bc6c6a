import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTimeIndex, positionsInWindow, type Span } from "./time-index";

const DAY = 86_400_000;

/** Spans starting on one of days 0..maxStart and lasting 1..maxDays days. */
function spanArbitrary(maxStart: number, maxDays: number): fc.Arbitrary<Span> {
  return fc
    .tuple(fc.integer({ min: 0, max: maxStart }), fc.integer({ min: 1, max: maxDays }))
    .map(([start, days]) => ({ startMs: start * DAY, endMs: (start + days) * DAY }));
}

/** The index answers the window [from, from + length) days as a linear scan does. */
function expectAgreesWithScan(spans: Span[], from: number, length: number): void {
  const startMs = from * DAY;
  const endMs = (from + length) * DAY;
  expect(positionsInWindow(createTimeIndex(spans), startMs, endMs)).toEqual(
    bruteForce(spans, startMs, endMs),
  );
}

function bruteForce(spans: Span[], startMs: number, endMs: number): number[] {
  return spans
    .map((span, i) => ({ span, i }))
    .filter(({ span }) => span.startMs < endMs && span.endMs > startMs)
    .sort((a, b) => a.span.startMs - b.span.startMs || a.span.endMs - b.span.endMs || a.i - b.i)
    .map(({ i }) => i);
}

describe("time index", () => {
  it("finds day, year and multi-year spans overlapping a window, in date order", () => {
    const spans: Span[] = [
      { startMs: Date.UTC(2020, 8, 27), endMs: Date.UTC(2020, 10, 11) }, // 0: the 44-day war
      { startMs: Date.UTC(1991, 0, 1), endMs: Date.UTC(2024, 0, 1) }, // 1: long range
      { startMs: Date.UTC(2021, 0, 1), endMs: Date.UTC(2022, 0, 1) }, // 2: year precision
      { startMs: Date.UTC(2021, 6, 27), endMs: Date.UTC(2021, 6, 28) }, // 3: a day
      { startMs: Date.UTC(2023, 4, 1), endMs: Date.UTC(2023, 5, 1) }, // 4: a month
    ];
    const index = createTimeIndex(spans);
    expect(index.longRanks.length).toBe(1);
    expect(positionsInWindow(index, Date.UTC(2021, 6, 1), Date.UTC(2021, 7, 1))).toEqual([1, 2, 3]);
    expect(positionsInWindow(index, Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1))).toEqual([1, 0]);
    // Half-open: a window starting exactly when an event ends does not contain it.
    expect(positionsInWindow(index, Date.UTC(2021, 6, 28), Date.UTC(2021, 6, 29))).toEqual([1, 2]);
    expect(positionsInWindow(index, Date.UTC(1980, 0, 1), Date.UTC(1985, 0, 1))).toEqual([]);
  });

  it("handles the empty dataset", () => {
    expect(positionsInWindow(createTimeIndex([]), 0, Date.UTC(2030, 0, 1))).toEqual([]);
  });

  it("agrees with a linear scan on random data", () => {
    fc.assert(
      fc.property(
        fc.array(spanArbitrary(20_000, 3_000), { maxLength: 120 }),
        fc.integer({ min: -100, max: 21_000 }),
        fc.integer({ min: 1, max: 8_000 }),
        expectAgreesWithScan,
      ),
      { numRuns: 300 },
    );
  });

  it("agrees with a linear scan on input already in date order (no sort), ties included", () => {
    fc.assert(
      fc.property(
        fc.array(spanArbitrary(300, 600), { maxLength: 120 }),
        fc.integer({ min: -50, max: 1_000 }),
        fc.integer({ min: 1, max: 400 }),
        (unsorted, from, length) => {
          const spans = [...unsorted].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
          expect([...createTimeIndex(spans).order]).toEqual(spans.map((_, i) => i));
          expectAgreesWithScan(spans, from, length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers a narrow window over 100,000 events exactly", () => {
    const spans: Span[] = Array.from({ length: 100_000 }, (_, i) => ({
      startMs: Date.UTC(1990, 0, 1) + ((i * 7919) % 13_000) * DAY,
      endMs: Date.UTC(1990, 0, 1) + (((i * 7919) % 13_000) + 1 + (i % 40)) * DAY,
    }));
    const index = createTimeIndex(spans);
    const startMs = Date.UTC(2020, 0, 1);
    const found = positionsInWindow(index, startMs, startMs + 30 * DAY);
    expect(found).toEqual(bruteForce(spans, startMs, startMs + 30 * DAY));
    expect(found.length).toBeGreaterThan(0);
  });
});
