// Finds date expressions in a sentence without resolving them: a year may be missing, a weekday may
// be all there is. Resolution against the article's dates happens in resolve-dates.ts.

export type MentionKind =
  | "full" // 27 January 2023, January 27, 2023, 2023-01-27
  | "range" // from September 27 to November 10[, 2020]
  | "month-year" // February 1992
  | "year" // 1991, "Three Brothers - 2021"
  | "month-day" // March 3, Dec. 5 (year from context)
  | "weekday-month-day" // Monday (November 1)
  | "weekday" // on Wednesday
  | "month-relative" // October this year
  | "relative"; // this year, last month, yesterday

export interface DatePoint {
  year: number | null;
  month: number | null;
  day: number | null;
}

export interface DateMention {
  kind: MentionKind;
  /** Offsets relative to the string searched. */
  start: number;
  end: number;
  text: string;
  from: DatePoint;
  /** Second end of a range ("from September 27 to November 10"). */
  to: DatePoint | null;
  /** 0 = Sunday … 6 = Saturday, when the text names a weekday. */
  weekday: number | null;
  /** For relative kinds: which phrase ("this-year", "last-year", "last-month", "yesterday", "today"). */
  relative: string | null;
}

const MONTH_NAMES: Array<[RegExp, number]> = [
  [/^jan(uary|\.)?$/i, 1],
  [/^feb(ruary|\.)?$/i, 2],
  [/^mar(ch|\.)?$/i, 3],
  [/^apr(il|\.)?$/i, 4],
  [/^may$/i, 5],
  [/^june?\.?$/i, 6],
  [/^july?\.?$/i, 7],
  [/^aug(ust|\.)?$/i, 8],
  [/^sep(t|tember|\.|t\.)?$/i, 9],
  [/^oct(ober|\.)?$/i, 10],
  [/^nov(ember|\.)?$/i, 11],
  [/^dec(ember|\.)?$/i, 12],
];

export function monthNumber(word: string): number | null {
  for (const [re, n] of MONTH_NAMES) if (re.test(word.trim())) return n;
  return null;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export function weekdayNumber(word: string): number | null {
  const i = WEEKDAYS.indexOf(word.toLowerCase());
  return i === -1 ? null : i;
}

// "May" is only a month when a day or year is next to it (it is also a verb).
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})";
const WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

interface Pattern {
  kind: MentionKind;
  re: RegExp;
  read: (m: RegExpExecArray) => Omit<DateMention, "start" | "end" | "text" | "kind">;
}

const n = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
const point = (year: number | null, month: number | null, day: number | null): DatePoint => ({
  year,
  month,
  day,
});
const plain = (from: DatePoint) => ({ from, to: null, weekday: null, relative: null });

/** A single date inside a range: "September 27", "27 September 2020", "November 10, 2020". */
const RANGE_PART = `(?:${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?|${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?)`;

function readRangePart(groups: Array<string | undefined>): DatePoint {
  const [m1, d1, y1, d2, m2, y2] = groups;
  if (m1 !== undefined) return point(n(y1), monthNumber(m1), n(d1));
  return point(n(y2), monthNumber(m2 ?? ""), n(d2));
}

const PATTERNS: Pattern[] = [
  {
    kind: "range",
    re: new RegExp(
      `\\b(?:from|between)\\s+${RANGE_PART}\\s*(?:to|and|until|till|through|[-–])\\s*${RANGE_PART}`,
      "g",
    ),
    read: (m) => {
      const from = readRangePart(m.slice(1, 7));
      const to = readRangePart(m.slice(7, 13));
      // "from September 27 to November 10, 2020": the year written once applies to both ends.
      if (from.year === null && to.year !== null)
        from.year = (from.month ?? 0) <= (to.month ?? 0) ? to.year : to.year - 1;
      return { from, to, weekday: null, relative: null };
    },
  },
  {
    kind: "weekday-month-day",
    re: new RegExp(
      `\\b${WEEKDAY}\\s*(?:\\(\\s*|,\\s*)(?:${MONTH}\\s+${DAY}|${DAY}\\s+${MONTH})(?:,?\\s+${YEAR})?\\s*\\)?`,
      "g",
    ),
    read: (m) => ({
      from: point(n(m[6]), monthNumber(m[2] ?? m[5] ?? ""), n(m[3] ?? m[4])),
      to: null,
      weekday: weekdayNumber(m[1] ?? ""),
      relative: null,
    }),
  },
  {
    kind: "full",
    re: /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g,
    read: (m) => plain(point(n(m[1]), n(m[2]), n(m[3]))),
  },
  {
    kind: "full",
    re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, "g"),
    read: (m) => plain(point(n(m[3]), monthNumber(m[1] ?? ""), n(m[2]))),
  },
  {
    kind: "full",
    re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, "g"),
    read: (m) => plain(point(n(m[3]), monthNumber(m[2] ?? ""), n(m[1]))),
  },
  {
    kind: "month-relative",
    re: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, "g"),
    read: (m) => ({
      from: point(null, monthNumber(m[1] ?? ""), null),
      to: null,
      weekday: null,
      relative: `${m[2]}-year`,
    }),
  },
  {
    kind: "month-year",
    re: new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, "g"),
    read: (m) => plain(point(n(m[2]), monthNumber(m[1] ?? ""), null)),
  },
  {
    kind: "month-day",
    re: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!\\s*(?:%|per\\s*cent))`, "g"),
    read: (m) => plain(point(null, monthNumber(m[1] ?? ""), n(m[2]))),
  },
  {
    kind: "month-day",
    re: new RegExp(`\\b${DAY}\\s+${MONTH}(?![a-z])`, "g"),
    read: (m) => plain(point(null, monthNumber(m[2] ?? ""), n(m[1]))),
  },
  {
    kind: "relative",
    re: /\b(this|last|next)\s+(year|month|week)\b|\b(yesterday|today)\b/gi,
    read: (m) => ({
      from: point(null, null, null),
      to: null,
      weekday: null,
      relative: m[3] ? m[3].toLowerCase() : `${m[1]?.toLowerCase()}-${m[2]?.toLowerCase()}`,
    }),
  },
  {
    kind: "weekday",
    re: new RegExp(`\\b(?:on\\s+|last\\s+|this\\s+past\\s+)?${WEEKDAY}\\b`, "g"),
    read: (m) => ({
      from: point(null, null, null),
      to: null,
      weekday: weekdayNumber(m[1] ?? ""),
      relative: null,
    }),
  },
  {
    kind: "year",
    // A year, not a count: not followed by "-day", "km", "%" or more digits, not part of 1,991.
    re: /(?<![\d,.$€£])\b((?:19|20)\d{2})\b(?![\d,]\d|\s*(?:%|per\s*cent|km|kilometres|people|civilians|troops|soldiers|villages|tons|tonnes|-day|-year|s\b))/g,
    read: (m) => plain(point(n(m[1]), null, null)),
  },
];

function validDay(p: DatePoint): boolean {
  if (p.month !== null && (p.month < 1 || p.month > 12)) return false;
  if (p.day !== null && (p.day < 1 || p.day > 31)) return false;
  return true;
}

/** Every date expression in `text`, earliest first; longer expressions win over their parts. */
export function findDateMentions(text: string): DateMention[] {
  const taken: Array<[number, number]> = [];
  const out: DateMention[] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m !== null; m = pattern.re.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const read = pattern.read(m);
      if (!validDay(read.from) || (read.to && !validDay(read.to))) continue;
      taken.push([start, end]);
      out.push({ kind: pattern.kind, start, end, text: m[0], ...read });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
