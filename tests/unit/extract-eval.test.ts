// The quality bar of the extractor on the real seeds, scored against the reviewed events:
// recall ≥ 0.85 and precision ≥ 0.75, with every candidate quoting its source exactly.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSeeds } from "@/lib/extract/seed-eval";

describe("npm run eval on the seeds", () => {
  const report = evaluateSeeds(process.cwd());

  it("meets the quality bar", () => {
    expect(report.reviewedCount).toBeGreaterThanOrEqual(12);
    expect(report.recall).toBeGreaterThanOrEqual(0.85);
    expect(report.precision).toBeGreaterThanOrEqual(0.75);
    expect(report.dateAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it("explains every miss", () => {
    for (const r of report.rows) expect(r.reason).not.toBe("");
  });

  it("quotes every source passage exactly at its offsets", () => {
    for (const r of report.rows)
      for (const s of r.candidate?.sources ?? [])
        expect(readFileSync(path.join(process.cwd(), s.file), "utf8").slice(s.start, s.end)).toBe(
          s.quote,
        );
  });

  it("keeps the second story of a page and plans out of the candidates", () => {
    const quotes = report.rows
      .flatMap((r) => r.candidate?.sources.map((s) => s.quote) ?? [])
      .join("\n");
    expect(quotes).not.toMatch(/militants|khwarij/);
    expect(quotes).not.toMatch(/expected to soon sign|interest in buying/);
  });
});
