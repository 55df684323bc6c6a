import { describe, expect, it } from "vitest";
import { loadTable, routeProblems } from "./load-report";
import { type BenchResults, type BenchRun, markdownTable, speedup, targetsFor } from "./report";

const results: BenchResults = {
  machine: { cpuModel: "Test CPU", cpus: 2, browser: "Chromium 1" },
  date: "2026-01-02T03:04:05.000Z",
  options: { runs: 3 },
  runs: [
    {
      size: 10_000,
      variant: "app",
      readyMs: 1000,
      scrubP95Ms: 16.7,
      mapUpdateP95Ms: 20,
      selectP95Ms: 150,
      heapMB: 50,
      transferKB: 400,
      htmlKB: 30,
    },
    {
      size: 10_000,
      variant: "naive",
      readyMs: null,
      scrubP95Ms: null,
      mapUpdateP95Ms: null,
      selectP95Ms: null,
      heapMB: null,
      transferKB: null,
      timedOut: true,
    },
    {
      size: 10_000,
      variant: "tuned",
      readyMs: 12_000,
      scrubP95Ms: 66.8,
      mapUpdateP95Ms: 80,
      selectP95Ms: 300,
      heapMB: 200,
      transferKB: 900,
      htmlKB: 5,
    },
  ],
};

describe("bench report", () => {
  it("uses the issue's targets per size", () => {
    expect(targetsFor(1000).readyMs).toBe(1500);
    expect(targetsFor(10_000).readyMs).toBe(2500);
    expect(targetsFor(100_000)).toEqual({
      readyMs: 4000,
      scrubP95Ms: 33,
      mapUpdateP95Ms: 100,
      selectP95Ms: 200,
    });
  });

  it("computes speedups, as a lower bound when the baseline timed out", () => {
    expect(speedup(12_000, 1000)).toEqual({ ratio: 12, atLeast: false });
    expect(speedup(null, 1000, true, 180_000)).toEqual({ ratio: 180, atLeast: true });
    expect(speedup(null, null)).toEqual({ ratio: null, atLeast: false });
  });

  it("renders targets, verdicts, timeouts and the 10k ratios", () => {
    const table = markdownTable(results, 180_000);
    expect(table).toContain("| 10,000 | *target* | ≤ 2,500 | ≤ 16.7 | ≤ 50 | ≤ 100 |");
    expect(table).toContain(
      "| 10,000 | app | 1,000 ✅ | 16.7 ✅ | 20 ✅ | 150 ❌ | 50 | 400 (30 ✅) |",
    );
    expect(table).toContain("| 10,000 | naive | timed out (> 180,000) |");
    expect(table).toContain("ready 12× ✅ faster");
    expect(table).toContain("scrub frame p95 4× ✅ better");
  });

  it("states how many runs each variant had and that they were interleaved", () => {
    const header = (options: BenchResults["options"]) =>
      markdownTable({ ...results, options }, 180_000).split("\n")[0] ?? "";
    expect(header({ runs: 3 })).toContain("medians of 3 runs. Targets");
    expect(header({ runs: 5, baselineRuns: 3 })).toContain("medians of 5 runs (baselines: 3). ");
    expect(header({ runs: 5, baselineRuns: 3, naiveRuns: 1, interleaved: true })).toContain(
      "medians of 5 runs (tuned: 3, naive: 1), the variants' runs interleaved. ",
    );
  });

  it("judges frame-time targets in whole frames and shows the late-frame share", () => {
    const at = (scrubP95Ms: number, size = 10_000) =>
      markdownTable(
        {
          ...results,
          runs: [{ ...(results.runs[0] as BenchRun), size, scrubP95Ms, scrubLatePct: 1.5 }],
        },
        180_000,
      );
    // 16.8 ms is one 60 Hz frame with timestamp jitter; 33.3 ms is two.
    expect(at(16.8)).toContain("| 16.8 ✅ (1.5% late) |");
    expect(at(17.3)).toContain("| 17.3 ❌ (1.5% late) |");
    expect(at(33.3)).toContain("| 33.3 ❌ (1.5% late) |");
    expect(at(33.3, 100_000)).toContain("| 33.3 ✅ (1.5% late) |");
    expect(at(50, 100_000)).toContain("| 50 ❌ (1.5% late) |");
  });

  it("flags missing routes and failed requests in load tests", () => {
    const ok = {
      path: "/",
      status: 200,
      requestsPerSec: 100,
      p50Ms: 5,
      p99Ms: 20,
      maxMs: 30,
      requests: 2000,
      errors: 0,
      timeouts: 0,
      non2xx: 0,
    };
    expect(routeProblems(ok)).toEqual([]);
    expect(routeProblems({ ...ok, path: "/embed", status: 404, non2xx: 1 })).toEqual([
      "404: the route does not exist",
      "1 non-2xx responses",
    ]);
    expect(routeProblems({ ...ok, timeouts: 2, errors: 2 })).toEqual(["2 errors", "2 timeouts"]);
    expect(routeProblems({ ...ok, requests: 0 })).toEqual(["no request completed during the run"]);
    const table = loadTable([ok], {
      connections: 50,
      durationS: 20,
      date: "2026-01-02",
      machine: "Test CPU (2 cores)",
      dataset: "seed data",
    });
    expect(table).toContain("| `/` | 100 | 5 | 20 | 2000 | 0 | 0 | 0 |");
  });
});
