// `npm run data` as a function: load inputs, run the pipeline, and either write the three
// output files atomically or — on any problem — write nothing and return every problem.
import path from "node:path";
import type { DataProblem } from "../data-files";
import { eventsFileSchema, placesFileSchema, sourcesFileSchema } from "../schema";
import { loadPipelineInputs } from "./load-inputs";
import { runPipeline } from "./run-pipeline";
import { serializeDataset } from "./serialize-dataset";
import { writeFilesAtomic } from "./write-atomic";

export interface BuildDataOptions {
  /** Project root holding seeds/ and data/curated/. */
  root: string;
  /** Where events.json, places.json and sources.json go (default `<root>/data`). */
  outDir?: string;
}

export type BuildDataResult =
  | { ok: true; changed: string[]; counts: { events: number; places: number; sources: number } }
  | { ok: false; problems: DataProblem[] };

export function buildData(options: BuildDataOptions): BuildDataResult {
  const outDir = options.outDir ?? path.join(options.root, "data");
  const loaded = loadPipelineInputs(options.root);
  if (loaded.problems.length) return { ok: false, problems: loaded.problems };
  const result = runPipeline(loaded.inputs);
  if (result.problems.length) return { ok: false, problems: result.problems };

  // The output must satisfy the published contract; a failure here is a pipeline bug.
  const contract: DataProblem[] = [];
  const check = (file: string, ok: boolean, message: string) => {
    if (!ok) contract.push({ file, record: null, field: null, message });
  };
  const events = eventsFileSchema.safeParse({ events: result.events });
  const places = placesFileSchema.safeParse(result.places);
  const sources = sourcesFileSchema.safeParse(result.sources);
  check("data/events.json", events.success, `output violates schema: ${events.error?.message}`);
  check("data/places.json", places.success, `output violates schema: ${places.error?.message}`);
  check("data/sources.json", sources.success, `output violates schema: ${sources.error?.message}`);
  if (contract.length) return { ok: false, problems: contract };

  const text = serializeDataset(result);
  const changed = writeFilesAtomic([
    { path: path.join(outDir, "events.json"), content: text.events },
    { path: path.join(outDir, "places.json"), content: text.places },
    { path: path.join(outDir, "sources.json"), content: text.sources },
  ]);
  return {
    ok: true,
    changed,
    counts: {
      events: result.events.length,
      places: result.places.length,
      sources: result.sources.length,
    },
  };
}
