// Server-only access to the dataset: read once per process, validated, cached.
import "server-only";
import { type Dataset, readDataset } from "./data-files";

let cached: Dataset | null = null;

export function getDataset(): Dataset {
  cached ??= readDataset();
  return cached;
}
