// Stage 2: the header facts a page states about itself — headline, byline, publication date.
// Only the header forms the seeds really have are recognised; anything else yields null
// rather than a guess (a publication date is never taken from an event mentioned in the body).
import { checkWeekday } from "./check-weekday";
import { isoFromParts, MONTH_PATTERN, WEEKDAY_PATTERN, type Weekday } from "./month-names";

export interface SourceHeader {
  /** The page's headline when it has one; null when the text starts straight with the story. */
  title: string | null;
  author: string | null;
  /** ISO day the page states (`2021-03-04`), or null. */
  published: string | null;
  /** Place of a news dateline ("Islamabad, 13 April 2023 (TDI):"). */
  dateline: string | null;
  /** Agency credited in the dateline ("TDI"). */
  agency: string | null;
  /** Header inconsistencies worth a reviewer's eye (e.g. a weekday that disagrees). */
  warnings: string[];
}

// " date 2021-03-04 By Vafa Ismayilova"
const BYLINE = /^\s*date (\d{4})-(\d{2})-(\d{2}) By (.+?)\s*$/;
// "Islamabad, 13 April 2023 (TDI): …"
const DATELINE = new RegExp(
  `^([A-Z][A-Za-z .'-]+), (\\d{1,2}) (${MONTH_PATTERN}) (\\d{4}) \\(([^)]+)\\):`,
);
// "Friday, January 27, 2023"
const WEEKDAY_DATE = new RegExp(
  `^(${WEEKDAY_PATTERN}), (${MONTH_PATTERN}) (\\d{1,2}), (\\d{4})\\s*$`,
);
// "Updated 01 November 2023" (but not "Updated 5 sec ago")
const UPDATED = new RegExp(`^Updated (\\d{1,2}) (${MONTH_PATTERN}) (\\d{4})\\s*$`, "m");

const HEADLINE_MAX = 160;

function nonEmptyLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== "");
}

/** A headline is a short line that does not read like a sentence of body text. */
export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= HEADLINE_MAX && !/[.!?:"”]$/.test(t) && !DATELINE.test(t);
}

/** Parse "Updated 01 November 2023" anywhere in the text (first match) to an ISO day. */
export function parseUpdatedDate(text: string): string | null {
  const m = UPDATED.exec(text);
  return m ? isoFromParts(Number(m[3]), m[2] ?? "", Number(m[1])) : null;
}

export function parseSourceHeader(text: string): SourceHeader {
  const lines = nonEmptyLines(text);
  const first = lines[0] ?? "";
  const warnings: string[] = [];
  let author: string | null = null;
  let published: string | null = null;
  let dateline: string | null = null;
  let agency: string | null = null;
  let headerLines = 0;

  const byline = BYLINE.exec(first);
  const weekdayDate = WEEKDAY_DATE.exec(first);
  const datelineMatch = DATELINE.exec(first);
  if (byline) {
    const iso = `${byline[1]}-${byline[2]}-${byline[3]}`;
    published = validIso(iso);
    author = byline[4] ?? null;
    headerLines = 1;
  } else if (weekdayDate) {
    published = isoFromParts(Number(weekdayDate[4]), weekdayDate[2] ?? "", Number(weekdayDate[3]));
    if (published) {
      const check = checkWeekday(published, weekdayDate[1] as Weekday);
      if (!check.ok) warnings.push(`header ${check.note}`);
    }
    headerLines = 1;
  } else if (datelineMatch) {
    dateline = datelineMatch[1] ?? null;
    published = isoFromParts(
      Number(datelineMatch[4]),
      datelineMatch[3] ?? "",
      Number(datelineMatch[2]),
    );
    agency = datelineMatch[5] ?? null;
  }
  // Pages of the "Updated …" kind put the date under the headline and caption.
  published ??= parseUpdatedDate(text);

  const candidate = lines[headerLines];
  const title = candidate !== undefined && looksLikeHeadline(candidate) ? candidate.trim() : null;
  return { title, author, published, dateline, agency, warnings };
}

function validIso(iso: string): string | null {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return t.toISOString().slice(0, 10) === iso ? iso : null;
}
