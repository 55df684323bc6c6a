// Splitting an article into plain and highlighted segments for the source page. Pure.

export interface TextRange {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** 1-based number of the highlight, or 0 for plain text. */
  mark: number;
}

/** Parse `?quote=start-end`; null when malformed or outside the text. */
export function parseQuoteParam(raw: string | undefined, textLength: number): TextRange | null {
  const match = raw?.match(/^(\d{1,9})-(\d{1,9})$/);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (start >= end || end > textLength) return null;
  return { start, end };
}

/** Merge overlapping ranges and cut the text into segments in order. */
export function segmentText(text: string, ranges: readonly TextRange[]): Segment[] {
  const sorted = ranges
    .filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const segments: Segment[] = [];
  let at = 0;
  merged.forEach((r, i) => {
    if (r.start > at) segments.push({ text: text.slice(at, r.start), mark: 0 });
    segments.push({ text: text.slice(r.start, r.end), mark: i + 1 });
    at = r.end;
  });
  if (at < text.length) segments.push({ text: text.slice(at), mark: 0 });
  return segments;
}
