// `npm run ingest` as a function. Each article is read, checked, registered as a source (copied
// verbatim into seeds/, or as extracted text for HTML; identified by the sha256 of its bytes, so the
// same text twice adds nothing), and its candidates are merged into data/curated/extracted.json:
// a candidate that is the same happening as an existing event only adds its sources (reviewed events
// are never overwritten). The whole new state is run through the data pipeline in memory first;
// only if that passes are seeds/, data/curated/ and data/ written, each file atomically.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { type DataProblem, formatProblem } from "../data-files";
import { buildData } from "../pipeline/build-data";
import { loadPipelineInputs } from "../pipeline/load-inputs";
import { toSeed } from "../pipeline/read-seeds";
import { runPipeline } from "../pipeline/run-pipeline";
import { toJsonText } from "../pipeline/serialize-dataset";
import { writeFilesAtomic } from "../pipeline/write-atomic";
import { eventsFileSchema, type NewsEvent, type Place, placesFileSchema } from "../schema";
import { type Candidate, extractArticle } from "./extract-article";
import { mergeCandidates, type SourcedCandidate, sameHappening } from "./merge-candidates";
import { indexGazetteer, kebab } from "./places";
import { readArticleFile } from "./read-article";
import { worldIndex } from "./world-cities";

export const ARTICLE_FILE = /\.(txt|md|markdown|html?)$/i;

export interface IngestOptions {
  /** Project root holding seeds/ and data/ (tests pass a temporary copy). */
  root: string;
  /** Files or folders to ingest. */
  inputs: readonly string[];
}

export interface FileOutcome {
  file: string;
  status: "added" | "unchanged" | "failed";
  /** For failures: why, in one line. For others: the seed file and counts. */
  message: string;
  sourceId?: string;
  events?: number;
}

export interface IngestResult {
  files: FileOutcome[];
  newEvents: number;
  sourcesAdded: number;
  updatedEvents: number;
  newPlaces: number;
  problems: DataProblem[];
  written: string[];
}

/** The article files named by the inputs: files as given, folders searched recursively. */
export function expandInputs(inputs: readonly string[]): Array<{ file: string; error?: string }> {
  const out: Array<{ file: string; error?: string }> = [];
  for (const input of inputs) {
    if (!existsSync(input)) {
      out.push({ file: input, error: "no such file or folder" });
      continue;
    }
    if (!statSync(input).isDirectory()) {
      out.push({ file: input });
      continue;
    }
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (ARTICLE_FILE.test(name)) out.push({ file: full });
      }
    };
    walk(input);
  }
  return out;
}

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

function readJson<T>(file: string, fallback: T): T {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : fallback;
}

/** An existing event seen as a candidate, for duplicate detection. */
function eventAsCandidate(e: NewsEvent, places: Map<string, Place>): Candidate {
  const records = e.places.map((id) => places.get(id)).filter((p): p is Place => p !== undefined);
  return {
    file: e.sources[0]?.sourceId ?? "",
    title: e.title,
    category: e.category,
    start: e.start,
    end: e.end,
    precision: e.precision,
    places: records.map((p) => ({ id: p.id, name: p.name, lat: p.lat, lon: p.lon })),
    actors: e.actors,
    quote: e.sources[0]?.quote ?? "",
    start_offset: e.sources[0]?.start ?? 0,
    end_offset: e.sources[0]?.end ?? 0,
    confidence: e.confidence,
    evidence: [],
    notes: [],
    placeRecords: records,
    unresolvedPlaces: [],
    categoryScores: {},
  };
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base || "event";
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function ingest(options: IngestOptions): IngestResult {
  const { root } = options;
  const seedsDir = path.join(root, "seeds");
  const curatedDir = path.join(root, "data", "curated");
  const extractedFile = path.join(curatedDir, "extracted.json");
  const placesFile = path.join(curatedDir, "places.json");
  const result: IngestResult = {
    files: [],
    newEvents: 0,
    sourcesAdded: 0,
    updatedEvents: 0,
    newPlaces: 0,
    problems: [],
    written: [],
  };

  const loaded = loadPipelineInputs(root);
  if (loaded.problems.length) {
    result.problems = loaded.problems;
    return result;
  }
  const { inputs } = loaded;
  const gazetteerPlaces = placesFileSchema.parse(JSON.parse(inputs.curated.places.text));
  const gazetteer = indexGazetteer(gazetteerPlaces);
  const world = worldIndex();
  const known = new Map(inputs.seeds.map((s) => [s.sha256, s.id]));
  let nextIndex =
    Math.max(
      -1,
      ...inputs.seeds.map((s) => Number(/^(\d+)_/.exec(s.id)?.[1] ?? -1)).filter(Number.isFinite),
    ) + 1;

  const newSeeds: Array<{ file: string; content: Uint8Array; id: string }> = [];
  const candidates: Candidate[] = [];
  for (const { file, error } of expandInputs(options.inputs)) {
    if (error) {
      result.files.push({ file, status: "failed", message: error });
      continue;
    }
    const read = readArticleFile(file, readFileSync);
    if (!read.ok) {
      result.files.push({ file, status: "failed", message: read.reason });
      continue;
    }
    // HTML is stored as its extracted text, so that quotes and offsets refer to what is stored.
    const stored = read.kind === "html" ? new TextEncoder().encode(read.text) : read.bytes;
    const hash = sha256(stored);
    const existing = known.get(hash);
    if (existing) {
      result.files.push({
        file,
        status: "unchanged",
        message: `already ingested as ${existing}`,
        sourceId: existing,
      });
      continue;
    }
    const id = `${String(nextIndex).padStart(3, "0")}_${hash.slice(0, 16)}`;
    const ext = read.kind === "md" ? "md" : "txt";
    const seed = toSeed(`${id}.${ext}`, stored);
    const extraction = extractArticle(seed.file, seed.text, { gazetteer, world });
    if (extraction.problem) {
      result.files.push({ file, status: "failed", message: extraction.problem });
      continue;
    }
    nextIndex++;
    known.set(hash, id);
    newSeeds.push({ file: seed.file, content: stored, id });
    candidates.push(...extraction.candidates.map((c) => ({ ...c, file: id })));
    result.files.push({
      file,
      status: "added",
      message: `seeds/${seed.file}: ${extraction.candidates.length} candidate event(s)`,
      sourceId: id,
      events: extraction.candidates.length,
    });
  }
  if (newSeeds.length === 0) return result;

  // Merge the new candidates with each other, then with what the dataset already has.
  const extracted = eventsFileSchema.parse(readJson(extractedFile, { events: [] })).events;
  const current = readJson<{ events: NewsEvent[] }>(path.join(root, "data", "events.json"), {
    events: [],
  }).events;
  const newPlaces = new Map<string, Place>();
  for (const c of candidates)
    for (const p of c.placeRecords)
      if (!gazetteerPlaces.some((g) => g.id === p.id)) newPlaces.set(p.id, p);
  const allPlaces = new Map([...gazetteerPlaces, ...newPlaces.values()].map((p) => [p.id, p]));
  const takenIds = new Set([...current.map((e) => e.id), ...extracted.map((e) => e.id)]);
  const nextExtracted = [...extracted];
  const refsOf = (m: SourcedCandidate) =>
    m.sources.map((s) => ({ sourceId: s.file, quote: s.quote, start: s.start, end: s.end }));
  for (const m of mergeCandidates(candidates)) {
    const pool = [
      ...nextExtracted,
      ...current.filter((e) => !nextExtracted.some((x) => x.id === e.id)),
    ];
    const same = pool.find((e) => sameHappening(eventAsCandidate(e, allPlaces), m));
    const inExtracted = same ? nextExtracted.findIndex((e) => e.id === same.id) : -1;
    if (same && inExtracted !== -1) {
      const e = nextExtracted[inExtracted] as NewsEvent;
      nextExtracted[inExtracted] = { ...e, sources: [...e.sources, ...refsOf(m)] };
      result.updatedEvents++;
      continue;
    }
    if (same) {
      // A reviewed event: this entry only lends it sources (the pipeline keeps the reviewed fields).
      nextExtracted.push({ ...toEvent(m, same.id), title: same.title });
      result.updatedEvents++;
      continue;
    }
    const base = kebab(`${m.category}-${m.places[0]?.id ?? "unplaced"}-${m.start}`);
    nextExtracted.push(toEvent(m, uniqueId(base, takenIds)));
    result.newEvents++;
  }
  result.sourcesAdded = newSeeds.length;
  result.newPlaces = newPlaces.size;

  const extractedText = toJsonText({ events: nextExtracted });
  const placesText = newPlaces.size
    ? toJsonText([...gazetteerPlaces, ...newPlaces.values()])
    : inputs.curated.places.text;
  // Dry run of the whole pipeline on the new state: nothing is written unless it passes.
  const dry = runPipeline({
    seeds: [...inputs.seeds, ...newSeeds.map((s) => toSeed(s.file, s.content))],
    curated: {
      ...inputs.curated,
      places: { file: inputs.curated.places.file, text: placesText },
      extracted: { file: path.join("data", "curated", "extracted.json"), text: extractedText },
    },
  });
  if (dry.problems.length) {
    result.problems = dry.problems;
    for (const f of result.files)
      if (f.status === "added")
        Object.assign(f, {
          status: "failed",
          message: "not written: the dataset would be invalid (see problems)",
        });
    return result;
  }
  const seedPaths = newSeeds.map((s) => path.join(seedsDir, s.file));
  const curatedBefore = {
    extracted: existsSync(extractedFile) ? readFileSync(extractedFile, "utf8") : null,
    places: inputs.curated.places.text,
  };
  try {
    writeFilesAtomic(
      newSeeds.map((s, i) => ({
        path: seedPaths[i] as string,
        content: Buffer.from(s.content).toString("utf8"),
      })),
    );
    result.written.push(...seedPaths);
    result.written.push(
      ...writeFilesAtomic([
        { path: extractedFile, content: extractedText },
        { path: placesFile, content: placesText },
      ]),
    );
    const built = buildData({ root });
    if (!built.ok) throw new Error(built.problems.map(formatProblem).join("\n"));
    result.written.push(...built.changed);
  } catch (error) {
    // Put seeds/ and data/curated/ back as they were; data/ was not written (buildData is atomic).
    for (const p of seedPaths) rmSync(p, { force: true });
    const restore = [{ path: placesFile, content: curatedBefore.places }];
    if (curatedBefore.extracted !== null)
      restore.push({ path: extractedFile, content: curatedBefore.extracted });
    else rmSync(extractedFile, { force: true });
    writeFilesAtomic(restore);
    result.problems.push({
      file: "data",
      record: null,
      field: null,
      message: `nothing written: ${(error as Error).message}`,
    });
    result.written = [];
  }
  return result;
}

function toEvent(m: SourcedCandidate, id: string): NewsEvent {
  return {
    id,
    title: m.title,
    summary: m.quote.length > 280 ? `${m.quote.slice(0, 277)}…` : m.quote,
    category: m.category,
    start: m.start,
    end: m.end,
    precision: m.precision,
    places: m.places.map((p) => p.id),
    actors: m.actors,
    sources: m.sources.map((s) => ({
      sourceId: s.file,
      quote: s.quote,
      start: s.start,
      end: s.end,
    })),
    status: "extracted",
    confidence: m.confidence,
    notes: [...m.notes, ...m.unresolvedPlaces.map((u) => `unresolved place: ${u}`)],
  };
}
