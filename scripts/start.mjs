#!/usr/bin/env node
// `npm start`: build the production app when the build is missing or older than the sources,
// then serve it on PORT (default 3000) with scripts/serve.mjs.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
// Read by next.config.ts (production security headers) and by Next itself; set before either loads.
process.env.NODE_ENV = "production";
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const SOURCE_ROOTS = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

function needsBuild() {
  const buildId = path.join(distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCE_ROOTS.some((entry) => newestMtime(path.join(root, entry)) > built);
}

if (process.env.SKIP_BUILD !== "1" && needsBuild()) {
  console.log("start: building the production app (next build)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  });
  if (build.status !== 0) {
    console.error("start: the build failed; see the messages above.");
    process.exit(build.status ?? 1);
  }
}

const port = Number(process.env.PORT || "3000");
const host = process.env.HOSTNAME || "0.0.0.0";
const { serve } = await import("./serve.mjs");
try {
  await serve({ root, distDir, port, host });
} catch (error) {
  console.error(`start: could not serve on ${host}:${port}: ${error?.message ?? error}`);
  process.exit(1);
}
