import { describe, expect, it } from "vitest";
import type { NewsEvent } from "../schema";
import { evaluate } from "./evaluate";
import type { SourcedCandidate } from "./merge-candidates";

const ev = (id: string, start: string, places: string[], quoteAt = 0): NewsEvent => ({
  id,
  title: id,
  summary: "",
  category: "meeting",
  start,
  end: null,
  precision: start.length === 4 ? "year" : start.length === 7 ? "month" : "day",
  places,
  actors: [],
  sources: [{ sourceId: "s1", quote: "x", start: quoteAt, end: quoteAt + 10 }],
  status: "reviewed",
  confidence: 1,
});
const cand = (start: string, places: string[], at: number): SourcedCandidate =>
  ({
    ...ev("c", start, places),
    file: "seeds/s1.txt",
    places: places.map((id) => ({ id, name: id, lat: 0, lon: 0 })),
    sources: [{ file: "seeds/s1.txt", start: at, end: at + 10, quote: "x" }],
  }) as unknown as SourcedCandidate;

describe("evaluate", () => {
  it("matches on start at the stated precision plus a shared place, one to one", () => {
    const r = evaluate(
      [
        ev("a", "2020-01-02", ["rome"], 0),
        ev("b", "2020", ["oslo"], 100),
        ev("c", "2019-05", [], 200),
      ],
      [
        cand("2020-01-02", ["rome", "milan"], 0),
        cand("2020-01", ["oslo"], 100),
        cand("2019-05", ["bern"], 200),
        cand("2018", ["x"], 500),
      ],
    );
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.precision).toBeCloseTo(2 / 4);
    expect(r.rows.find((x) => x.reviewed?.id === "b")?.reason).toBe(
      "statement found, but date 2020-01 (month) instead of 2020 (year)",
    );
    expect(r.rows.filter((x) => !x.reviewed).map((x) => x.reason)).toEqual([
      "no reviewed event starts 2020-01 (month) with a shared place",
      "no reviewed event starts 2018 (year) with a shared place",
    ]);
    // Found: a, b, c. Dates right: a, c. Place sets exactly right: b only (a has an extra, c has bern).
    expect(r.found).toBe(3);
    expect(r.dateAccuracy).toBeCloseTo(2 / 3);
    expect(r.placeAccuracy).toBeCloseTo(1 / 3);
  });

  it("names a reviewed event nobody cited", () => {
    const r = evaluate([ev("a", "2020", ["rome"], 0)], []);
    expect(r.rows[0]?.reason).toBe("no candidate cites any of its quotes");
    expect(r.precision).toBe(0);
  });
});
