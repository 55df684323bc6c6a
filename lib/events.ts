// Server-only access to the dataset: read once per process, validated, cached. The cache lives on
// globalThis (lib/dataset-memo.ts) because every route bundle gets its own copy of this module:
// with a module-level variable each route parsed and kept its own copy of the data (~1 GB at 100k).
import "server-only";
import { type Dataset, readDataset } from "./data-files";
import { processSingleton } from "./dataset-memo";

const slot = () => processSingleton("dataset", () => ({ cached: null as Dataset | null }));

export function getDataset(): Dataset {
  const holder = slot();
  holder.cached ??= readDataset();
  return holder.cached;
}
