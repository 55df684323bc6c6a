// Offline basemap: a Natural Earth topology (world-atlas) → land, borders, coastline and
// country label points. Pure, so it can be tested without a browser and run once per page.
import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface CountryLabel {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** First zoom at which the name fits inside the country's main landmass. */
  minZoom: number;
}

export interface BasemapLayers {
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  /** Borders between two countries (each drawn once). */
  borders: MultiLineString;
  labels: CountryLabel[];
}

export type CountriesTopology = Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;

const EARTH_RADIUS_KM = 6371;
const EQUATOR_KM = 2 * Math.PI * EARTH_RADIUS_KM;
const TILE_PX = 256;
/** A label needs at least this many pixels of country around it. */
const MIN_LABEL_PX = 36;
/** Average width of one label character at the label font size. */
const CHAR_PX = 6.2;

/** Some Natural Earth names are long official forms; maps say the short one. */
const SHORT_NAMES: Record<string, string> = {
  "Bosnia and Herz.": "Bosnia",
  "Central African Rep.": "C. African Rep.",
  "Dem. Rep. Congo": "DR Congo",
  "United States of America": "United States",
};

function largestPolygon(geometry: Polygon | MultiPolygon): { polygon: Polygon; area: number } {
  const polygons: Polygon[] =
    geometry.type === "Polygon"
      ? [geometry]
      : geometry.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }));
  let best: { polygon: Polygon; area: number } = {
    polygon: polygons[0] ?? (geometry as Polygon),
    area: 0,
  };
  for (const polygon of polygons) {
    let area = geoArea(polygon);
    // A ring wound the wrong way covers the rest of the sphere.
    if (area > 2 * Math.PI) area = 4 * Math.PI - area;
    if (area > best.area) best = { polygon, area };
  }
  return best;
}

/** Zoom at which a square of `areaKm2` at `lat` is `px` pixels wide. */
export function zoomForWidth(areaKm2: number, lat: number, px: number): number {
  const sideKm = Math.sqrt(Math.max(areaKm2, 1));
  const kmPerWorld = EQUATOR_KM * Math.max(Math.cos((lat * Math.PI) / 180), 0.05);
  return Math.log2((px * kmPerWorld) / (TILE_PX * sideKm));
}

export function toCountryLabel(
  id: string,
  name: string,
  geometry: Polygon | MultiPolygon,
): CountryLabel {
  const { polygon, area } = largestPolygon(geometry);
  const [lon, lat] = geoCentroid(polygon);
  const areaKm2 = area * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
  const shortName = SHORT_NAMES[name] ?? name;
  const px = Math.max(MIN_LABEL_PX, shortName.length * CHAR_PX);
  const minZoom = Math.min(10, Math.max(2, Math.ceil(zoomForWidth(areaKm2, lat, px))));
  return { id, name: shortName, lat, lon, minZoom };
}

export function toBasemapLayers(topology: CountriesTopology): BasemapLayers {
  const countriesObject = topology.objects.countries;
  const countries = feature(topology, countriesObject) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const borders = mesh(topology, countriesObject, (a, b) => a !== b);
  const labels = countries.features
    .filter(
      (f: Feature<Polygon | MultiPolygon, { name: string }>) => f.geometry && f.properties?.name,
    )
    .map((f, index) => toCountryLabel(String(f.id ?? index), f.properties.name, f.geometry));
  return { countries, borders, labels };
}
