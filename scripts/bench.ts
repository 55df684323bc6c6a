// `npm run bench -- --sizes 1000,10000,100000 [--runs 3] [--baseline-runs N] [--naive-runs N]
//   [--variants app,naive,tuned]
//   [--timeout 180000] [--seed 1] [--interactions 8] [--scrub-steps 30] [--no-build] [--port 3400]`
// Generates (or reuses) synthetic datasets, serves the production app once per dataset with the
// benchmark baselines enabled, drives headless Chromium and writes bench/results.json and
// bench/README-table.md. Build folder: NEXT_DIST_DIR (default .next), built when out of date.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { startAppServer } from "../lib/bench/app-server";
import { datasetEnv, ensureBenchDataset } from "../lib/bench/bench-datasets";
import { freePort } from "../lib/bench/free-port";
import { measureRun, type RunMetrics, type RunOptions } from "../lib/bench/measure-run";
import { type BenchResults, type BenchRun, markdownTable, type Variant } from "../lib/bench/report";
import { median, round1 } from "../lib/bench/stats";
import { CHROMIUM_ARGS, findChromium } from "../tests/e2e/chromium-path";

const ROOT = path.resolve(__dirname, "..");
const VARIANT_PATHS: Record<Variant, string> = {
  app: "/",
  naive: "/bench/naive",
  tuned: "/bench/tuned",
};

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000,100000" },
      runs: { type: "string", default: "3" },
      "baseline-runs": { type: "string" },
      "naive-runs": { type: "string" },
      variants: { type: "string", default: "app,naive,tuned" },
      timeout: { type: "string", default: "180000" },
      seed: { type: "string", default: "1" },
      interactions: { type: "string", default: "8" },
      "scrub-steps": { type: "string", default: "30" },
      "no-build": { type: "boolean", default: false },
      port: { type: "string", default: "3400" },
      out: { type: "string", default: "bench" },
    },
  });
  const positive = (name: string, text: string | undefined) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
    return n;
  };
  const sizes = (values.sizes ?? "").split(",").map((s) => positive("sizes", s.trim()));
  const variants = (values.variants ?? "").split(",").map((v) => v.trim());
  for (const v of variants)
    if (!(v in VARIANT_PATHS))
      throw new Error(`--variants: unknown variant "${v}" (app, naive, tuned)`);
  return {
    sizes,
    variants: variants as Variant[],
    runs: positive("runs", values.runs),
    // The baselines take longer per run (naive: minutes at 10k): allow fewer runs for them.
    baselineRuns: positive("baseline-runs", values["baseline-runs"] ?? values.runs),
    naiveRuns: positive(
      "naive-runs",
      values["naive-runs"] ?? values["baseline-runs"] ?? values.runs,
    ),
    timeoutMs: positive("timeout", values.timeout),
    seed: values.seed ?? "1",
    interactions: positive("interactions", values.interactions),
    scrubSteps: positive("scrub-steps", values["scrub-steps"]),
    build: !values["no-build"],
    port: positive("port", values.port),
    outDir: path.resolve(ROOT, values.out ?? "bench"),
  };
}

function summarise(size: number, variant: Variant, runs: RunMetrics[]): BenchRun {
  const pick = (key: keyof RunMetrics) => median(runs.map((r) => r[key] as number | null));
  const timedOut = runs.some((r) => r.timedOut);
  return {
    size,
    variant,
    readyMs: timedOut ? null : pick("readyMs"),
    scrubP95Ms: round1(pick("scrubP95Ms")),
    scrubLatePct: round1(pick("scrubLatePct")),
    mapUpdateP95Ms: round1(pick("mapUpdateP95Ms")),
    selectP95Ms: round1(pick("selectP95Ms")),
    heapMB: round1(pick("heapMB")),
    transferKB: round1(pick("transferKB")),
    htmlKB: round1(pick("htmlKB")),
    ...(timedOut ? { timedOut: true } : {}),
    runs: runs.length,
    readiness: runs.find((r) => r.readiness)?.readiness ?? null,
    notes: [...new Set(runs.flatMap((r) => r.notes))],
  };
}

function writeAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

async function main(): Promise<void> {
  const options = parseOptions();
  const runOptions: RunOptions = {
    timeoutMs: options.timeoutMs,
    scrubSteps: options.scrubSteps,
    interactions: options.interactions,
    readyGraceMs: 3000,
  };
  for (const size of options.sizes) {
    const started = performance.now();
    const { paths, generated } = ensureBenchDataset(ROOT, size, options.seed);
    console.log(
      `bench: dataset ${size} events ${generated ? `generated in ${Math.round(performance.now() - started)} ms` : "cached"} (${path.relative(ROOT, path.dirname(paths.events))})`,
    );
  }
  const browserVersion = await (async () => {
    const b = await chromium.launch({
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    });
    const v = b.version();
    await b.close();
    return v;
  })();
  const cpus = os.cpus();
  const results: BenchResults = {
    machine: {
      cpuModel: cpus[0]?.model ?? "unknown",
      cpus: cpus.length,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      browser: `Chromium ${browserVersion}`,
    },
    date: new Date().toISOString(),
    options: {
      sizes: options.sizes,
      variants: options.variants,
      runs: options.runs,
      baselineRuns: options.baselineRuns,
      naiveRuns: options.naiveRuns,
      interleaved: true,
      timeoutMs: options.timeoutMs,
      seed: options.seed,
      interactions: options.interactions,
      scrubSteps: options.scrubSteps,
    },
    runs: [],
  };
  const timedOutAt = new Map<Variant, number>();
  let build = options.build;
  for (const size of options.sizes) {
    const { paths } = ensureBenchDataset(ROOT, size, options.seed);
    const port = await freePort({ from: options.port, to: options.port + 99 });
    console.log(
      `bench: serving ${size} events on 127.0.0.1:${port}${build ? " (building if needed)" : ""}`,
    );
    const server = await startAppServer({
      port,
      env: { ...datasetEnv(paths), BENCH_BASELINES: "1", ...(build ? {} : { SKIP_BUILD: "1" }) },
      timeoutMs: build ? 30 * 60_000 : 5 * 60_000,
      readyPath: options.variants.some((v) => v !== "app") ? "/bench/data" : "/",
      quiet: !process.env.BENCH_VERBOSE,
    });
    // Built once: later servers of this run reuse the build even if files change meanwhile.
    build = false;
    try {
      const active: Variant[] = [];
      for (const variant of options.variants) {
        const earlier = timedOutAt.get(variant);
        if (earlier === undefined) {
          active.push(variant);
          continue;
        }
        console.log(`bench: ${variant} @ ${size}: skipped, it already timed out at ${earlier}`);
        results.runs.push({
          ...summarise(size, variant, []),
          readyMs: null,
          timedOut: true,
          runs: 0,
          notes: [`not run: timed out at ${earlier} events`],
        });
      }
      // Warm the server-side render of each page before timing it in the browser.
      for (const variant of active)
        await fetch(`${server.url}${VARIANT_PATHS[variant]}`)
          .then((r) => r.arrayBuffer())
          .catch(() => undefined);
      const metrics = await interleavedRuns(server.url, size, active, runOptions, {
        app: options.runs,
        naive: options.naiveRuns,
        tuned: options.baselineRuns,
      });
      for (const variant of active) {
        const summary = summarise(size, variant, metrics.get(variant) ?? []);
        if (summary.timedOut) timedOutAt.set(variant, size);
        results.runs.push(summary);
      }
    } finally {
      await server.stop();
    }
  }
  const table = markdownTable(results, options.timeoutMs);
  writeAtomic(path.join(options.outDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeAtomic(path.join(options.outDir, "README-table.md"), table);
  console.log(`\n${table}`);
  console.log(
    `bench: wrote ${path.relative(ROOT, path.join(options.outDir, "results.json"))} and README-table.md`,
  );
}

/**
 * Runs the variants in rounds (app, naive, tuned, app, naive, tuned, …), each run in a fresh
 * browser context, so every variant meets the same machine: on a shared 2-core machine speed
 * drifts by tens of percent over minutes, and variants run one after the other would compare one
 * moment against another. A variant that times out is not run again.
 */
async function interleavedRuns(
  baseUrl: string,
  size: number,
  variants: readonly Variant[],
  runOptions: RunOptions,
  runsOf: Record<Variant, number>,
): Promise<Map<Variant, RunMetrics[]>> {
  const metrics = new Map<Variant, RunMetrics[]>(variants.map((v) => [v, []]));
  const rounds = Math.max(0, ...variants.map((v) => runsOf[v]));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    for (let round = 0; round < rounds; round++)
      for (const variant of variants) {
        const done = metrics.get(variant) ?? [];
        if (round >= runsOf[variant] || done.some((m) => m.timedOut)) continue;
        const m = await measureRun(browser, `${baseUrl}${VARIANT_PATHS[variant]}`, runOptions);
        done.push(m);
        console.log(
          `bench: ${variant} @ ${size} run ${round + 1}: ready ${m.readyMs ?? "–"} ms (${m.readiness ?? "timed out"}), ` +
            `scrub p95 ${m.scrubP95Ms ?? "–"} ms, map p95 ${m.mapUpdateP95Ms ?? "–"} ms, select p95 ${m.selectP95Ms ?? "–"} ms, ` +
            `heap ${m.heapMB ?? "–"} MB, transfer ${m.transferKB ?? "–"} KB (html ${m.htmlKB ?? "–"})` +
            (m.notes.length ? `\n    notes: ${m.notes.join("; ")}` : ""),
        );
      }
  } finally {
    await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 20_000))]);
  }
  return metrics;
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
