// Scores extracted candidates against reviewed events. A match is the same start at the stated
// precision (same precision, same ISO start) and at least one shared place; a reviewed event that
// names no place is matched on its date alone (there is no place to share). Matching is one-to-one.
import type { NewsEvent } from "../schema";
import type { SourcedCandidate } from "./merge-candidates";

export interface EvalRow {
  reviewed: NewsEvent | null;
  candidate: SourcedCandidate | null;
  matched: boolean;
  reason: string;
}

export interface EvalReport {
  precision: number;
  recall: number;
  /** Among reviewed events whose statement the extractor found: dates exactly right. */
  dateAccuracy: number;
  /** Among the same: the place set exactly right, and mean overlap (Jaccard). */
  placeAccuracy: number;
  placeJaccard: number;
  found: number;
  rows: EvalRow[];
  candidates: number;
  reviewedCount: number;
}

function fileId(file: string): string {
  return (file.split("/").pop() ?? file).replace(/\.[^.]+$/, "");
}

/** Does the candidate cite a passage overlapping one of the event's quotes? */
export function sharesStatement(e: NewsEvent, c: SourcedCandidate): boolean {
  return e.sources.some((r) =>
    c.sources.some((s) => fileId(s.file) === r.sourceId && s.start < r.end && r.start < s.end),
  );
}

export function isMatch(e: NewsEvent, c: SourcedCandidate): boolean {
  if (c.precision !== e.precision || c.start !== e.start) return false;
  if (e.places.length === 0) return true;
  return c.places.some((p) => e.places.includes(p.id));
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function evaluate(
  reviewed: readonly NewsEvent[],
  candidates: readonly SourcedCandidate[],
): EvalReport {
  const free = new Set(candidates);
  const rows: EvalRow[] = [];
  // Events whose statement the candidate shares are paired first, so a match is the right one.
  const pairs: Array<[NewsEvent, SourcedCandidate]> = [];
  for (const e of reviewed) {
    const pick =
      [...free].find((c) => isMatch(e, c) && sharesStatement(e, c)) ??
      [...free].find((c) => isMatch(e, c));
    if (pick) {
      free.delete(pick);
      pairs.push([e, pick]);
      rows.push({ reviewed: e, candidate: pick, matched: true, reason: "match" });
    } else rows.push({ reviewed: e, candidate: null, matched: false, reason: "" });
  }
  let found = 0;
  let dateRight = 0;
  let placeRight = 0;
  let jaccard = 0;
  for (const row of rows) {
    const e = row.reviewed as NewsEvent;
    const c = row.candidate ?? candidates.find((x) => sharesStatement(e, x)) ?? null;
    if (!c) {
      row.reason = "no candidate cites any of its quotes";
      continue;
    }
    found++;
    const dateOk = c.start === e.start && c.end === e.end && c.precision === e.precision;
    const ids = new Set(c.places.map((p) => p.id));
    const union = new Set([...ids, ...e.places]);
    const inter = e.places.filter((p) => ids.has(p)).length;
    const placeOk = inter === e.places.length && ids.size === e.places.length;
    if (dateOk) dateRight++;
    if (placeOk) placeRight++;
    jaccard += union.size === 0 ? 1 : inter / union.size;
    if (!row.matched) {
      row.candidate = c;
      const why: string[] = [];
      if (c.start !== e.start || c.precision !== e.precision)
        why.push(`date ${c.start} (${c.precision}) instead of ${e.start} (${e.precision})`);
      if (e.places.length && inter === 0)
        why.push(`places [${[...ids].join(", ")}] share none of [${e.places.join(", ")}]`);
      if (!free.has(c)) why.push("its candidate was matched to another event");
      row.reason = `statement found, but ${why.join("; ") || "not matched"}`;
    }
  }
  for (const c of free)
    rows.push({
      reviewed: null,
      candidate: c,
      matched: false,
      reason: `no reviewed event starts ${c.start} (${c.precision}) with a shared place`,
    });
  return {
    precision: ratio(pairs.length, candidates.length),
    recall: ratio(pairs.length, reviewed.length),
    dateAccuracy: ratio(dateRight, found),
    placeAccuracy: ratio(placeRight, found),
    placeJaccard: ratio(jaccard, found),
    found,
    rows,
    candidates: candidates.length,
    reviewedCount: reviewed.length,
  };
}
