// Stage 1: seed articles as text plus the sha256 of their exact bytes (the provenance anchor).
// `toSeed` is pure; `readSeeds` is the only part that touches the disk.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface Seed {
  /** File name without extension, e.g. `000_2b3d85fb553a0ae0`. */
  id: string;
  file: string;
  text: string;
  sha256: string;
}

export const SEED_FILE_PATTERN = /\.(txt|md)$/i;

export function toSeed(file: string, bytes: Uint8Array): Seed {
  return {
    id: file.replace(/\.[^.]+$/, ""),
    file,
    // Offsets everywhere are JS string indices into this decoded text.
    text: Buffer.from(bytes).toString("utf8"),
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

/** Every seed file in the directory, sorted by name so runs are deterministic. */
export function readSeeds(dir: string): Seed[] {
  return readdirSync(dir)
    .filter((name) => SEED_FILE_PATTERN.test(name))
    .sort()
    .map((file) => toSeed(file, readFileSync(path.join(dir, file))));
}
