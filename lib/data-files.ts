// Reads and validates the normalised data files. Usable from scripts and the server alike
// (lib/events.ts wraps it with a server-only cache). Errors name the file, record and field.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
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
  return [p.file, p.record, p.field].filter(Boolean).join(" › ") + `: ${p.message}`;
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
  return {
    events: eventsFile ? path.resolve(eventsFile) : path.join(dataDir, "events.json"),
    places: process.env.PLACES_FILE
      ? path.resolve(process.env.PLACES_FILE)
      : path.join(dataDir, "places.json"),
    sources: process.env.SOURCES_FILE
      ? path.resolve(process.env.SOURCES_FILE)
      : path.join(dataDir, "sources.json"),
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
