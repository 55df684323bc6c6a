import { describe, expect, it } from "vitest";
import { event, place, source } from "./fixtures.test-helpers";
import { canonicalDataset, serializeDataset } from "./serialize-dataset";

describe("serializeDataset", () => {
  it("sorts events by date then id, places and sources by id", () => {
    const d = canonicalDataset({
      events: [
        event({ id: "b", start: "2021-11-01" }),
        event({ id: "a", start: "2021-11-01" }),
        event({ id: "year", start: "2021", precision: "year" }),
        event({ id: "old", start: "1991", precision: "year" }),
      ],
      places: [place("z"), place("a")],
      sources: [source("s2"), source("s1")],
    });
    expect(d.events.map((e) => e.id)).toEqual(["old", "year", "a", "b"]);
    expect(d.places.map((p) => p.id)).toEqual(["a", "z"]);
    expect(d.sources.map((s) => s.id)).toEqual(["s1", "s2"]);
  });
  it("writes a fixed key order whatever the input order, with a trailing newline", () => {
    const e = event();
    const shuffled = Object.fromEntries(Object.entries(e).reverse()) as typeof e;
    const a = serializeDataset({ events: [e], places: [], sources: [] });
    const b = serializeDataset({ events: [shuffled], places: [], sources: [] });
    expect(b.events).toBe(a.events);
    expect(a.events.endsWith("}\n")).toBe(true);
    expect(a.events.indexOf('"id"')).toBeLessThan(a.events.indexOf('"title"'));
  });
});
