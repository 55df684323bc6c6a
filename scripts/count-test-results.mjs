#!/usr/bin/env node
// Prints "tests: N passed, M failed" from the vitest JUnit report and the Playwright JSON report.
// A runner that did not leave its report (it never ran) counts as one failure, so a broken
// pipeline can never print a clean line. Exits 1 when anything failed.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2] || "reports";
let passed = 0;
let failed = 0;

const junit = path.join(dir, "unit-junit.xml");
if (existsSync(junit)) {
  const xml = readFileSync(junit, "utf8");
  const suites = xml.match(/<testsuites\b[^>]*>/);
  const attr = (name) => Number(suites?.[0].match(new RegExp(`${name}="(\\d+)"`))?.[1] ?? 0);
  const total = attr("tests");
  const bad = attr("failures") + attr("errors");
  // The root element carries no skipped count; sum it over the suites.
  const skipped = [...xml.matchAll(/<testsuite\b[^>]*\bskipped="(\d+)"/g)].reduce(
    (sum, m) => sum + Number(m[1]),
    0,
  );
  passed += total - bad - skipped;
  failed += bad;
} else {
  console.error(`count: ${junit} missing (unit tests did not run)`);
  failed += 1;
}

const e2e = path.join(dir, "e2e.json");
if (existsSync(e2e)) {
  const report = JSON.parse(readFileSync(e2e, "utf8"));
  passed += report.stats?.expected ?? 0;
  failed += (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0);
  if ((report.errors ?? []).length > 0) failed += report.errors.length;
} else {
  console.error(`count: ${e2e} missing (end-to-end tests did not run)`);
  failed += 1;
}

console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
