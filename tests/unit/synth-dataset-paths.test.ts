import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { datasetPaths } from "@/lib/data-files";
import { synthPaths } from "@/lib/synth/dataset-files";

const root = mkdtempSync(path.join(tmpdir(), "synth-paths-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("EVENTS_FILE alone serves a synthetic set (datasetPaths siblings)", () => {
  it("uses places.json and sources.json beside the events file when they exist", () => {
    const dir = path.join(root, "with-siblings");
    mkdirSync(dir);
    for (const name of ["events.json", "places.json", "sources.json"])
      writeFileSync(path.join(dir, name), "[]");
    const paths = datasetPaths("/repo/data", path.join(dir, "events.json"));
    const synth = synthPaths(path.join(dir, "events.json"));
    expect(paths).toEqual({ events: synth.events, places: synth.places, sources: synth.sources });
  });

  it("falls back to the data folder when there are no siblings, and without EVENTS_FILE", () => {
    const dir = path.join(root, "alone");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "big.json"), "{}");
    const paths = datasetPaths("/repo/data", path.join(dir, "big.json"));
    expect(paths.places).toBe(path.join("/repo/data", "places.json"));
    expect(paths.sources).toBe(path.join("/repo/data", "sources.json"));
    const defaults = datasetPaths("/repo/data", "");
    expect(defaults.events).toBe(path.join("/repo/data", "events.json"));
  });
});
