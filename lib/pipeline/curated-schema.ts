// Schemas of the files a person edits under data/curated/. They reuse the output contract
// (lib/schema.ts) wherever the shapes agree, so the two cannot drift apart.
import { z } from "zod";
import { eventSchema, eventsFileSchema, placesFileSchema } from "../schema";
import { WEEKDAYS } from "./month-names";

export const curatedPlacesFileSchema = placesFileSchema;

export const curatedSourceSchema = z.strictObject({
  id: z.string().min(1),
  /** Only when the text evidences it; otherwise null. */
  publisher: z.string().min(1).nullable(),
  /** Overrides the parsed byline (e.g. a byline that names the outlet, not a person). */
  author: z.string().min(1).nullable().optional(),
  /** Overrides the parsed headline (or the lead-sentence fallback). */
  title: z.string().min(1).optional(),
  /** Never invented: null unless the URL is known from the source itself. */
  url: z.string().url().nullable(),
  /** For reviewers only; not copied to data/sources.json. */
  notes: z.array(z.string()).optional(),
});
export type CuratedSource = z.infer<typeof curatedSourceSchema>;
export const curatedSourcesFileSchema = z.array(curatedSourceSchema);

export const curatedSourceRefSchema = z.strictObject({
  sourceId: z.string().min(1),
  /** Exact text of the source; the pipeline computes its offsets. */
  quote: z.string().min(1),
  /** 1-based: which match to use when the quote occurs more than once. */
  occurrence: z.number().int().positive().optional(),
});

export const curatedEventSchema = eventSchema.omit({ sources: true, status: true }).extend({
  sources: z.array(curatedSourceRefSchema).min(1),
  /** Weekday the text states for `start` ("on Monday (November 1)"); the pipeline checks it. */
  weekday: z.enum(WEEKDAYS).optional(),
});
export type CuratedEvent = z.infer<typeof curatedEventSchema>;
export const curatedEventsFileSchema = z.strictObject({ events: z.array(curatedEventSchema) });

/** Machine-proposed events (data/curated/extracted.json), in the output shape. */
export const extractedEventsFileSchema = eventsFileSchema;
