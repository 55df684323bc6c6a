// Stage 6: reviewed events from the curated file — quotes located in their sources,
// stated weekdays checked, status "reviewed". Problems name file › record › field.
// The result is index-aligned with the curated records.
import type { DataProblem } from "../data-files";
import type { NewsEvent, SourceRef } from "../schema";
import { checkWeekday } from "./check-weekday";
import type { CuratedEvent } from "./curated-schema";
import { locateQuote } from "./locate-quote";

export function eventRecordLabel(index: number, id: string): string {
  return `events[${index}] (${id})`;
}

export function buildReviewedEvents(
  curated: CuratedEvent[],
  sourceTexts: ReadonlyMap<string, string>,
  file: string,
): { events: NewsEvent[]; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const events: NewsEvent[] = [];
  curated.forEach((c, index) => {
    const record = eventRecordLabel(index, c.id);
    const refs: SourceRef[] = [];
    c.sources.forEach((ref, j) => {
      const text = sourceTexts.get(ref.sourceId);
      if (text === undefined) {
        problems.push({
          file,
          record,
          field: `sources[${j}].sourceId`,
          message: `unknown source id "${ref.sourceId}" (no seed file with that name)`,
        });
        return;
      }
      const at = locateQuote(text, ref.quote, ref.occurrence);
      if (!at.ok) {
        problems.push({ file, record, field: `sources[${j}].quote`, message: at.message });
        return;
      }
      refs.push({ sourceId: ref.sourceId, quote: ref.quote, start: at.start, end: at.end });
    });
    const notes = [...(c.notes ?? [])];
    if (c.weekday !== undefined) {
      if (c.precision !== "day" || c.start.length !== 10) {
        problems.push({
          file,
          record,
          field: "weekday",
          message: "a stated weekday needs a day-precision start",
        });
      } else {
        const check = checkWeekday(c.start, c.weekday);
        notes.push(check.note);
        if (!check.ok) problems.push({ file, record, field: "weekday", message: check.note });
      }
    }
    // Always one output per input record (same index), even when a quote failed: the problems
    // already stop the run, and aligned indices let later checks name the curated record.
    events.push({
      id: c.id,
      title: c.title,
      summary: c.summary,
      category: c.category,
      start: c.start,
      end: c.end,
      precision: c.precision,
      places: c.places,
      ...(c.origin !== undefined ? { origin: c.origin } : {}),
      actors: c.actors,
      sources: refs,
      status: "reviewed",
      confidence: c.confidence,
      ...(notes.length ? { notes } : {}),
    });
  });
  return { events, problems };
}
