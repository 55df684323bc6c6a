// Stage 10: all-or-nothing output. Every file is first written in full to a temp file beside
// its target; only when all temp files exist are they renamed over the targets (rename is
// atomic on one filesystem), so a crash or error never leaves a half-written data file.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface FileContent {
  path: string;
  content: string;
}

/** Writes the files atomically; returns the paths whose content actually changed. */
export function writeFilesAtomic(files: readonly FileContent[]): string[] {
  const changed = files.filter(
    (f) => !existsSync(f.path) || readFileSync(f.path, "utf8") !== f.content,
  );
  const temps: { temp: string; target: string }[] = [];
  try {
    for (const f of changed) {
      const temp = path.join(
        path.dirname(f.path),
        `.${path.basename(f.path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
      );
      temps.push({ temp, target: f.path });
      writeFileSync(temp, f.content, { encoding: "utf8", flag: "wx" });
    }
  } catch (error) {
    for (const t of temps) rmSync(t.temp, { force: true });
    throw error;
  }
  for (const t of temps) renameSync(t.temp, t.target);
  return changed.map((f) => f.path);
}
