// The real pipeline on the real seeds: the facts an analyst signed off on.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { periodStartMs } from "@/lib/dates";
import { weekdayOf } from "@/lib/pipeline/check-weekday";
import { loadPipelineInputs } from "@/lib/pipeline/load-inputs";
import { type PipelineResult, runPipeline } from "@/lib/pipeline/run-pipeline";
import {
  eventsFileSchema,
  type NewsEvent,
  placesFileSchema,
  sourcesFileSchema,
} from "@/lib/schema";
import { ROOT } from "./data-helpers";

let result: PipelineResult;
const texts = new Map<string, string>();
const byId = (id: string): NewsEvent => {
  const e = result.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};

beforeAll(() => {
  const { inputs, problems } = loadPipelineInputs(ROOT);
  expect(problems).toEqual([]);
  result = runPipeline(inputs);
  for (const s of inputs.seeds) texts.set(s.id, s.text);
});

describe("sources", () => {
  it("runs without problems and satisfies the contract", () => {
    expect(result.problems).toEqual([]);
    expect(eventsFileSchema.safeParse({ events: result.events }).success).toBe(true);
    expect(placesFileSchema.safeParse(result.places).success).toBe(true);
    expect(sourcesFileSchema.safeParse(result.sources).success).toBe(true);
  });
  it("records the sha256 of every seed's bytes", () => {
    expect(result.sources).toHaveLength(5);
    for (const s of result.sources) {
      const bytes = readFileSync(path.join(ROOT, "seeds", s.file));
      expect(s.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(s.url).toBeNull();
    }
  });
  it("parses each page's own publication date", () => {
    const published = Object.fromEntries(
      result.sources.map((s) => [s.id.slice(0, 3), s.published]),
    );
    expect(published).toEqual({
      "000": "2021-03-04",
      "001": "2022-05-31",
      "002": "2023-11-01",
      "003": "2023-04-13",
      "004": "2023-01-27",
    });
  });
  it("flags the second, unrelated article in seed 002", () => {
    const s002 = result.sources.find((s) => s.id.startsWith("002"));
    expect(s002?.articles?.map((a) => a.unrelated)).toEqual([false, true]);
    const militants = s002?.articles?.[1];
    expect(militants?.title).toMatch(/nine militants/);
    expect(militants?.published).toBeNull();
    for (const s of result.sources.filter((x) => !x.id.startsWith("002")))
      expect(s.articles?.every((a) => !a.unrelated)).toBe(true);
  });
});

describe("events", () => {
  it("quotes every source verbatim at its offsets", () => {
    for (const e of result.events)
      for (const ref of e.sources)
        expect(texts.get(ref.sourceId)?.slice(ref.start, ref.end)).toBe(ref.quote);
  });
  it("are sorted by date then id, reviewed, with unique ids and known places", () => {
    const keys = result.events.map((e) => [periodStartMs(e.start), e.id] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
    expect(keys).toEqual(sorted);
    expect(new Set(result.events.map((e) => e.id)).size).toBe(result.events.length);
    const placeIds = new Set(result.places.map((p) => p.id));
    for (const e of result.events) {
      expect(e.status).toBe("reviewed");
      for (const p of [...e.places, ...(e.origin ? [e.origin] : [])])
        expect(placeIds.has(p)).toBe(true);
    }
  });
  it("tells the 2020 war as one ranged event with three sources", () => {
    const wars = result.events.filter((e) => e.category === "war" && e.start.startsWith("2020"));
    expect(wars.map((e) => e.id)).toEqual(["second-karabakh-war-2020"]);
    const war = byId("second-karabakh-war-2020");
    expect(war).toMatchObject({ start: "2020-09-27", end: "2020-11-10", precision: "day" });
    expect(new Set(war.sources.map((s) => s.sourceId.slice(0, 3)))).toEqual(
      new Set(["000", "001", "004"]),
    );
    expect(war.places).toEqual(expect.arrayContaining(["nagorno-karabakh", "shusha"]));
  });
  it.each([
    ["karabakh-peace-deal-2020-11-10", "ceasefire", "2020-11-10", "day", ["000", "004"]],
    ["hasanov-raza-meeting-2021-03-03", "meeting", "2021-03-03", "day", ["000"]],
    ["baku-declaration-2021-07-27", "agreement", "2021-07-27", "day", ["001"]],
    ["three-brothers-2021-drills", "drill", "2021", "year", ["001"]],
    ["hayee-kalbajar-visit-2022-05-31", "visit", "2022-05-31", "day", ["001"]],
    ["khan-farhadov-meeting-2023-04-13", "meeting", "2023-04-13", "day", ["003"]],
    [
      "azerbaijan-embassy-war-anniversary-2021-11-01",
      "commemoration",
      "2021-11-01",
      "day",
      ["004"],
    ],
    ["pakistan-tir-road-corridors-2021-10", "other", "2021-10", "month", ["004"]],
    ["munir-visit-baku-2023-11-01", "visit", "2023-11-01", "day", ["002"]],
    ["pakistan-recognises-azerbaijan-1991", "other", "1991", "year", ["001", "003"]],
    ["armenian-occupation-nagorno-karabakh-1991", "war", "1991", "year", ["004"]],
    ["february-1992-killings", "war", "1992-02", "month", ["004"]],
  ])("%s: %s on %s (%s precision) from %j", (id, category, start, precision, seeds) => {
    const e = byId(id);
    expect(e).toMatchObject({ category, start, end: null, precision });
    expect([...new Set(e.sources.map((s) => s.sourceId.slice(0, 3)))].sort()).toEqual(seeds);
  });
  it("puts events at the places the text supports", () => {
    expect(byId("karabakh-peace-deal-2020-11-10").places).toEqual(
      expect.arrayContaining(["kalbajar", "aghdam", "lachin"]),
    );
    expect(byId("hasanov-raza-meeting-2021-03-03")).toMatchObject({
      places: ["baku"],
      origin: "islamabad",
    });
    expect(byId("munir-visit-baku-2023-11-01")).toMatchObject({
      places: ["baku"],
      origin: "islamabad",
    });
    expect(byId("hayee-kalbajar-visit-2022-05-31").places).toEqual(["kalbajar"]);
    expect(byId("khan-farhadov-meeting-2023-04-13").places).toEqual(["islamabad"]);
    expect(byId("azerbaijan-embassy-war-anniversary-2021-11-01").places).toEqual(["islamabad"]);
    expect(byId("february-1992-killings").places).toEqual([]);
  });
  it("checks the weekdays the text states and records the check", () => {
    expect(weekdayOf("2021-11-01")).toBe("Monday");
    expect(weekdayOf("2023-11-01")).toBe("Wednesday");
    expect(byId("azerbaijan-embassy-war-anniversary-2021-11-01").notes).toContain(
      'Weekday check: 2021-11-01 is a Monday, as the text says ("Monday").',
    );
    expect(byId("munir-visit-baku-2023-11-01").notes).toContain(
      'Weekday check: 2023-11-01 is a Wednesday, as the text says ("Wednesday").',
    );
  });
  it("never dates an event by a page's publication date where the text says otherwise", () => {
    expect(result.events.some((e) => e.start.startsWith("2023-01"))).toBe(false);
  });
  it("holds nothing from the militants story", () => {
    const s002 = result.sources.find((s) => s.id.startsWith("002"));
    const cut = s002?.articles?.[1]?.start ?? 0;
    for (const e of result.events) {
      expect(`${e.title} ${e.summary}`).not.toMatch(
        /militant|Khyber|Lakki|Tank District|khwarij|TTP/i,
      );
      for (const ref of e.sources)
        if (ref.sourceId === s002?.id) expect(ref.start).toBeLessThan(cut);
    }
  });
  it("records no planned, expected or hoped-for thing as an event", () => {
    const all = result.events.map((e) => `${e.title} ${e.summary}`).join("\n");
    expect(all).not.toMatch(/JF-17|preferential trade|direct flights|joint (military )?exercises/i);
    for (const e of result.events)
      for (const ref of e.sources)
        expect(ref.quote).not.toMatch(/\b(will come|expected to|interest in buying|hope)/i);
  });
});

describe("places", () => {
  it("has every place an event names, with local aliases and cited coordinates", () => {
    const places = new Map(result.places.map((p) => [p.id, p]));
    for (const id of [
      "baku",
      "islamabad",
      "kalbajar",
      "shusha",
      "aghdam",
      "lachin",
      "nagorno-karabakh",
    ])
      expect(places.has(id)).toBe(true);
    expect(places.get("shusha")?.aliases).toEqual(expect.arrayContaining(["Şuşa", "Shushi"]));
    expect(places.get("kalbajar")?.aliases).toEqual(expect.arrayContaining(["Kəlbəcər"]));
    expect(places.get("baku")?.aliases).toContain("Bakı");
    expect(places.get("baku")?.coordSource).toMatch(/GeoNames 587084/);
    expect(places.get("islamabad")?.coordSource).toMatch(/GeoNames 1176615/);
  });
});
