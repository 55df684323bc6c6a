// Loads the bundled Natural Earth 1:50m countries once per page, as its own lazily fetched chunk
// (same origin, no network beyond the app itself). 1:110m is lighter but turns Armenia and
// Azerbaijan into blobs, and the Caucasus is where this dataset lives. The code that turns the
// topology into layers (topojson-client, d3-geo) comes with it: the map draws its markers first,
// so none of it is needed before then.
import type { BasemapLayers, CountriesTopology } from "./to-basemap-layers";

let cached: Promise<BasemapLayers> | null = null;

export function loadBasemap(): Promise<BasemapLayers> {
  cached ??= Promise.all([import("world-atlas/countries-50m.json"), import("./to-basemap-layers")])
    .then(([module, { toBasemapLayers }]) =>
      toBasemapLayers((module.default ?? module) as unknown as CountriesTopology),
    )
    .catch((error: unknown) => {
      cached = null; // let a later mount retry
      throw error;
    });
  return cached;
}
