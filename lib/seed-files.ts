// Lists the seed articles on disk (the server-component path of the first page).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface SeedFile {
  id: string;
  file: string;
  firstLine: string;
  bytes: number;
}

export const SEEDS_DIR = path.join(process.cwd(), "seeds");

export function listSeedFiles(dir = SEEDS_DIR): SeedFile[] {
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((name) => /\.(txt|md|html?)$/i.test(name))
    .sort()
    .map((file) => {
      const text = readFileSync(/*turbopackIgnore: true*/ path.join(dir, file), "utf8");
      const firstLine = text.split("\n").find((line) => line.trim() !== "") ?? "";
      return {
        id: file.replace(/\.[^.]+$/, ""),
        file,
        firstLine: firstLine.trim(),
        bytes: Buffer.byteLength(text),
      };
    });
}
