// Where a synthetic dataset lives on disk, and writing it atomically.
// Rule: `--out DIR/events.json` (any file name) writes the events there and, in the same folder,
// `places.json`, `sources.json` and `seeds/<source-id>.txt` (the source texts the quotes point
// into; each source's `file` is relative to that `seeds/` folder, like data/ + seeds/ in the repo).
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SynthDataset } from "./generate";

export interface SynthPaths {
  events: string;
  places: string;
  sources: string;
  seedsDir: string;
}

export function synthPaths(eventsFile: string): SynthPaths {
  const events = path.resolve(eventsFile);
  const dir = path.dirname(events);
  return {
    events,
    places: path.join(dir, "places.json"),
    sources: path.join(dir, "sources.json"),
    seedsDir: path.join(dir, "seeds"),
  };
}

function writeAtomic(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text, "utf8");
  renameSync(temp, file);
}

/** Texts first, events.json last: its presence means the whole dataset is complete. */
export function writeSynthDataset(paths: SynthPaths, dataset: SynthDataset): void {
  mkdirSync(paths.seedsDir, { recursive: true });
  for (const [file, text] of dataset.texts) writeAtomic(path.join(paths.seedsDir, file), text);
  writeAtomic(paths.places, `${JSON.stringify(dataset.places, null, 1)}\n`);
  writeAtomic(paths.sources, `${JSON.stringify(dataset.sources, null, 1)}\n`);
  // Compact: 100k events indented would be twice the bytes for no reader's benefit.
  writeAtomic(paths.events, `${JSON.stringify({ events: dataset.events })}\n`);
}
