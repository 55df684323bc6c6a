import { describe, expect, it } from "vitest";
import { event, place, source, TEXT } from "./fixtures.test-helpers";
import { validateDataset } from "./validate-dataset";

const labels = { events: "e.json", places: "p.json", sources: "s.json" };
const texts = new Map([["s1", TEXT]]);
const check = (events = [event()], places = [place("baku")], sources = [source()]) =>
  validateDataset({ events, places, sources }, { labels, sourceTexts: texts });

describe("validateDataset", () => {
  it("accepts a consistent dataset", () => {
    expect(check()).toEqual([]);
  });
  it("names unknown place and origin ids", () => {
    const problems = check([event({ places: ["baku", "nowhere"], origin: "atlantis" })]);
    expect(problems).toEqual([
      {
        file: "e.json",
        record: "events[0] (alpha-meets-beta)",
        field: "places[1]",
        message: 'unknown place id "nowhere"',
      },
      {
        file: "e.json",
        record: "events[0] (alpha-meets-beta)",
        field: "origin",
        message: 'unknown place id "atlantis"',
      },
    ]);
  });
  it("finds a quote that is not at its offsets, and unknown sources", () => {
    const moved = check([
      event({ sources: [{ sourceId: "s1", quote: "Alpha met Beta", start: 1, end: 15 }] }),
    ]);
    expect(moved[0]?.field).toBe("sources[0].quote");
    expect(moved[0]?.message).toMatch(/not at 1–15.*occurs at 0/);
    const unknown = check([event({ sources: [{ sourceId: "zz", quote: "x", start: 0, end: 1 }] })]);
    expect(unknown[0]).toMatchObject({
      field: "sources[0].sourceId",
      message: 'unknown source id "zz"',
    });
  });
  it("finds end before start, precision mismatch and impossible dates", () => {
    expect(check([event({ start: "2021-11-02", end: "2021-11-01" })])[0]).toMatchObject({
      field: "end",
      message: "end 2021-11-01 is before start 2021-11-02",
    });
    expect(check([event({ start: "2021-11", precision: "day" })])[0]).toMatchObject({
      field: "start",
      message: '"2021-11" does not match precision "day"',
    });
    expect(check([event({ start: "2021-02-30" })])[0]?.message).toMatch(/not a real calendar date/);
  });
  it("finds duplicate ids in every file", () => {
    const problems = check(
      [event(), event()],
      [place("baku"), place("baku")],
      [source(), source()],
    );
    expect(problems.map((p) => `${p.file} ${p.record} ${p.field}`)).toEqual([
      "p.json [1] (baku) id",
      "s.json [1] (s1) id",
      "e.json events[1] (alpha-meets-beta) id",
    ]);
  });
  it("rejects a quote taken from an article flagged unrelated", () => {
    const s = source();
    s.articles = [
      { title: "Other story", start: 0, end: TEXT.length, published: null, unrelated: true },
    ];
    expect(check([event()], [place("baku")], [s])[0]?.message).toMatch(/flagged unrelated/);
  });
  it("stays linear: 100k events validate quickly", () => {
    const many = Array.from({ length: 100_000 }, (_, i) => event({ id: `e-${i}` }));
    const t = performance.now();
    expect(check(many)).toEqual([]);
    expect(performance.now() - t).toBeLessThan(5_000);
  });
});
