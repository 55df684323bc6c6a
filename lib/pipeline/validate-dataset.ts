// Stage 8: cross-reference checks the schemas cannot express. Linear in the dataset size
// (Maps and Sets, no pairwise comparisons) so it also runs on 100k-event synthetic files.
import type { DataProblem, Dataset } from "../data-files";
import { isRealPartialDate, periodStartMs } from "../dates";
import { PRECISION_LENGTH } from "../schema";

export interface DatasetLabels {
  events: string;
  places: string;
  sources: string;
}

export interface ValidateOptions {
  /** File names used in problem messages. */
  labels: DatasetLabels;
  /** Source text by source id; when given, every quote is checked at its offsets. */
  sourceTexts?: ReadonlyMap<string, string> | null;
}

const label = (index: number, id: string) => `[${index}] (${id})`;

function duplicateIds(
  items: readonly { id: string }[],
  file: string,
  prefix: string,
  problems: DataProblem[],
): void {
  const firstAt = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstAt.get(item.id);
    if (first === undefined) firstAt.set(item.id, i);
    else
      problems.push({
        file,
        record: `${prefix}${label(i, item.id)}`,
        field: "id",
        message: `duplicate id "${item.id}" (first used at index ${first})`,
      });
  });
}

function excerpt(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

export function validateDataset(dataset: Dataset, options: ValidateOptions): DataProblem[] {
  const { labels } = options;
  const texts = options.sourceTexts ?? null;
  const problems: DataProblem[] = [];
  duplicateIds(dataset.places, labels.places, "", problems);
  duplicateIds(dataset.sources, labels.sources, "", problems);
  duplicateIds(dataset.events, labels.events, "events", problems);

  const placeIds = new Set(dataset.places.map((p) => p.id));
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));

  dataset.sources.forEach((s, i) => {
    const text = texts?.get(s.id);
    s.articles?.forEach((a, j) => {
      const bad =
        a.end < a.start
          ? "end is before start"
          : text !== undefined && a.end > text.length
            ? `end ${a.end} is beyond the text (${text.length} characters)`
            : null;
      if (bad)
        problems.push({
          file: labels.sources,
          record: label(i, s.id),
          field: `articles[${j}]`,
          message: bad,
        });
    });
  });

  dataset.events.forEach((e, i) => {
    const record = `events${label(i, e.id)}`;
    const add = (field: string, message: string) =>
      problems.push({ file: labels.events, record, field, message });
    const want = PRECISION_LENGTH[e.precision];
    if (e.start.length !== want)
      add("start", `"${e.start}" does not match precision "${e.precision}"`);
    if (e.end !== null && e.end.length !== want)
      add("end", `"${e.end}" does not match precision "${e.precision}"`);
    if (!isRealPartialDate(e.start)) add("start", `"${e.start}" is not a real calendar date`);
    if (e.end !== null && !isRealPartialDate(e.end))
      add("end", `"${e.end}" is not a real calendar date`);
    else if (e.end !== null && periodStartMs(e.end) < periodStartMs(e.start))
      add("end", `end ${e.end} is before start ${e.start}`);
    e.places.forEach((p, j) => {
      if (!placeIds.has(p)) add(`places[${j}]`, `unknown place id "${p}"`);
    });
    if (e.origin != null && !placeIds.has(e.origin))
      add("origin", `unknown place id "${e.origin}"`);
    e.sources.forEach((ref, j) => {
      const source = sourcesById.get(ref.sourceId);
      if (!source) {
        add(`sources[${j}].sourceId`, `unknown source id "${ref.sourceId}"`);
        return;
      }
      if (ref.end < ref.start) {
        add(`sources[${j}].end`, `end ${ref.end} is before start ${ref.start}`);
        return;
      }
      if (ref.end - ref.start !== ref.quote.length)
        add(
          `sources[${j}]`,
          `offsets span ${ref.end - ref.start} characters but the quote has ${ref.quote.length}`,
        );
      const text = texts?.get(ref.sourceId);
      if (text !== undefined) {
        const actual = text.slice(ref.start, ref.end);
        if (actual !== ref.quote) {
          const elsewhere = text.indexOf(ref.quote);
          add(
            `sources[${j}].quote`,
            `quote is not at ${ref.start}–${ref.end} of ${source.file} (found "${excerpt(actual)}")` +
              (elsewhere === -1 ? "; it is not in the text at all" : `; it occurs at ${elsewhere}`),
          );
        }
      }
      const article = source.articles?.find((a) => ref.start >= a.start && ref.start < a.end);
      if (article?.unrelated)
        add(
          `sources[${j}]`,
          `quote lies in "${excerpt(article.title)}", an article flagged unrelated to the corpus`,
        );
    });
  });
  return problems;
}
