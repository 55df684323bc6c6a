// The whole pipeline as one pure function: seed texts and curated file contents in,
// normalised { sources, places, events } plus every problem out. No disk access here —
// load-inputs.ts reads, build-data.ts writes — so tests and other tools can call it directly.
//
// Seam for machine extraction: `curated.extracted` (data/curated/extracted.json, status
// "extracted" events in the output shape) is merged under the reviewed events (reviewed win
// and only gain sources). `curated.reviews` (data/curated/reviews.json) holds reviewer decisions
// (accept / reject / edit), applied to the extracted events before merging.
import { type DataProblem, type Dataset, parseDataFile } from "../data-files";
import { applyReviews, type ReviewsFile, reviewsFileSchema } from "../extract/reviews";
import type { NewsEvent, Place, Source } from "../schema";
import { buildReviewedEvents } from "./build-events";
import { buildSource } from "./build-sources";
import {
  type CuratedEvent,
  type CuratedSource,
  curatedEventsFileSchema,
  curatedPlacesFileSchema,
  curatedSourcesFileSchema,
  extractedEventsFileSchema,
} from "./curated-schema";
import { mergeEvents } from "./merge-events";
import type { Seed } from "./read-seeds";
import { canonicalDataset } from "./serialize-dataset";
import { validateDataset } from "./validate-dataset";

export interface InputFile {
  /** Name used in problem messages, e.g. `data/curated/events.json`. */
  file: string;
  text: string;
}

export interface PipelineInputs {
  seeds: readonly Seed[];
  curated: {
    places: InputFile;
    events: InputFile;
    sources: InputFile;
    extracted?: InputFile | null;
    reviews?: InputFile | null;
  };
}

export interface PipelineResult extends Dataset {
  problems: DataProblem[];
}

/** Words that mark an article as part of the Pakistan–Azerbaijan corpus. */
const CORPUS_TERMS = ["Azerbaijan", "Azerbaijani"];

export function corpusMatcher(places: readonly Place[]): (text: string) => boolean {
  const terms = new Set(CORPUS_TERMS);
  for (const p of places)
    if (p.country === "AZ")
      for (const name of [p.name, ...p.aliases]) if (name.length >= 4) terms.add(name);
  const list = [...terms];
  return (text) => list.some((t) => text.includes(t));
}

function curatedSourceProblems(
  curated: readonly CuratedSource[],
  seeds: readonly Seed[],
  file: string,
): DataProblem[] {
  const seedIds = new Set(seeds.map((s) => s.id));
  return curated.flatMap((c, i) =>
    seedIds.has(c.id)
      ? []
      : [{ file, record: `[${i}] (${c.id})`, field: "id", message: "no seed file with this id" }],
  );
}

export function runPipeline(inputs: PipelineInputs): PipelineResult {
  const { curated } = inputs;
  const problems: DataProblem[] = [];
  const parse = <T>(f: InputFile, schema: Parameters<typeof parseDataFile>[2]): T | null => {
    const r = parseDataFile(f.file, f.text, schema);
    problems.push(...r.problems);
    return r.data as T | null;
  };
  const places = parse<Place[]>(curated.places, curatedPlacesFileSchema);
  const curatedEvents = parse<{ events: CuratedEvent[] }>(curated.events, curatedEventsFileSchema);
  const curatedSources = parse<CuratedSource[]>(curated.sources, curatedSourcesFileSchema);
  const extracted = curated.extracted
    ? parse<{ events: NewsEvent[] }>(curated.extracted, extractedEventsFileSchema)
    : { events: [] };
  if (!places || !curatedEvents || !curatedSources || !extracted)
    return { sources: [], places: [], events: [], problems };

  problems.push(...curatedSourceProblems(curatedSources, inputs.seeds, curated.sources.file));
  const isRelated = corpusMatcher(places);
  const metaById = new Map(curatedSources.map((c) => [c.id, c]));
  const sources: Source[] = inputs.seeds.map((seed) =>
    buildSource(seed, metaById.get(seed.id), isRelated),
  );
  const texts = new Map(inputs.seeds.map((s) => [s.id, s.text]));
  const reviewed = buildReviewedEvents(curatedEvents.events, texts, curated.events.file);
  problems.push(...reviewed.problems);
  extracted.events.forEach((e, i) => {
    if (e.status !== "extracted")
      problems.push({
        file: curated.extracted?.file ?? "extracted",
        record: `events[${i}] (${e.id})`,
        field: "status",
        message: 'machine-extracted events must have status "extracted"',
      });
  });

  // Reviewer decisions on extracted events (accept / reject / correct), see lib/extract/reviews.ts.
  if (curated.reviews) {
    const reviews = parse<ReviewsFile>(curated.reviews, reviewsFileSchema);
    if (reviews) {
      const applied = applyReviews(extracted.events, reviews.reviews, curated.reviews.file);
      extracted.events = applied.events;
      problems.push(...applied.problems);
    }
  }

  // Cross-references are checked on the reviewed events before merging, while their indices
  // still match the curated file, so every problem names the record a person edits.
  problems.push(
    ...validateDataset(
      { sources, places, events: reviewed.events },
      {
        labels: {
          events: curated.events.file,
          places: curated.places.file,
          sources: curated.sources.file,
        },
        sourceTexts: texts,
      },
    ),
  );
  if (curated.extracted && extracted.events.length)
    problems.push(
      ...validateDataset(
        { sources, places, events: extracted.events },
        {
          labels: {
            events: curated.extracted.file,
            places: curated.places.file,
            sources: curated.sources.file,
          },
          sourceTexts: texts,
        },
      ).filter((p) => p.file === curated.extracted?.file),
    );
  const dataset = canonicalDataset({
    sources,
    places,
    events: mergeEvents(reviewed.events, extracted.events),
  });
  return { ...dataset, problems: dedupe(problems) };
}

function dedupe(problems: DataProblem[]): DataProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.file}|${p.record}|${p.field}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
