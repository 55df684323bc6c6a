// bench/results.json shape, the targets, and the markdown table for the README. Pure.
import { FRAME_JITTER_MS, meetsFrameTarget, round1 } from "./stats";

export type Variant = "app" | "naive" | "tuned";

export interface BenchRun {
  size: number;
  variant: Variant;
  readyMs: number | null;
  scrubP95Ms: number | null;
  /** Share of scrub frames that missed a vsync, in % (absent in older results). */
  scrubLatePct?: number | null;
  mapUpdateP95Ms: number | null;
  selectP95Ms: number | null;
  heapMB: number | null;
  transferKB: number | null;
  /** Compressed HTML (with the inline RSC payload) of the first response. */
  htmlKB?: number | null;
  timedOut?: boolean;
  /** How many runs the medians are over, and how readiness was detected. */
  runs?: number;
  readiness?: "hook" | "heuristic" | null;
  notes?: string[];
}

export interface BenchResults {
  machine: Record<string, string | number>;
  date: string;
  options: Record<string, unknown>;
  runs: BenchRun[];
}

export interface Targets {
  readyMs: number;
  scrubP95Ms: number;
  mapUpdateP95Ms: number;
  selectP95Ms: number;
}

/** Targets from issue 8 (2-core machine, headless Chromium, no throttling). */
export function targetsFor(size: number): Targets {
  if (size <= 1_000)
    return { readyMs: 1500, scrubP95Ms: 16.7, mapUpdateP95Ms: 50, selectP95Ms: 100 };
  if (size <= 10_000)
    return { readyMs: 2500, scrubP95Ms: 16.7, mapUpdateP95Ms: 50, selectP95Ms: 100 };
  return { readyMs: 4000, scrubP95Ms: 33, mapUpdateP95Ms: 100, selectP95Ms: 200 };
}

export const HTML_BUDGET_KB = 150;

/** How many times faster the app is than a baseline on a metric (null when unknown). */
export function speedup(
  baseline: number | null,
  app: number | null,
  baselineTimedOut = false,
  timeoutMs = 0,
): { ratio: number | null; atLeast: boolean } {
  if (app === null || app <= 0) return { ratio: null, atLeast: false };
  if (baselineTimedOut) return { ratio: round1(timeoutMs / app), atLeast: true };
  if (baseline === null) return { ratio: null, atLeast: false };
  return { ratio: round1(baseline / app), atLeast: false };
}

const fmt = (value: number | null | undefined, unit = "") =>
  value === null || value === undefined ? "–" : `${value.toLocaleString("en-US")}${unit}`;

function cell(
  value: number | null | undefined,
  target: number | null,
  variant: Variant,
  meets: (value: number, target: number) => boolean = (v, t) => v <= t,
): string {
  const text = fmt(value);
  if (target === null || variant !== "app" || value === null || value === undefined) return text;
  return `${text} ${meets(value, target) ? "✅" : "❌"}`;
}

/** The scrub cell: p95 against the target in frames, and the share of late frames. */
function scrubCell(run: BenchRun, target: number): string {
  const p95 = cell(run.scrubP95Ms, target, run.variant, meetsFrameTarget);
  return run.scrubLatePct === null || run.scrubLatePct === undefined
    ? p95
    : `${p95} (${fmt(run.scrubLatePct)}% late)`;
}

/** " (tuned: 3, naive: 1)" when the baselines ran fewer times than the app, else "". */
function runCounts(options: BenchResults["options"]): string {
  const { runs, baselineRuns, naiveRuns } = options;
  const tuned = baselineRuns ?? runs;
  const naive = naiveRuns ?? tuned;
  if (tuned === runs && naive === runs) return "";
  return tuned === naive
    ? ` (baselines: ${String(tuned)})`
    : ` (tuned: ${String(tuned)}, naive: ${String(naive)})`;
}

export function markdownTable(results: BenchResults, timeoutMs: number): string {
  const lines = [
    `Measured ${results.date.slice(0, 10)} on ${results.machine.cpuModel} (${results.machine.cpus} cores), ` +
      `${results.machine.browser}, headless, no throttling; medians of ${String(results.options.runs)} runs` +
      runCounts(results.options) +
      (results.options.interleaved ? ", the variants' runs interleaved" : "") +
      ". " +
      "Targets in brackets (issue 8); ✅/❌ mark the app against them. " +
      "Frame intervals come in whole 60 Hz frames (16.7 ms, 33.3 ms) plus a few tenths of a millisecond of " +
      `timestamp jitter, so a scrub p95 within ${FRAME_JITTER_MS} ms above its target counts as that many frames; ` +
      "“late” is the share of scrub frames that missed at least one vsync.",
    "",
    "| events | variant | ready ms | scrub frame p95 ms | map update p95 ms | select p95 ms | JS heap MB | transfer KB (HTML+RSC) |",
    "|---:|---|---:|---:|---:|---:|---:|---:|",
  ];
  const sizes = [...new Set(results.runs.map((r) => r.size))].sort((a, b) => a - b);
  for (const size of sizes) {
    const t = targetsFor(size);
    lines.push(
      `| ${size.toLocaleString("en-US")} | *target* | ≤ ${fmt(t.readyMs)} | ≤ ${t.scrubP95Ms} | ≤ ${t.mapUpdateP95Ms} | ≤ ${t.selectP95Ms} | | HTML ≤ ${HTML_BUDGET_KB} |`,
    );
    for (const run of results.runs.filter((r) => r.size === size)) {
      const ready = run.timedOut
        ? `timed out (> ${fmt(timeoutMs)})`
        : cell(run.readyMs, t.readyMs, run.variant);
      const html =
        run.htmlKB === null || run.htmlKB === undefined
          ? ""
          : ` (${fmt(run.htmlKB)}${run.variant === "app" ? (run.htmlKB <= HTML_BUDGET_KB ? " ✅" : " ❌") : ""})`;
      lines.push(
        `| ${size.toLocaleString("en-US")} | ${run.variant} | ${ready} | ${scrubCell(run, t.scrubP95Ms)} | ${cell(run.mapUpdateP95Ms, t.mapUpdateP95Ms, run.variant)} | ${cell(run.selectP95Ms, t.selectP95Ms, run.variant)} | ${fmt(run.heapMB)} | ${fmt(run.transferKB)}${html} |`,
      );
    }
  }
  const at = (variant: Variant) =>
    results.runs.find((r) => r.size === 10_000 && r.variant === variant);
  const app = at("app");
  const tuned = at("tuned");
  if (app && tuned) {
    const ready = speedup(tuned.readyMs, app.readyMs, tuned.timedOut, timeoutMs);
    const scrub = speedup(tuned.scrubP95Ms, app.scrubP95Ms);
    const show = (s: { ratio: number | null; atLeast: boolean }, goal: number) =>
      s.ratio === null
        ? "–"
        : `${s.atLeast ? "≥ " : ""}${s.ratio}× ${s.ratio >= goal ? "✅" : "❌"}`;
    lines.push(
      "",
      `At 10,000 events the app vs the tuned baseline: ready ${show(ready, 5)} faster (target ≥ 5×), ` +
        `scrub frame p95 ${show(scrub, 4)} better (target ≥ 4×).`,
    );
  }
  return `${lines.join("\n")}\n`;
}
