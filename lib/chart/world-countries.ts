// Country shapes for the map picture: Natural Earth 1:50m borders from the world-atlas package,
// converted from TopoJSON once per process.
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json";

export type CountryFeatures = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

let cached: CountryFeatures | null = null;

export function worldCountries(): CountryFeatures {
  if (!cached) {
    const topology = countries50m as unknown as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    cached = feature(topology, topology.objects.countries) as CountryFeatures;
  }
  return cached;
}
