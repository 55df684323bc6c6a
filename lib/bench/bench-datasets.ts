// Synthetic datasets for the benchmark, generated once per (size, seed) and cached under
// bench/tmp/ (gitignored). events.json is written last, so its presence means the set is complete.
import { existsSync } from "node:fs";
import path from "node:path";
import { type SynthPaths, synthPaths, writeSynthDataset } from "../synth/dataset-files";
import { generateDataset } from "../synth/generate";

/** Bump when the generator's output changes, so stale caches are not reused. */
export const SYNTH_CACHE_VERSION = 1;

export function benchDatasetPaths(root: string, size: number, seed: string): SynthPaths {
  return synthPaths(
    path.join(
      root,
      "bench",
      "tmp",
      `synth-v${SYNTH_CACHE_VERSION}-seed-${seed}-${size}`,
      "events.json",
    ),
  );
}

export function ensureBenchDataset(
  root: string,
  size: number,
  seed: string,
): { paths: SynthPaths; generated: boolean } {
  const paths = benchDatasetPaths(root, size, seed);
  if (existsSync(paths.events)) return { paths, generated: false };
  writeSynthDataset(paths, generateDataset({ events: size, seed }));
  return { paths, generated: true };
}

/** Environment that points the app at a dataset. */
export function datasetEnv(paths: SynthPaths): Record<string, string> {
  return { EVENTS_FILE: paths.events, PLACES_FILE: paths.places, SOURCES_FILE: paths.sources };
}
