import { describe, expect, it } from "vitest";
import { event } from "./fixtures.test-helpers";
import { mergeEvents } from "./merge-events";

const gamma = { sourceId: "s1", quote: "Gamma spoke", start: 41, end: 52 };

describe("mergeEvents", () => {
  it("lets a matching extracted event only add its sources to the reviewed one", () => {
    const reviewed = event();
    const extracted = event({
      id: "machine-guess",
      title: "Something else",
      status: "extracted",
      confidence: 0.3,
      sources: [reviewed.sources[0] as (typeof reviewed.sources)[0], gamma],
    });
    const [merged, ...rest] = mergeEvents([reviewed], [extracted]);
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({
      id: reviewed.id,
      title: "Alpha meets Beta",
      status: "reviewed",
      confidence: 0.9,
    });
    expect(merged?.sources).toEqual([reviewed.sources[0], gamma]);
  });

  it("matches by id too, and keeps unmatched extracted events", () => {
    const other = event({
      id: "other",
      start: "2022",
      precision: "year",
      status: "extracted",
      sources: [gamma],
    });
    const same = event({ start: "2020", precision: "year", status: "extracted", sources: [gamma] });
    const out = mergeEvents([event()], [other, same]);
    expect(out.map((e) => e.id)).toEqual(["alpha-meets-beta", "other"]);
    expect(out[0]?.sources).toHaveLength(2);
  });

  it("never merges two reviewed events", () => {
    const out = mergeEvents([event(), event({ id: "second-meeting" })], []);
    expect(out).toHaveLength(2);
  });
});
