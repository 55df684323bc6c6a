// npm run validate [-- --events F --places F --sources F --seeds DIR --skip-text]
// Checks the data files (default data/*.json, or EVENTS_FILE / PLACES_FILE / SOURCES_FILE)
// against the schemas and cross-references; prints every problem; exits 1 if there is any.
import { existsSync } from "node:fs";
import path from "node:path";
import { checkDatasetFiles, datasetPaths, formatProblem } from "../lib/data-files";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

const defaults = datasetPaths();
const paths = {
  events: path.resolve(arg("events") ?? defaults.events),
  places: path.resolve(arg("places") ?? defaults.places),
  sources: path.resolve(arg("sources") ?? defaults.sources),
};
// Source texts: --seeds / SEEDS_DIR, else a seeds/ folder beside the sources file (the synthetic
// layout), else the repository's seeds/.
const besideSources = path.join(path.dirname(paths.sources), "seeds");
const seeds =
  arg("seeds") ?? process.env.SEEDS_DIR ?? (existsSync(besideSources) ? besideSources : undefined);
const started = performance.now();
const problems = checkDatasetFiles(paths, {
  seedsDir: seeds ? path.resolve(seeds) : undefined,
  skipText: process.argv.includes("--skip-text"),
});
const ms = Math.round(performance.now() - started);
const shown = Object.values(paths)
  .map((p) => path.relative(process.cwd(), p))
  .join(", ");
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s) in ${shown} (${ms} ms)`);
  process.exit(1);
}
console.log(`valid: ${shown} (${ms} ms)`);
