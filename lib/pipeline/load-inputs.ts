// Reads everything the pipeline needs from a project root: seeds/ and data/curated/.
// The optional extraction files are read only when present.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DataProblem } from "../data-files";
import { readSeeds } from "./read-seeds";
import type { InputFile, PipelineInputs } from "./run-pipeline";

export const CURATED_DIR = path.join("data", "curated");

function read(root: string, rel: string, problems: DataProblem[]): InputFile {
  const file = path.join(root, rel);
  try {
    return { file: rel, text: readFileSync(file, "utf8") };
  } catch (error) {
    problems.push({
      file: rel,
      record: null,
      field: null,
      message: `cannot read: ${(error as Error).message}`,
    });
    return { file: rel, text: "" };
  }
}

function readOptional(root: string, rel: string, problems: DataProblem[]): InputFile | null {
  return existsSync(path.join(root, rel)) ? read(root, rel, problems) : null;
}

export function loadPipelineInputs(root: string): {
  inputs: PipelineInputs;
  problems: DataProblem[];
} {
  const problems: DataProblem[] = [];
  const seedsDir = path.join(root, "seeds");
  let seeds: PipelineInputs["seeds"] = [];
  try {
    seeds = readSeeds(seedsDir);
  } catch (error) {
    problems.push({
      file: "seeds",
      record: null,
      field: null,
      message: `cannot read: ${(error as Error).message}`,
    });
  }
  const rel = (name: string) => path.join(CURATED_DIR, name);
  return {
    inputs: {
      seeds,
      curated: {
        places: read(root, rel("places.json"), problems),
        events: read(root, rel("events.json"), problems),
        sources: read(root, rel("sources.json"), problems),
        extracted: readOptional(root, rel("extracted.json"), problems),
        reviews: readOptional(root, rel("reviews.json"), problems),
      },
    },
    problems,
  };
}
