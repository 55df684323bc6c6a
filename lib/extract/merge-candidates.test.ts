import { describe, expect, it } from "vitest";
import type { Place } from "../schema";
import type { Candidate } from "./extract-article";
import { mergeCandidates, sameHappening } from "./merge-candidates";

const P = (id: string, country: string, kind: Place["kind"] = "city"): Place => ({
  id,
  name: id,
  aliases: [],
  country,
  kind,
  lat: 0,
  lon: 0,
  coordSource: "test",
});
const c = (over: Partial<Candidate>): Candidate => {
  const placeRecords = over.placeRecords ?? [];
  return {
    file: "a",
    title: "t",
    category: "war",
    start: "2001",
    end: null,
    precision: "year",
    places: placeRecords.map((p) => ({ id: p.id, name: p.name, lat: 0, lon: 0 })),
    actors: [],
    quote: "q",
    start_offset: 0,
    end_offset: 1,
    confidence: 0.8,
    evidence: [{ start: 0, end: 1, quote: "q" }],
    notes: [],
    placeRecords,
    unresolvedPlaces: [],
    categoryScores: {},
    ...over,
  };
};

describe("merging candidates across articles", () => {
  const range = c({
    file: "a",
    start: "2001-03-02",
    end: "2001-05-20",
    precision: "day",
    placeRecords: [P("mostar", "BA")],
  });
  const year = c({ file: "b", start: "2001", placeRecords: [P("bosnia", "BA", "country")] });
  const day = c({ file: "c", start: "2001-03-02", precision: "day" });

  it("needs the same category, overlapping dates and a shared place (a country holds its towns)", () => {
    expect(sameHappening(range, year)).toBe(true);
    expect(sameHappening(range, { ...year, category: "ceasefire" })).toBe(false);
    expect(sameHappening(range, { ...year, start: "2003" })).toBe(false);
    expect(sameHappening(range, c({ start: "2001", placeRecords: [P("split", "HR")] }))).toBe(
      false,
    );
  });

  it("lets a day-precise report without places join a day-precise event", () => {
    expect(sameHappening(range, day)).toBe(true);
    expect(sameHappening(year, c({ start: "2001" }))).toBe(false);
  });

  it("keeps every source and the most precise dating", () => {
    const [m, ...rest] = mergeCandidates([year, day, range]);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ start: "2001-03-02", end: "2001-05-20", precision: "day" });
    expect(m?.sources.map((s) => s.file).sort()).toEqual(["a", "b", "c"]);
    expect(m?.places.map((p) => p.id)).toEqual(["mostar"]);
  });
});
