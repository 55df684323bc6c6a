// Header facts of an article: the data pipeline's parser (lib/pipeline/parse-source.ts) handles
// the header forms of the seeds; this thin wrapper adds the other common forms an ingested article
// may have ("Published March 3, 2024", "March 3, 2024" alone on a line, "PARIS, March 3, 2024 —",
// "PARIS (Reuters) -", a Markdown "# Title").
import { parseSourceHeader, type SourceHeader } from "../pipeline/parse-source";
import { findDateMentions } from "./date-mentions";

export interface ArticleHeader extends SourceHeader {
  /** Where `published` came from, for notes. */
  publishedFrom: string | null;
}

const HEADER_LINES = 8;
const LABELLED = /^\s*(?:published|posted|updated|date|dated|last\s+updated)\s*(?:on|at)?\s*:?\s*/i;
const DATELINE_NO_DATE = /^\s*([A-Z][A-Z .'-]{2,}[A-Z])(?:\s*\([^)]*\))?\s*[:—–-]\s/;

function isoOfFullMention(line: string): string | null {
  const m = findDateMentions(line).find((x) => x.kind === "full" || x.kind === "weekday-month-day");
  if (!m || m.from.year === null || m.from.month === null || m.from.day === null) return null;
  const pad = (v: number) => String(v).padStart(2, "0");
  return `${m.from.year}-${pad(m.from.month)}-${pad(m.from.day)}`;
}

export function readArticleHeader(text: string): ArticleHeader {
  const base = parseSourceHeader(text);
  const header: ArticleHeader = { ...base, publishedFrom: base.published ? "page header" : null };
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, HEADER_LINES);
  for (const line of lines) {
    const md = /^#{1,3}\s+(.+?)\s*$/.exec(line);
    if (md && (!header.title || header.title === line.trim())) header.title = md[1] ?? null;
    if (header.published) continue;
    const trimmed = line.trim();
    const labelled = LABELLED.test(trimmed);
    // A short line that is only a date, or a labelled one, is the page's own date.
    if (labelled || trimmed.length <= 40) {
      const iso = isoOfFullMention(trimmed);
      if (iso && !/\bago\b/i.test(trimmed)) {
        header.published = iso;
        header.publishedFrom = labelled ? trimmed.replace(/\s+/g, " ") : "date line";
        continue;
      }
    }
    // "PARIS, March 3, 2024 —" / "Paris, 3 March 2024 (AFP):" at the start of the lead.
    const dl = /^\s*([A-Z][A-Za-z .'-]+?),\s+([^:—–(]{6,30}?)\s*(?:\(([^)]+)\))?\s*[:—–]/.exec(
      line,
    );
    if (dl) {
      const iso = isoOfFullMention(dl[2] ?? "");
      if (iso) {
        header.published = iso;
        header.dateline ??= dl[1]?.trim() ?? null;
        header.agency ??= dl[3] ?? null;
        header.publishedFrom = "dateline";
      }
    }
  }
  if (!header.dateline) {
    const lead = lines.find((l) => DATELINE_NO_DATE.test(l));
    const m = lead ? DATELINE_NO_DATE.exec(lead) : null;
    if (m?.[1]) header.dateline = m[1];
  }
  return header;
}
