// Shared by the data-*.test.ts files: a scratch copy of the project's pipeline inputs and
// outputs, so failure tests can corrupt inputs without touching the real tree.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = process.cwd();

export function scratchProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "event-atlas-data-"));
  cpSync(path.join(ROOT, "seeds"), path.join(dir, "seeds"), { recursive: true });
  cpSync(path.join(ROOT, "data", "curated"), path.join(dir, "data", "curated"), {
    recursive: true,
  });
  for (const f of ["events.json", "places.json", "sources.json"])
    cpSync(path.join(ROOT, "data", f), path.join(dir, "data", f));
  return dir;
}
