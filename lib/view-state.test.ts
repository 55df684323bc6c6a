import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EMPTY_VIEW_STATE,
  MAX_QUERY_LENGTH,
  parseViewState,
  resolveViewState,
  serializeViewState,
  windowMs,
} from "./view-state";

const parse = (query: string) => parseViewState(new URLSearchParams(query));

describe("URL → view state", () => {
  it("reads every parameter", () => {
    const { state, problems } = parse(
      "from=2021-03&to=2022&cat=visit,war&place=baku&event=munir-visit-baku-2023-11-01&q=Munir&reviewed=1",
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      from: "2021-03-01",
      to: "2022-12-31",
      cats: ["war", "visit"],
      place: "baku",
      event: "munir-visit-baku-2023-11-01",
      q: "Munir",
      reviewed: true,
    });
  });

  it("is empty for an empty query", () => {
    expect(parse("")).toEqual({ state: EMPTY_VIEW_STATE, problems: [] });
  });

  it("drops malformed dates and names the parameter", () => {
    for (const bad of [
      "garbage",
      "2021-02-30",
      "2021-13",
      "21-01-01",
      "2021/01/01",
      "0999",
      "3000-01",
    ]) {
      const { state, problems } = parse(`from=${bad}`);
      expect(state.from, bad).toBeNull();
      expect(
        problems.map((p) => p.param),
        bad,
      ).toEqual(["from"]);
    }
  });

  it("swaps a reversed window", () => {
    expect(parse("from=2023-01-01&to=2021-01-01").state).toMatchObject({
      from: "2021-01-01",
      to: "2023-01-01",
    });
  });

  it("ignores unknown categories but keeps known ones; all unknown means all", () => {
    expect(parse("cat=war,bogus").state.cats).toEqual(["war"]);
    expect(parse("cat=bogus").state.cats).toBeNull();
    expect(parse("cat=bogus").problems[0]?.param).toBe("cat");
    expect(parse("cat=WAR, Visit").state.cats).toEqual(["war", "visit"]);
  });

  it("rejects ids that are not ids, cuts long queries, flags odd booleans", () => {
    const { state, problems } = parse(
      `place=${encodeURIComponent("<script>")}&event=${"x".repeat(200)}&q=${"a".repeat(500)}&reviewed=maybe`,
    );
    expect(state.place).toBeNull();
    expect(state.event).toBeNull();
    expect(state.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(state.reviewed).toBe(false);
    expect(problems.map((p) => p.param).sort()).toEqual(["event", "place", "q", "reviewed"]);
  });

  it("takes the first of repeated parameters (record form, as Next passes them)", () => {
    expect(parseViewState({ place: ["baku", "kalbajar"], q: undefined }).state.place).toBe("baku");
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("from", "to", "cat", "place", "event", "q", "reviewed", "x"),
          fc.string(),
        ),
        (params) => {
          const { state } = parseViewState(params);
          expect(typeof state.q).toBe("string");
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("resolve against the dataset", () => {
  it("drops unknown places and events, keeping the rest", () => {
    const { state, problems } = resolveViewState(
      { ...EMPTY_VIEW_STATE, place: "atlantis", event: "known", q: "x" },
      { hasPlace: () => false, hasEvent: (id) => id === "known" },
    );
    expect(state).toMatchObject({ place: null, event: "known", q: "x" });
    expect(problems.map((p) => p.param)).toEqual(["place"]);
  });
});

describe("view state → URL", () => {
  it("round-trips, omitting defaults, in a fixed order", () => {
    const state = parse("q=Baku&reviewed=1&from=2021-01-01&to=2021-12-31&cat=war&place=baku").state;
    const query = serializeViewState(state).toString();
    expect(query).toBe("from=2021-01-01&to=2021-12-31&cat=war&place=baku&q=Baku&reviewed=1");
    expect(parse(query).state).toEqual(state);
    expect(serializeViewState(EMPTY_VIEW_STATE).toString()).toBe("");
  });

  it("round-trips any parsed state", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (from, cat, q) => {
        const state = parseViewState({ from, cat, q }).state;
        expect(parse(serializeViewState(state).toString()).state).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it("turns from/to into a UTC window with an inclusive last day", () => {
    expect(windowMs({ from: "2021-03-01", to: "2021-03-31" })).toEqual({
      startMs: Date.UTC(2021, 2, 1),
      endMs: Date.UTC(2021, 3, 1),
    });
    expect(windowMs({ from: null, to: null })).toEqual({ startMs: null, endMs: null });
  });
});

describe("no categories", () => {
  it("survives the URL as cat=none; an empty or comma-only cat means all", () => {
    const off = { ...EMPTY_VIEW_STATE, cats: [] };
    expect(serializeViewState(off).toString()).toBe("cat=none");
    expect(parse("cat=none").state.cats).toEqual([]);
    expect(parse("cat=,").state.cats).toBeNull();
    expect(parse("cat=").state.cats).toBeNull();
  });
});
