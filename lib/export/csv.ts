// CSV of events (RFC 4180): header row, CRLF line ends, fields with a comma, quote or line break
// quoted with quotes doubled. Cells a spreadsheet would read as a formula (= + - @, tab, CR) get a
// leading apostrophe, so a title like =HYPERLINK(…) stays text in Excel, LibreOffice and Sheets.
import { formatEventDate } from "../dates";
import type { NewsEvent, Place } from "../schema";

export const CSV_COLUMNS = [
  "id",
  "title",
  "category",
  "start",
  "end",
  "precision",
  "date_text",
  "place_ids",
  "place_names",
  "origin",
  "actors",
  "status",
  "confidence",
  "source_ids",
  "source_quotes",
  "summary",
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralise spreadsheet formulas: a cell starting with = + - @ tab or CR gets a leading '. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(",");
}

/** Several values in one cell; `; ` keeps ids and names readable and easy to split. */
const joinList = (values: readonly string[]) => values.join("; ");

export function eventToCsvValues(
  event: NewsEvent,
  placeById: ReadonlyMap<string, Place>,
): string[] {
  return [
    event.id,
    event.title,
    event.category,
    event.start,
    event.end ?? "",
    event.precision,
    formatEventDate(event),
    joinList(event.places),
    joinList(event.places.map((id) => placeById.get(id)?.name ?? id)),
    event.origin ? (placeById.get(event.origin)?.name ?? event.origin) : "",
    joinList(event.actors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name))),
    event.status,
    String(event.confidence),
    joinList(event.sources.map((s) => s.sourceId)),
    // Quotes may contain "; " themselves, so each sits on its own line, tagged with its source.
    event.sources.map((s) => `[${s.sourceId}] ${s.quote}`).join("\n"),
    event.summary,
  ];
}

export function eventsToCsv(events: readonly NewsEvent[], places: readonly Place[]): string {
  const placeById = new Map(places.map((p) => [p.id, p]));
  const lines = [csvRow(CSV_COLUMNS), ...events.map((e) => csvRow(eventToCsvValues(e, placeById)))];
  return `${lines.join("\r\n")}\r\n`;
}
