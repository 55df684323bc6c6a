// Reads the curated gazetteer for extraction (data/curated/places.json, else data/places.json).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Place, placesFileSchema } from "../schema";

export function gazetteerPath(root: string): string {
  const curated = path.join(root, "data", "curated", "places.json");
  return existsSync(curated) ? curated : path.join(root, "data", "places.json");
}

export function readGazetteer(root: string): Place[] {
  const file = gazetteerPath(root);
  const parsed = placesFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: not a valid gazetteer: ${parsed.error.message}`);
  return parsed.data;
}
