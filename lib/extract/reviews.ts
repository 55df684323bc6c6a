// Reviewer decisions on machine-extracted events (data/curated/reviews.json), applied by the data
// pipeline so that `npm run data` reproduces them: accept, reject, or correct date, place and
// category. Each decision records who made it and when; the last decision on an event wins.
import { z } from "zod";
import type { DataProblem } from "../data-files";
import { precisionOf } from "../dates";
import { categorySchema, type NewsEvent, partialDateSchema, precisionSchema } from "../schema";

export const reviewSchema = z.strictObject({
  eventId: z.string().min(1),
  action: z.enum(["accept", "reject", "edit"]),
  /** Corrections (edit only); unspecified fields keep the extracted value. */
  set: z
    .strictObject({
      title: z.string().min(1).optional(),
      category: categorySchema.optional(),
      start: partialDateSchema.optional(),
      end: partialDateSchema.nullable().optional(),
      precision: precisionSchema.optional(),
      places: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  reviewer: z.string().min(1),
  /** ISO timestamp of the decision. */
  at: z.string().datetime({ offset: true }),
  note: z.string().optional(),
});
export type Review = z.infer<typeof reviewSchema>;
export const reviewsFileSchema = z.strictObject({ reviews: z.array(reviewSchema) });
export type ReviewsFile = z.infer<typeof reviewsFileSchema>;

/**
 * Applies reviews to extracted events: rejected ones are dropped, accepted or corrected ones become
 * "reviewed" with confidence 1 and a note of who decided and when. Problems name the review.
 */
export function applyReviews(
  extracted: readonly NewsEvent[],
  reviews: readonly Review[],
  file = "data/curated/reviews.json",
): { events: NewsEvent[]; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const byId = new Map(extracted.map((e) => [e.id, e]));
  const rejected = new Set<string>();
  reviews.forEach((r, i) => {
    const record = `reviews[${i}] (${r.eventId})`;
    const event = byId.get(r.eventId);
    if (!event) {
      problems.push({ file, record, field: "eventId", message: "no extracted event with this id" });
      return;
    }
    if (r.action === "reject") {
      rejected.add(r.eventId);
      return;
    }
    const bad: DataProblem[] = [];
    const set = r.action === "edit" ? (r.set ?? {}) : {};
    if (r.action === "edit" && Object.keys(set).length === 0)
      bad.push({ file, record, field: "set", message: "an edit must set at least one field" });
    const start = set.start ?? event.start;
    const end = set.end !== undefined ? set.end : event.end;
    const precision = set.precision ?? (set.start ? precisionOf(set.start) : event.precision);
    if (precisionOf(start) !== precision || (end !== null && precisionOf(end) !== precision))
      bad.push({
        file,
        record,
        field: "set.precision",
        message: `start/end must be written at ${precision} precision`,
      });
    if (end !== null && end < start)
      bad.push({ file, record, field: "set.end", message: "end is before start" });
    if (bad.length) {
      // An invalid correction is reported and not applied; the event keeps its previous state.
      problems.push(...bad);
      return;
    }
    rejected.delete(r.eventId);
    const changed = Object.keys(set).join(", ");
    byId.set(r.eventId, {
      ...event,
      ...(set.title ? { title: set.title } : {}),
      ...(set.category ? { category: set.category } : {}),
      ...(set.places ? { places: set.places } : {}),
      start,
      end,
      precision,
      status: "reviewed",
      confidence: 1,
      notes: [
        ...(event.notes ?? []),
        `${r.action === "accept" ? "accepted" : `corrected (${changed})`} by ${r.reviewer} at ${r.at}${r.note ? `: ${r.note}` : ""}`,
      ],
    });
  });
  return { events: [...byId.values()].filter((e) => !rejected.has(e.id)), problems };
}
