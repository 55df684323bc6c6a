// The pictures and downloads from the real data/ files (the pipeline's output), when present.
import { existsSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { readDataset } from "../data-files";
import { eventsToCsv } from "../export/csv";
import { eventsToGeoJson } from "../export/geojson";
import { parseCsv } from "../export/parse-csv";
import { filterEvents } from "../filter-events";
import { EMPTY_VIEW_STATE, parseViewState } from "../view-state";
import { renderChartSvg } from "./render-chart";

const present = ["data/events.json", "data/places.json", "data/sources.json"].every((f) =>
  existsSync(f),
);

describe.skipIf(!present)("real data: pictures and downloads", () => {
  const dataset = present
    ? readDataset({
        events: "data/events.json",
        places: "data/places.json",
        sources: "data/sources.json",
      })
    : { events: [], places: [], sources: [] };

  it.each(["timeline", "map"] as const)(
    "the %s SVG renders every event and decodes",
    async (view) => {
      const svg = renderChartSvg(
        { view, theme: "light", width: 1200, height: 600, title: null, state: EMPTY_VIEW_STATE },
        dataset,
      );
      expect(svg).toBe(
        renderChartSvg(
          { view, theme: "light", width: 1200, height: 600, title: null, state: EMPTY_VIEW_STATE },
          dataset,
        ),
      );
      if (view === "timeline")
        expect(svg.match(/<g class="event" /g)?.length).toBe(dataset.events.length);
      else expect(svg.match(/<g class="place" /g)?.length).toBeGreaterThan(0);
      const meta = await sharp(Buffer.from(svg)).metadata();
      expect([meta.width, meta.height]).toEqual([1200, 600]);
    },
  );

  it("CSV and GeoJSON match filterEvents for a filtered state", () => {
    const { state } = parseViewState(new URLSearchParams("from=2020&to=2023"));
    const events = filterEvents(dataset.events, state, dataset.places);
    expect(events.length).toBeGreaterThan(0);
    const rows = parseCsv(eventsToCsv(events, dataset.places));
    expect(rows.slice(1).map((r) => r[0])).toEqual(events.map((e) => e.id));
    const known = new Set(dataset.places.map((p) => p.id));
    const geo = eventsToGeoJson(events, dataset.places);
    expect(geo.features.length).toBe(
      events.reduce((n, e) => n + new Set(e.places.filter((p) => known.has(p))).size, 0),
    );
    for (const f of geo.features) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const place = dataset.places.find((p) => p.id === f.properties.placeId);
      expect([lon, lat]).toEqual([place?.lon, place?.lat]);
    }
  });
});
