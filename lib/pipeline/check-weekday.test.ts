import { describe, expect, it } from "vitest";
import { checkWeekday, weekdayOf } from "./check-weekday";

describe("weekday checks", () => {
  it("computes weekdays in UTC", () => {
    expect(weekdayOf("2021-11-01")).toBe("Monday");
    expect(weekdayOf("2023-11-01")).toBe("Wednesday");
    expect(weekdayOf("2023-01-27")).toBe("Friday");
  });
  it("says whether the stated weekday agrees", () => {
    expect(checkWeekday("2021-11-01", "Monday")).toMatchObject({ ok: true, actual: "Monday" });
    // 1 November 2023 was a Wednesday: the page year would contradict "Monday (November 1)".
    const wrong = checkWeekday("2023-11-01", "Monday");
    expect(wrong.ok).toBe(false);
    expect(wrong.note).toMatch(/FAILED.*Wednesday/);
  });
});
