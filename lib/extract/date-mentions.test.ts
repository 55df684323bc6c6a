import { describe, expect, it } from "vitest";
import { type DateMention, findDateMentions } from "./date-mentions";

const one = (t: string): DateMention => {
  const m = findDateMentions(t);
  expect(m).toHaveLength(1);
  return m[0] as DateMention;
};

describe("findDateMentions", () => {
  it("reads full dates in the common orders and ISO", () => {
    expect(one("signed on August 5, 2019 in Rome").from).toEqual({ year: 2019, month: 8, day: 5 });
    expect(one("Rome, 5 August 2019 (AP): talks").from).toEqual({ year: 2019, month: 8, day: 5 });
    expect(one("date 2019-08-05 by staff").from).toEqual({ year: 2019, month: 8, day: 5 });
    expect(one("on Aug. 5, 2019").from).toEqual({ year: 2019, month: 8, day: 5 });
  });

  it("keeps the precision the text gives: month-year, bare year, a year inside a name", () => {
    expect(one("the floods of March 1998 were").kind).toBe("month-year");
    expect(one("founded in 1994, the group").kind).toBe("year");
    const y = one("the Steppe Eagle - 2019 exercise");
    expect(y.kind).toBe("year");
    expect(y.from).toEqual({ year: 2019, month: null, day: null });
  });

  it("does not take counts for years", () => {
    expect(findDateMentions("1250 prisoners and 2000 troops and 1,995 homes")).toEqual([]);
    expect(findDateMentions("a 2000-day siege")).toEqual([]);
  });

  it("reads month-days without a year, abbreviated months, and 'May' only with a number", () => {
    expect(one("raids on Feb. 9 near").kind).toBe("month-day");
    expect(one("on 9 February the").from).toEqual({ year: null, month: 2, day: 9 });
    expect(findDateMentions("officials may meet soon")).toEqual([]);
  });

  it("reads ranges with 'to', 'and', 'until' and a shared year", () => {
    const r = one("fighting lasted from June 3 to August 14, 1999.");
    expect(r.kind).toBe("range");
    expect(r.from).toEqual({ year: 1999, month: 6, day: 3 });
    expect(r.to).toEqual({ year: 1999, month: 8, day: 14 });
    expect(one("the siege from 2 March and 9 April").to).toEqual({ year: null, month: 4, day: 9 });
    // A range over New Year takes the earlier year for its start.
    expect(one("from December 28 until January 3, 2005").from.year).toBe(2004);
  });

  it("reads weekdays, weekday with a month-day, and relative phrases", () => {
    const w = one("Speaking on Tuesday (March 7), she");
    expect(w).toMatchObject({
      kind: "weekday-month-day",
      weekday: 2,
      from: { month: 3, day: 7, year: null },
    });
    expect(one("the envoy arrived on Friday").weekday).toBe(5);
    expect(one("In June this year, the port").relative).toBe("this-year");
    expect(one("prices rose last month").relative).toBe("last-month");
  });

  it("returns offsets into the searched text", () => {
    const t = "Met on 4 May 2020.";
    const m = one(t);
    expect(t.slice(m.start, m.end)).toBe("4 May 2020");
  });
});
