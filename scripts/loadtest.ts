// `npm run loadtest [-- --duration 20 --connections 50 --paths /,/embed,/api/chart.svg,/api/events.csv
//   --events N (serve a synthetic dataset of N events instead of data/) --no-build --port 3400]`
// Serves the production app on loopback (building it first when out of date; NEXT_DIST_DIR,
// default .next), runs autocannon against each route in turn, prints req/s and latency, writes
// bench/loadtest.json and bench/loadtest-table.md, stops the server's process group, and exits
// non-zero when any route had errors, timeouts, non-2xx answers or does not exist.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startAppServer } from "../lib/bench/app-server";
import { datasetEnv, ensureBenchDataset } from "../lib/bench/bench-datasets";
import { freePort } from "../lib/bench/free-port";
import { loadTable, type RouteLoad, routeProblems } from "../lib/bench/load-report";
import { round1 } from "../lib/bench/stats";

const ROOT = path.resolve(__dirname, "..");

function writeAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "20" },
      connections: { type: "string", default: "50" },
      paths: { type: "string", default: "/,/embed,/api/chart.svg,/api/events.csv" },
      events: { type: "string" },
      seed: { type: "string", default: "1" },
      "no-build": { type: "boolean", default: false },
      port: { type: "string", default: "3400" },
      "request-timeout": { type: "string", default: "10" },
      out: { type: "string", default: "bench" },
    },
  });
  const durationS = Number(values.duration);
  const connections = Number(values.connections);
  const requestTimeoutS = Number(values["request-timeout"]);
  for (const [name, n] of [
    ["duration", durationS],
    ["connections", connections],
    ["request-timeout", requestTimeoutS],
  ] as const)
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  const routes = (values.paths ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  let env: Record<string, string> = {};
  let dataset = "seed data (data/)";
  if (values.events) {
    const size = Number(values.events);
    if (!Number.isInteger(size) || size < 1) throw new Error("--events must be a positive integer");
    env = datasetEnv(ensureBenchDataset(ROOT, size, values.seed ?? "1").paths);
    dataset = `synthetic dataset of ${size.toLocaleString("en-US")} events`;
  }
  const port = await freePort({ from: Number(values.port), to: Number(values.port) + 99 });
  console.log(`loadtest: serving on 127.0.0.1:${port} (${dataset})`);
  const server = await startAppServer({
    port,
    env: { ...env, ...(values["no-build"] ? { SKIP_BUILD: "1" } : {}) },
    timeoutMs: 30 * 60_000,
    readyPath: "/",
    quiet: !process.env.BENCH_VERBOSE,
  });
  const results: RouteLoad[] = [];
  try {
    for (const route of routes) {
      const url = `${server.url}${route}`;
      // One warm-up request: a missing route is reported as such, not hammered.
      const status = await fetch(url, { signal: AbortSignal.timeout(60_000) })
        .then(async (r) => {
          await r.arrayBuffer();
          return r.status;
        })
        .catch(() => 0);
      if (status === 404 || status === 0) {
        results.push({
          path: route,
          status,
          requestsPerSec: null,
          p50Ms: null,
          p99Ms: null,
          maxMs: null,
          requests: 0,
          errors: status === 0 ? 1 : 0,
          timeouts: 0,
          non2xx: status === 404 ? 1 : 0,
        });
        console.log(
          `loadtest: ${route}: ${status === 404 ? "404, the route does not exist" : "no answer"}`,
        );
        continue;
      }
      const r = await autocannon({
        url,
        connections,
        duration: durationS,
        timeout: requestTimeoutS,
      });
      const row: RouteLoad = {
        path: route,
        status,
        requestsPerSec: round1(r.requests.average),
        p50Ms: round1(r.latency.p50),
        p99Ms: round1(r.latency.p99),
        maxMs: round1(r.latency.max),
        requests: r.requests.total,
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
      };
      results.push(row);
      console.log(
        `loadtest: ${route}: ${row.requestsPerSec} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, ` +
          `${row.requests} requests, ${row.errors} errors, ${row.timeouts} timeouts, ${row.non2xx} non-2xx`,
      );
    }
  } finally {
    await server.stop();
  }
  const cpus = os.cpus();
  const setup = {
    connections,
    durationS,
    date: new Date().toISOString(),
    machine: `${cpus[0]?.model ?? "unknown CPU"} (${cpus.length} cores)`,
    dataset,
  };
  const table = loadTable(results, setup);
  writeAtomic(
    path.join(ROOT, values.out ?? "bench", "loadtest.json"),
    `${JSON.stringify({ ...setup, routes: results }, null, 2)}\n`,
  );
  writeAtomic(path.join(ROOT, values.out ?? "bench", "loadtest-table.md"), table);
  console.log(`\n${table}`);
  const problems = results.flatMap((r) => routeProblems(r).map((p) => `${r.path}: ${p}`));
  if (problems.length > 0) {
    console.error(`loadtest: FAILED\n  ${problems.join("\n  ")}`);
    return 1;
  }
  console.log("loadtest: no errors, timeouts or non-2xx responses");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`loadtest: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
