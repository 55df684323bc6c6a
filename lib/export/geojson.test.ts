import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../data-files";
import { filterEvents } from "../filter-events";
import { EMPTY_VIEW_STATE } from "../view-state";
import { eventsToGeoJson } from "./geojson";

const FIXTURE = path.resolve("tests/fixtures/embed");
const dataset = readDataset({
  events: path.join(FIXTURE, "events.json"),
  places: path.join(FIXTURE, "places.json"),
  sources: path.join(FIXTURE, "sources.json"),
});

describe("eventsToGeoJson", () => {
  const events = filterEvents(dataset.events, EMPTY_VIEW_STATE, dataset.places);
  const collection = JSON.parse(JSON.stringify(eventsToGeoJson(events, dataset.places)));

  it("is a FeatureCollection with one Point per event-place", () => {
    expect(collection.type).toBe("FeatureCollection");
    const expected = events.reduce((n, e) => n + new Set(e.places).size, 0);
    expect(collection.features).toHaveLength(expected);
    for (const f of collection.features) {
      expect(f.type).toBe("Feature");
      expect(f.geometry.type).toBe("Point");
    }
  });

  it("writes coordinates as [lon, lat] (RFC 7946 §3.1.1)", () => {
    const baku = collection.features.find((f: { id: string }) => f.id === "ceasefire-2020@baku");
    expect(baku.geometry.coordinates).toEqual([49.8671, 40.4093]);
    const islamabad = collection.features.find(
      (f: { id: string }) => f.id === "formula-visit@islamabad",
    );
    expect(islamabad.geometry.coordinates).toEqual([73.0433, 33.7215]);
  });

  it("carries id, title, date, precision, category and sources as properties", () => {
    const f = collection.features.find((x: { id: string }) => x.id === "three-brothers-2021@baku");
    expect(f.properties).toMatchObject({
      id: "three-brothers-2021",
      title: "Three Brothers – 2021 drills",
      start: "2021-09",
      end: null,
      precision: "month",
      date: "≈ September 2021",
      category: "drill",
      placeId: "baku",
      placeName: "Baku",
      sources: [{ sourceId: "src-b", quote: "Three Brothers – 2021" }],
    });
  });

  it("leaves out events without a known place", () => {
    expect(
      collection.features.some(
        (f: { properties: { id: string } }) => f.properties.id === "agreement-nowhere",
      ),
    ).toBe(false);
  });
});
