// Duplicates across articles: the same category, dates that overlap at their precision, and at
// least one shared place (a country shares with every place inside it; two day-precise reports of
// the same category may merge when one names no place). All sources are kept; the most precise
// dating wins (a range over a single day inside it, a day over a month, a month over a year).
import { eventSpanMs } from "../dates";
import type { Place } from "../schema";
import { absorbSource, type Candidate, placesOverlap } from "./extract-article";

export interface SourcedCandidate extends Candidate {
  /** Every article passage behind the merged candidate. */
  sources: Array<{ file: string; start: number; end: number; quote: string }>;
}

const rank = (c: Candidate) =>
  (c.precision === "day" ? 30 : c.precision === "month" ? 20 : 10) +
  (c.end !== null ? 5 : 0) +
  c.confidence;

function overlaps(a: Candidate, b: Candidate): boolean {
  const x = eventSpanMs(a);
  const y = eventSpanMs(b);
  return x.startMs < y.endMs && y.startMs < x.endMs;
}

export function sameHappening(a: Candidate, b: Candidate): boolean {
  if (a.category !== b.category || !overlaps(a, b)) return false;
  const records = new Map<string, Place>(
    [...a.placeRecords, ...b.placeRecords].map((p) => [p.id, p]),
  );
  if (placesOverlap(a.places, b.places, records)) return true;
  return (
    (a.places.length === 0 || b.places.length === 0) &&
    a.precision === "day" &&
    b.precision === "day"
  );
}

export function toSourced(c: Candidate): SourcedCandidate {
  return {
    ...c,
    places: [...c.places],
    placeRecords: [...c.placeRecords],
    actors: [...c.actors],
    evidence: [...c.evidence],
    notes: [...c.notes],
    categoryScores: { ...c.categoryScores },
    sources: c.evidence.map((e) => ({ file: c.file, ...e })),
  };
}

export function mergeCandidates(candidates: readonly Candidate[]): SourcedCandidate[] {
  const ordered = [...candidates].sort(
    (a, b) => rank(b) - rank(a) || a.file.localeCompare(b.file) || a.start_offset - b.start_offset,
  );
  const out: SourcedCandidate[] = [];
  for (const c of ordered) {
    const target = out.find((o) => sameHappening(o, c));
    if (!target) out.push(toSourced(c));
    else absorbSource(target, c);
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.file.localeCompare(b.file));
}
