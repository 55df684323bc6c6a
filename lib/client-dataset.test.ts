import { describe, expect, it } from "vitest";
import {
  type COMPACT_VERSION,
  CompactDatasetError,
  decodeClientDataset,
  encodeClientDataset,
  toClientEvent,
  toClientPlace,
} from "./client-dataset";
import { readDataset } from "./data-files";

const fixture = readDataset({
  events: "tests/fixtures/dashboard/events.json",
  places: "tests/fixtures/dashboard/places.json",
  sources: "tests/fixtures/dashboard/sources.json",
});

describe("client dataset", () => {
  it("round-trips every event and place, in date order, with nothing but what is drawn", () => {
    const compact = encodeClientDataset(fixture.events, fixture.places);
    const decoded = decodeClientDataset(JSON.parse(JSON.stringify(compact)));
    expect(decoded.places).toEqual(fixture.places.map(toClientPlace));
    const byId = new Map(fixture.events.map((e) => [e.id, toClientEvent(e)]));
    expect(decoded.events).toHaveLength(fixture.events.length);
    for (const e of decoded.events) expect(e).toEqual(byId.get(e.id));
    const starts = decoded.events.map((e) => e.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // No quotes, summaries or actors travel.
    const text = JSON.stringify(compact);
    for (const event of fixture.events) {
      expect(text).not.toContain(event.summary);
      for (const s of event.sources) expect(text).not.toContain(s.quote);
    }
  });

  it("keeps month and year precision and ranges as periods (no invented day)", () => {
    const decoded = decodeClientDataset(encodeClientDataset(fixture.events, fixture.places));
    const drills = decoded.events.find((e) => e.id === "three-brothers-2021-drills");
    expect(drills).toMatchObject({
      start: "2021",
      end: null,
      precision: "year",
      startMs: Date.UTC(2021, 0, 1),
      endMs: Date.UTC(2022, 0, 1),
    });
    const war = decoded.events.find((e) => e.id === "second-karabakh-war-2020");
    expect(war).toMatchObject({ end: "2020-11-10", endMs: Date.UTC(2020, 10, 11) });
  });

  it("rejects an unknown version or ragged columns with a clear error", () => {
    const compact = encodeClientDataset(fixture.events, fixture.places);
    expect(() => decodeClientDataset({ ...compact, v: 2 as typeof COMPACT_VERSION })).toThrow(
      CompactDatasetError,
    );
    const ragged = {
      ...compact,
      events: { ...compact.events, title: compact.events.title.slice(1) },
    };
    expect(() => decodeClientDataset(ragged)).toThrow(/column title/);
  });
});
