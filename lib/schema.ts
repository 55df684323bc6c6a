// The data contract: zod schemas are the single source of truth; the TypeScript
// types below are inferred from them. Every file under data/ is validated here.
import { z } from "zod";
import { CATEGORIES, PRECISIONS } from "./vocabulary";

export { CATEGORIES, PRECISIONS };

export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const precisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof precisionSchema>;

/** ISO date at one of the three precisions: `2021`, `2021-10`, `2021-07-27`. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const partialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD");

export const KEBAB_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const kebabIdSchema = z.string().regex(KEBAB_ID_PATTERN, "must be kebab-case (a-z, 0-9, -)");

export const placeKindSchema = z.enum(["city", "town", "district", "region", "country", "site"]);
export type PlaceKind = z.infer<typeof placeKindSchema>;

export const placeSchema = z.strictObject({
  id: kebabIdSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** ISO 3166-1 alpha-2 code of the country the place is in today (`AZ`, `PK`). */
  country: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code"),
  kind: placeKindSchema,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Where the coordinates come from, e.g. `GeoNames 587084`. */
  coordSource: z.string().min(1),
});
export type Place = z.infer<typeof placeSchema>;
export const placesFileSchema = z.array(placeSchema);

export const articleSchema = z.strictObject({
  title: z.string(),
  /** Character offsets of this article inside the source file. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  published: partialDateSchema.nullable(),
  /** True when the article is unrelated to the corpus (a second story in the same page). */
  unrelated: z.boolean(),
});
export type Article = z.infer<typeof articleSchema>;

export const sourceSchema = z.strictObject({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  /** The ISO date the page itself states (not an event date); null when it states none. */
  published: partialDateSchema.nullable(),
  url: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  articles: z.array(articleSchema).optional(),
});
export type Source = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.array(sourceSchema);

export const actorSchema = z.strictObject({
  name: z.string().min(1),
  role: z.string().nullable(),
  /** ISO 3166-1 alpha-2, or null when unknown or not a state actor. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
});
export type Actor = z.infer<typeof actorSchema>;

export const sourceRefSchema = z.strictObject({
  sourceId: z.string().min(1),
  /** Verbatim text of the source between the offsets (JS string indices). */
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const eventStatusSchema = z.enum(["reviewed", "extracted"]);
export type EventStatus = z.infer<typeof eventStatusSchema>;

export const eventSchema = z.strictObject({
  id: kebabIdSchema,
  title: z.string().min(1),
  summary: z.string(),
  category: categorySchema,
  start: partialDateSchema,
  end: partialDateSchema.nullable(),
  precision: precisionSchema,
  places: z.array(z.string().min(1)),
  /** Optional place the actors came from (a delegation from Islamabad visiting Baku). */
  origin: z.string().min(1).nullable().optional(),
  actors: z.array(actorSchema),
  sources: z.array(sourceRefSchema).min(1),
  status: eventStatusSchema,
  confidence: z.number().min(0).max(1),
  /** Reviewer-facing notes: how a date was worked out, weekday checks, caveats. */
  notes: z.array(z.string()).optional(),
});
export type NewsEvent = z.infer<typeof eventSchema>;
export const eventsFileSchema = z.strictObject({ events: z.array(eventSchema) });
export type EventsFile = z.infer<typeof eventsFileSchema>;

/** Number of characters a precision uses in an ISO string. */
export const PRECISION_LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };
