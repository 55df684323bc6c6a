import { describe, expect, it } from "vitest";
import { timeTicks } from "./time-ticks";

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("timeTicks", () => {
  it("labels months, with the year on January", () => {
    const ticks = timeTicks(d("2020-11-15"), d("2021-03-20"), 10);
    expect(ticks.map((t) => t.label)).toEqual(["Dec", "2021", "Feb", "Mar"]);
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(["2021"]);
  });
  it("puts the year on the first label when no January is in view", () => {
    expect(timeTicks(d("2021-03-02"), d("2021-06-10"), 10).map((t) => t.label)).toEqual([
      "Apr 2021",
      "May",
      "Jun",
    ]);
  });
  it("uses years (and coarser steps) for long spans", () => {
    const ticks = timeTicks(d("1990-06-01"), d("2024-01-01"), 8);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.map((t) => t.label)).toEqual(["1995", "2000", "2005", "2010", "2015", "2020"]);
  });
  it("uses days for short spans", () => {
    expect(timeTicks(d("2021-07-25"), d("2021-07-29"), 10).map((t) => t.label)).toEqual([
      "25 Jul",
      "26 Jul",
      "27 Jul",
      "28 Jul",
      "29 Jul",
    ]);
  });
  it("never returns more than the limit", () => {
    for (const max of [2, 5, 13, 40])
      expect(timeTicks(d("1000-01-01"), d("2999-01-01"), max).length).toBeLessThanOrEqual(max);
  });
});
