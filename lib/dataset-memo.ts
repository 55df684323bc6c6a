// Per-dataset memoisation shared by every route of the server process. Next bundles each route
// separately, so a module-level WeakMap (or `let cached`) exists once per route bundle: at 100k
// events that meant one parsed dataset, one encoded body and one content hash per route. Keeping
// the tables on globalThis (under a registry symbol) makes each derived value exist once.
const REGISTRY = Symbol.for("event-atlas.dataset-memo");

type Registry = Map<string, WeakMap<object, unknown>>;

function registry(): Registry {
  const holder = globalThis as { [REGISTRY]?: Registry };
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

/** `compute(dataset)` once per (name, dataset object); later calls return the same value. */
export function memoPerDataset<D extends object, T>(
  name: string,
  dataset: D,
  compute: (dataset: D) => T,
): T {
  const tables = registry();
  let table = tables.get(name);
  if (!table) {
    table = new WeakMap();
    tables.set(name, table);
  }
  if (table.has(dataset)) return table.get(dataset) as T;
  const value = compute(dataset);
  table.set(dataset, value);
  return value;
}

/** A process-wide singleton slot (e.g. the loaded dataset itself), shared by all route bundles. */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`event-atlas.singleton.${name}`);
  const holder = globalThis as Record<symbol, unknown>;
  if (!(key in holder)) holder[key] = create();
  return holder[key] as T;
}
