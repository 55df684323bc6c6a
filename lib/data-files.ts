// Reads and validates the normalised data files. Usable from scripts and the server alike
// (lib/events.ts wraps it with a server-only cache). Errors name the file, record and field.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { validateDataset } from "./pipeline/validate-dataset";
import {
  type EventsFile,
  eventsFileSchema,
  type Place,
  placesFileSchema,
  type Source,
  sourcesFileSchema,
} from "./schema";

export interface Dataset {
  events: EventsFile["events"];
  places: Place[];
  sources: Source[];
}

export interface DataProblem {
  file: string;
  /** Record id or index, e.g. `events[3] (war-2020)`; null for the file as a whole. */
  record: string | null;
  field: string | null;
  message: string;
}

export class DataFileError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "DataFileError";
  }
}

export function formatProblem(p: DataProblem): string {
  return `${[p.file, p.record, p.field].filter(Boolean).join(" › ")}: ${p.message}`;
}

export const DEFAULT_DATA_DIR = path.join(process.cwd(), "data");

export interface DatasetPaths {
  events: string;
  places: string;
  sources: string;
}

export function datasetPaths(
  dataDir = DEFAULT_DATA_DIR,
  eventsFile = process.env.EVENTS_FILE,
): DatasetPaths {
  // With only EVENTS_FILE set, places.json / sources.json beside it win when they exist (the
  // layout `npm run synth` writes), so `EVENTS_FILE=<dir>/events.json npm start` serves a whole set.
  const beside = (name: string): string | null => {
    if (!eventsFile) return null;
    const candidate = path.join(path.dirname(path.resolve(eventsFile)), name);
    return existsSync(/*turbopackIgnore: true*/ candidate) ? candidate : null;
  };
  return {
    events: eventsFile ? path.resolve(eventsFile) : path.join(dataDir, "events.json"),
    places: process.env.PLACES_FILE
      ? path.resolve(process.env.PLACES_FILE)
      : (beside("places.json") ?? path.join(dataDir, "places.json")),
    sources: process.env.SOURCES_FILE
      ? path.resolve(process.env.SOURCES_FILE)
      : (beside("sources.json") ?? path.join(dataDir, "sources.json")),
  };
}

/** Parse JSON text and validate it; problems carry the file, record and field. */
export function parseDataFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  recordLabel: (pathParts: PropertyKey[], value: unknown) => string | null = defaultRecordLabel,
): { data: z.infer<S> | null; problems: DataProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      data: null,
      problems: [
        { file, record: null, field: null, message: `not valid JSON: ${(error as Error).message}` },
      ],
    };
  }
  const result = schema.safeParse(json);
  if (result.success) return { data: result.data, problems: [] };
  return {
    data: null,
    problems: result.error.issues.map((issue) => {
      const { record, field } = splitIssuePath(issue.path, json, recordLabel);
      return { file, record, field, message: issue.message };
    }),
  };
}

function defaultRecordLabel(pathParts: PropertyKey[], value: unknown): string | null {
  const where = pathParts.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  const id =
    value && typeof value === "object" && "id" in value
      ? ` (${String((value as { id: unknown }).id)})`
      : "";
  return `${where.replace(/^\./, "")}${id}` || null;
}

/** Split a zod issue path into the record (up to the first array index) and the field inside it. */
function splitIssuePath(
  issuePath: PropertyKey[],
  root: unknown,
  recordLabel: (pathParts: PropertyKey[], value: unknown) => string | null,
): { record: string | null; field: string | null } {
  const indexAt = issuePath.findIndex((p) => typeof p === "number");
  if (indexAt === -1) return { record: null, field: issuePath.map(String).join(".") || null };
  const recordPath = issuePath.slice(0, indexAt + 1);
  let value: unknown = root;
  for (const part of recordPath)
    value = (value as Record<PropertyKey, unknown> | undefined)?.[part];
  const fieldParts = issuePath.slice(indexAt + 1);
  return {
    record: recordLabel(recordPath, value),
    field: fieldParts.length
      ? fieldParts
          .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
          .join(".")
          .replace(/\.\[/g, "[")
      : null,
  };
}

function readText(file: string): { text: string | null; problem: DataProblem | null } {
  try {
    return { text: readFileSync(/*turbopackIgnore: true*/ file, "utf8"), problem: null };
  } catch (error) {
    return {
      text: null,
      problem: {
        file,
        record: null,
        field: null,
        message: `cannot read: ${(error as Error).message}`,
      },
    };
  }
}

/** Read and schema-validate the three data files; throws DataFileError listing every problem. */
export function readDataset(paths: DatasetPaths = datasetPaths()): Dataset {
  const problems: DataProblem[] = [];
  const load = <S extends z.ZodType>(file: string, schema: S): z.infer<S> | null => {
    const { text, problem } = readText(file);
    if (problem) {
      problems.push(problem);
      return null;
    }
    const parsed = parseDataFile(path.relative(process.cwd(), file) || file, text ?? "", schema);
    problems.push(...parsed.problems);
    return parsed.data;
  };
  const events = load(paths.events, eventsFileSchema);
  const places = load(paths.places, placesFileSchema);
  const sources = load(paths.sources, sourcesFileSchema);
  if (problems.length > 0 || !events || !places || !sources) throw new DataFileError(problems);
  return { events: events.events, places, sources };
}

export interface CheckDatasetOptions {
  /** Directory holding each source's `file`; quotes are checked against those texts. */
  seedsDir?: string;
  /** Skip the quote-at-offset check (e.g. synthetic data without source texts). */
  skipText?: boolean;
}

/**
 * Every problem in a dataset — schema and cross-reference (unknown ids, duplicate ids, dates,
 * precision, quotes at their offsets) — without throwing. Used by `npm run validate`.
 */
export function checkDatasetFiles(
  paths: DatasetPaths = datasetPaths(),
  options: CheckDatasetOptions = {},
): DataProblem[] {
  const problems: DataProblem[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file) || file;
  const load = <S extends z.ZodType>(file: string, schema: S): z.infer<S> | null => {
    const { text, problem } = readText(file);
    if (problem) {
      problems.push({ ...problem, file: rel(file) });
      return null;
    }
    const parsed = parseDataFile(rel(file), text ?? "", schema);
    problems.push(...parsed.problems);
    return parsed.data;
  };
  const events = load(paths.events, eventsFileSchema);
  const places = load(paths.places, placesFileSchema);
  const sources = load(paths.sources, sourcesFileSchema);
  if (!events || !places || !sources) return problems;

  let sourceTexts: Map<string, string> | null = null;
  if (!options.skipText) {
    const seedsDir = options.seedsDir ?? path.join(process.cwd(), "seeds");
    sourceTexts = new Map();
    sources.forEach((s, i) => {
      const file = path.join(seedsDir, s.file);
      let bytes: Buffer;
      try {
        bytes = readFileSync(/*turbopackIgnore: true*/ file);
      } catch {
        problems.push({
          file: rel(paths.sources),
          record: `[${i}] (${s.id})`,
          field: "file",
          message: `source text ${rel(file)} not found (pass --seeds DIR, or --skip-text to check without texts)`,
        });
        return;
      }
      const sha = createHash("sha256").update(bytes).digest("hex");
      if (sha !== s.sha256)
        problems.push({
          file: rel(paths.sources),
          record: `[${i}] (${s.id})`,
          field: "sha256",
          message: `${rel(file)} has sha256 ${sha}; the data was built from a different text`,
        });
      sourceTexts?.set(s.id, bytes.toString("utf8"));
    });
  }
  problems.push(
    ...validateDataset(
      { events: events.events, places, sources },
      {
        labels: {
          events: rel(paths.events),
          places: rel(paths.places),
          sources: rel(paths.sources),
        },
        sourceTexts,
      },
    ),
  );
  return problems;
}
