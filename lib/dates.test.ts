import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventSpanMs, parsePartialDate, periodEndMs, periodStartMs } from "./dates";

/** The plain reading the fast path must agree with. */
function splitParse(iso: string) {
  const [y, m, d] = iso.split("-");
  return {
    year: Number(y),
    month: m === undefined ? null : Number(m),
    day: d === undefined ? null : Number(d),
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("parsePartialDate", () => {
  it("reads years, months and days", () => {
    expect(parsePartialDate("2020")).toEqual({ year: 2020, month: null, day: null });
    expect(parsePartialDate("2021-10")).toEqual({ year: 2021, month: 10, day: null });
    expect(parsePartialDate("2021-07-27")).toEqual({ year: 2021, month: 7, day: 27 });
  });

  it("agrees with a split() reading on every well-formed date", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 3 }),
        (year, month, day, parts) => {
          const iso = [pad(year, 4), pad(month, 2), pad(day, 2)].slice(0, parts).join("-");
          expect(parsePartialDate(iso)).toEqual(splitParse(iso));
        },
      ),
    );
  });

  it("falls back to the split() reading for other shapes", () => {
    for (const iso of ["2021-7", "21-07-27", "2021/07/27", "20x1", "2021-07-2x", "", "-2021"])
      expect(parsePartialDate(iso)).toEqual(splitParse(iso));
  });
});

describe("periods", () => {
  it("span whole UTC years, months and days", () => {
    expect(new Date(periodStartMs("2020")).toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(new Date(periodEndMs("2020")).toISOString()).toBe("2021-01-01T00:00:00.000Z");
    expect(new Date(periodEndMs("2020-02")).toISOString()).toBe("2020-03-01T00:00:00.000Z");
    expect(new Date(periodEndMs("2020-12-31")).toISOString()).toBe("2021-01-01T00:00:00.000Z");
    expect(eventSpanMs({ start: "2020-09-27", end: "2020-11-10" })).toEqual({
      startMs: Date.UTC(2020, 8, 27),
      endMs: Date.UTC(2020, 10, 11),
    });
  });
});
