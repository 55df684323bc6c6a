// The committed data/ is exactly what the pipeline produces, and running it again changes nothing.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDatasetFiles } from "@/lib/data-files";
import { buildData } from "@/lib/pipeline/build-data";
import { ROOT } from "./data-helpers";

const FILES = ["events.json", "places.json", "sources.json"];

describe("committed data", () => {
  it("equals a fresh pipeline run, and a second run writes nothing", () => {
    const out = mkdtempSync(path.join(tmpdir(), "event-atlas-out-"));
    const first = buildData({ root: ROOT, outDir: out });
    expect(first.ok).toBe(true);
    for (const f of FILES)
      expect(readFileSync(path.join(out, f), "utf8"), f).toBe(
        readFileSync(path.join(ROOT, "data", f), "utf8"),
      );
    const second = buildData({ root: ROOT, outDir: out });
    expect(second).toMatchObject({ ok: true, changed: [] });
  });
  it("passes npm run validate's checks (schemas, cross-references, quotes, sha256)", () => {
    const d = path.join(ROOT, "data");
    expect(
      checkDatasetFiles(
        {
          events: path.join(d, "events.json"),
          places: path.join(d, "places.json"),
          sources: path.join(d, "sources.json"),
        },
        { seedsDir: path.join(ROOT, "seeds") },
      ),
    ).toEqual([]);
  });
});
