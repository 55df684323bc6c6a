// Load-test results: the verdict per route and the markdown table for the README. Pure.
export interface RouteLoad {
  path: string;
  /** Status of a single warm-up request (404 = the route does not exist). */
  status: number;
  requestsPerSec: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export function routeProblems(route: RouteLoad): string[] {
  const problems: string[] = [];
  if (route.status === 404) problems.push("404: the route does not exist");
  else if (route.status < 200 || route.status >= 300)
    problems.push(`warm-up answered ${route.status}`);
  else if (route.requests === 0) problems.push("no request completed during the run");
  if (route.errors > 0) problems.push(`${route.errors} errors`);
  if (route.timeouts > 0) problems.push(`${route.timeouts} timeouts`);
  if (route.non2xx > 0) problems.push(`${route.non2xx} non-2xx responses`);
  return problems;
}

export function loadTable(
  routes: readonly RouteLoad[],
  setup: { connections: number; durationS: number; date: string; machine: string; dataset: string },
): string {
  const lines = [
    `Load test ${setup.date.slice(0, 10)} on ${setup.machine}: autocannon, ${setup.connections} connections × ${setup.durationS} s per route, production server on loopback, ${setup.dataset}.`,
    "",
    "| route | req/s | p50 ms | p99 ms | requests | errors | timeouts | non-2xx |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of routes) {
    const missing = r.status === 404 ? " (404: missing)" : "";
    lines.push(
      `| \`${r.path}\`${missing} | ${r.requestsPerSec ?? "–"} | ${r.p50Ms ?? "–"} | ${r.p99Ms ?? "–"} | ${r.requests} | ${r.errors} | ${r.timeouts} | ${r.non2xx} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
