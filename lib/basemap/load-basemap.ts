// Loads the bundled Natural Earth 1:50m countries once per page, as its own lazily fetched chunk
// (same origin, no network beyond the app itself). 1:110m is lighter but turns Armenia and
// Azerbaijan into blobs, and the Caucasus is where this dataset lives.
import { type BasemapLayers, type CountriesTopology, toBasemapLayers } from "./to-basemap-layers";

let cached: Promise<BasemapLayers> | null = null;

export function loadBasemap(): Promise<BasemapLayers> {
  cached ??= import("world-atlas/countries-50m.json")
    .then((module) => toBasemapLayers((module.default ?? module) as unknown as CountriesTopology))
    .catch((error: unknown) => {
      cached = null; // let a later mount retry
      throw error;
    });
  return cached;
}
