import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { type CountriesTopology, toBasemapLayers, zoomForWidth } from "./to-basemap-layers";

const require = createRequire(import.meta.url);
const topology = JSON.parse(
  readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"),
) as CountriesTopology;
const layers = toBasemapLayers(topology);
const label = (name: string) => layers.labels.find((l) => l.name === name);

describe("toBasemapLayers (Natural Earth 1:50m)", () => {
  it("keeps every country with a name and a shape", () => {
    expect(layers.countries.features.length).toBeGreaterThan(200);
    for (const name of ["Azerbaijan", "Armenia", "Pakistan", "Georgia", "Iran", "Turkey"]) {
      expect(label(name), name).toBeDefined();
    }
  });

  it("draws each shared border once, as lines", () => {
    expect(layers.borders.type).toBe("MultiLineString");
    // mesh() merges arcs into continuous lines: a few hundred lines for ~240 countries.
    expect(layers.borders.coordinates.length).toBeGreaterThan(100);
    // The Armenia–Azerbaijan border runs through lon 45–46.6, lat 39–41.3.
    const nearCaucasus = layers.borders.coordinates.some((line) =>
      line.some(([lon = 0, lat = 0]) => lon > 45 && lon < 46.6 && lat > 39 && lat < 41.3),
    );
    expect(nearCaucasus).toBe(true);
  });

  it("puts the Azerbaijan label on the mainland, not in Nakhchivan", () => {
    const az = label("Azerbaijan");
    expect(az?.lon).toBeGreaterThan(46.5);
    expect(az?.lon).toBeLessThan(49.5);
    expect(az?.lat).toBeGreaterThan(39.3);
    expect(az?.lat).toBeLessThan(41.5);
  });

  it("puts labels inside their country's bounding box", () => {
    const pk = label("Pakistan");
    expect(pk?.lat).toBeGreaterThan(24);
    expect(pk?.lat).toBeLessThan(37);
    expect(pk?.lon).toBeGreaterThan(61);
    expect(pk?.lon).toBeLessThan(77);
  });

  it("shows big countries' labels before small ones'", () => {
    const zoom = (name: string) => label(name)?.minZoom ?? Number.NaN;
    expect(zoom("Russia")).toBeLessThan(zoom("Pakistan"));
    expect(zoom("Pakistan")).toBeLessThan(zoom("Armenia"));
    expect(zoom("Iran")).toBeLessThanOrEqual(4);
    expect(zoom("Azerbaijan")).toBeLessThanOrEqual(6);
    expect(zoom("Armenia")).toBeLessThanOrEqual(7);
  });

  it("computes zoom for a width from area and latitude", () => {
    // 1000 km square at the equator, 100 px wide: 40075 km * 100 / (256 * 1000) ≈ 15.65 = 2^3.97
    expect(zoomForWidth(1_000_000, 0, 100)).toBeCloseTo(Math.log2(15.654), 2);
    // Higher latitudes need less zoom for the same width.
    expect(zoomForWidth(1_000_000, 60, 100)).toBeLessThan(zoomForWidth(1_000_000, 0, 100));
  });
});
