import { describe, expect, it } from "vitest";
import { findDateMentions } from "./date-mentions";
import { articleDateFacts, resolveMention, yearForMonthDay, yearForWeekday } from "./resolve-dates";

/** Resolve every mention of `sentence` within an article whose full text is `article`. */
function resolveIn(article: string, sentence: string, published: string | null) {
  const facts = articleDateFacts(findDateMentions(article), published);
  return findDateMentions(sentence).map((m) => resolveMention(m, { published }, facts));
}

describe("resolve dates against the article", () => {
  it("keeps explicit precision: a year stays a year, a month a month", () => {
    expect(resolveIn("", "in 1994", "2020-01-01")[0]).toMatchObject({
      start: "1994",
      precision: "year",
      inferred: false,
    });
    expect(resolveIn("", "in March 1998", "2020-01-01")[0]).toMatchObject({
      start: "1998-03",
      precision: "month",
    });
  });

  it("puts a recent month-day in the page's year, across New Year too", () => {
    expect(yearForMonthDay(3, 1, "2019-03-04", [])?.year).toBe(2019);
    expect(yearForMonthDay(12, 30, "2019-01-06", [])?.year).toBe(2018);
  });

  it("anchors an older month-day to a written-out date of the article", () => {
    const article = "Clashes began on June 3. The truce was signed on August 14, 1999.";
    expect(resolveIn(article, "Clashes began on June 3.", "2004-02-01")[0]?.start).toBe(
      "1999-06-03",
    );
  });

  it("otherwise takes the most recent occurrence before the page date", () => {
    expect(yearForMonthDay(9, 12, "2004-02-01", [])?.year).toBe(2003);
    expect(yearForMonthDay(1, 20, "2004-02-01", [])?.year).toBe(2004);
  });

  it("gives no year without a page date or an anchor", () => {
    expect(yearForMonthDay(9, 12, null, [])).toBeNull();
  });

  it("resolves 'on Friday' to the Friday on or before the page date", () => {
    // 2024-03-15 is a Friday; 2024-03-17 a Sunday.
    expect(resolveIn("", "on Friday", "2024-03-15")[0]?.start).toBe("2024-03-15");
    expect(resolveIn("", "on Friday", "2024-03-17")[0]?.start).toBe("2024-03-15");
  });

  it("takes the year in which a weekday matches, nearest the article's own years", () => {
    // 3 June fell on a Thursday in 2010 and 2021; an article dated 2024 about 2020 events → 2021.
    expect(yearForWeekday(6, 3, 4, "2024-01-10", 2020)).toBe(2021);
    const r = resolveIn(
      "The 2020 floods were remembered.",
      "on Thursday (June 3), the",
      "2024-01-10",
    )[0];
    expect(r).toMatchObject({ start: "2021-06-03", inferred: true });
    expect(r?.notes.join(" ")).toMatch(/differs from the page's year 2024/);
  });

  it("flags a weekday that contradicts a written date", () => {
    // 2021-06-03 was a Thursday.
    const r = resolveIn("", "on Monday, June 3, 2021", "2021-06-10")[0];
    expect(r?.start).toBe("2021-06-03");
    expect(r?.notes.join(" ")).toMatch(/weekday conflict/);
  });

  it("reads 'this year' as the story's year and says so when it differs from the page", () => {
    const article = "On Monday (June 7) the mayor spoke. In May this year, the bridge reopened.";
    // June 7 was a Monday in 2021; the page is from 2023.
    const [r] = resolveIn(article, "In May this year, the bridge reopened.", "2023-02-01");
    expect(r).toMatchObject({ start: "2021-05", precision: "month" });
    expect(r?.notes.join(" ")).toMatch(/story's year 2021/);
    expect(resolveIn("", "In May this year", "2023-08-01")[0]?.start).toBe("2023-05");
  });

  it("resolves 'last month' and 'yesterday' from the page date", () => {
    expect(resolveIn("", "prices rose last month", "2022-01-15")[0]).toMatchObject({
      start: "2021-12",
      precision: "month",
    });
    expect(resolveIn("", "arrived yesterday", "2022-03-01")[0]?.start).toBe("2022-02-28");
  });

  it("resolves ranges, taking the year from context for both ends", () => {
    const [r] = resolveIn("", "the fighting from June 3 to August 14", "1999-10-01");
    expect(r).toMatchObject({ start: "1999-06-03", end: "1999-08-14", precision: "day" });
  });
});
