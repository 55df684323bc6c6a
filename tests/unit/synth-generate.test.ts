import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDataset } from "@/lib/data-files";
import { periodStartMs } from "@/lib/dates";
import { validateDataset } from "@/lib/pipeline/validate-dataset";
import { PRECISION_LENGTH } from "@/lib/schema";
import { synthPaths, writeSynthDataset } from "@/lib/synth/dataset-files";
import { HOSTILE_STRINGS } from "@/lib/synth/event-text";
import { generateDataset } from "@/lib/synth/generate";

const dir = mkdtempSync(path.join(tmpdir(), "synth-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EVENTS = 5000;
const dataset = generateDataset({ events: EVENTS, seed: "test" });

describe("synth generateDataset", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const again = generateDataset({ events: EVENTS, seed: "test" });
    expect(JSON.stringify(again.events)).toBe(JSON.stringify(dataset.events));
    expect(JSON.stringify(again.sources)).toBe(JSON.stringify(dataset.sources));
    expect([...again.texts]).toEqual([...dataset.texts]);
    const other = generateDataset({ events: 200, seed: "other" });
    expect(other.events.map((e) => e.title)).not.toEqual(
      dataset.events.slice(0, 200).map((e) => e.title),
    );
  });

  it("writes files that pass the data contract (readDataset)", () => {
    const paths = synthPaths(path.join(dir, "events.json"));
    writeSynthDataset(paths, dataset);
    expect(paths.places).toBe(path.join(dir, "places.json"));
    expect(paths.sources).toBe(path.join(dir, "sources.json"));
    const read = readDataset(paths);
    expect(read.events).toHaveLength(EVENTS);
    expect(read.sources.length).toBe(dataset.sources.length);
    // Every source text is on disk with the recorded hash.
    for (const source of read.sources) {
      const text = readFileSync(path.join(paths.seedsDir, source.file), "utf8");
      expect(createHash("sha256").update(text).digest("hex")).toBe(source.sha256);
    }
  });

  it("passes the data pipeline's cross-reference validation (what npm run validate runs)", () => {
    const sourceTexts = new Map(
      dataset.sources.map((s) => [s.id, dataset.texts.get(s.file) ?? ""] as const),
    );
    const problems = validateDataset(dataset, {
      labels: { events: "events.json", places: "places.json", sources: "sources.json" },
      sourceTexts,
    });
    expect(problems).toEqual([]);
  });

  it("keeps every quote verbatim at its offsets and every reference resolvable", () => {
    const placeIds = new Set(dataset.places.map((p) => p.id));
    const sourceFile = new Map(dataset.sources.map((s) => [s.id, s.file]));
    const eventIds = new Set<string>();
    for (const event of dataset.events) {
      expect(eventIds.has(event.id)).toBe(false);
      eventIds.add(event.id);
      expect(event.places.length).toBeGreaterThan(0);
      for (const id of event.places) expect(placeIds.has(id)).toBe(true);
      if (event.origin) expect(placeIds.has(event.origin)).toBe(true);
      for (const ref of event.sources) {
        const text = dataset.texts.get(sourceFile.get(ref.sourceId) ?? "");
        expect(text?.slice(ref.start, ref.end)).toBe(ref.quote);
      }
    }
  });

  it("dates stay in 1990–2026 at their stated precision, ranges end after they start", () => {
    for (const event of dataset.events) {
      expect(event.start.length).toBe(PRECISION_LENGTH[event.precision]);
      expect(event.start >= "1990" && event.start <= "2026-12-31").toBe(true);
      if (event.end) {
        expect(event.end.length).toBe(PRECISION_LENGTH[event.precision]);
        expect(event.end > event.start).toBe(true);
        expect(event.end <= "2026-12-31").toBe(true);
      }
    }
    // Sorted by date, as the pipeline writes them.
    const starts = dataset.events.map((e) => periodStartMs(e.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("looks like a real archive: precision mix, ranges, bursts, multi-source events", () => {
    const share = (pred: (e: (typeof dataset.events)[number]) => boolean) =>
      dataset.events.filter(pred).length / EVENTS;
    expect(share((e) => e.precision === "day")).toBeGreaterThan(0.6);
    expect(share((e) => e.precision === "month")).toBeGreaterThan(0.12);
    expect(share((e) => e.precision === "year")).toBeGreaterThan(0.05);
    expect(share((e) => e.end !== null)).toBeGreaterThan(0.05);
    expect(share((e) => e.sources.length > 1)).toBeGreaterThan(0.15);
    expect(share((e) => e.sources.length > 2)).toBeGreaterThan(0.01);
    const inYear = (y: string) => share((e) => e.start.startsWith(y));
    // Crisis years stand out against their neighbours.
    expect(inYear("2020")).toBeGreaterThan(2 * inYear("2018"));
    expect(inYear("2008")).toBeGreaterThan(2 * inYear("2006"));
    expect(inYear("1992")).toBeGreaterThan(inYear("1996"));
    const categories = new Set(dataset.events.map((e) => e.category));
    expect(categories.size).toBe(9);
  });

  it("includes hostile, very long and non-Latin titles", () => {
    const titles = dataset.events.map((e) => e.title);
    expect(titles.some((t) => HOSTILE_STRINGS.some((h) => t.includes(h)))).toBe(true);
    expect(titles.some((t) => t.includes("<img src=x onerror=alert(1)>"))).toBe(true);
    expect(titles.some((t) => t.length > 1000)).toBe(true);
    expect(titles.some((t) => /[\u0530-\u058f\u10a0-\u10ff\u0600-\u06ff]/.test(t))).toBe(true);
  });
});
