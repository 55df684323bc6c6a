// Stage 3: find the articles inside one page. Some pages carry a second, unrelated story
// below the first (seed 002: a militants story with its own "Updated … / Follow" header),
// and many end in site boilerplate ("Related Articles", comment forms) that is not the story.
import type { Article } from "../schema";
import { looksLikeHeadline, parseUpdatedDate } from "./parse-source";

interface Line {
  text: string;
  start: number;
}

function linesWithOffsets(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    lines.push({ text: part.replace(/\r$/, ""), start });
    start += part.length + 1;
  }
  return lines;
}

/** Lines from which on a page is site furniture, not story. */
const BOILERPLATE_LINE =
  /^(Related Articles|Please enter your comment!|Please enter your name here|Latest Articles|Stay Connected)\s*$/;

/** Offset where trailing boilerplate starts, or the text length when there is none. */
export function boilerplateStart(text: string): number {
  for (const line of linesWithOffsets(text))
    if (BOILERPLATE_LINE.test(line.text)) return line.start;
  return text.length;
}

/**
 * Start offsets of the articles of a page with "Updated …" / "Follow" headers: the headline
 * follows "Follow" and usually also appears just above the "Updated" line.
 */
export function articleStarts(text: string): number[] {
  const lines = linesWithOffsets(text);
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^Updated\s/.test(lines[i]?.text ?? "") || lines[i + 1]?.text.trim() !== "Follow")
      continue;
    const headline = lines
      .slice(i + 2)
      .find((l) => l.text.trim() !== "")
      ?.text.trim();
    if (!headline || !looksLikeHeadline(headline)) continue;
    const floor = starts.length ? (starts[starts.length - 1] ?? 0) : 0;
    let start = lines[i]?.start ?? 0;
    for (let j = i - 1; j >= 0; j--) {
      const line = lines[j] as Line;
      if (line.start < floor) break;
      if (line.text.trim() === headline) {
        start = line.start;
        break;
      }
    }
    starts.push(start);
  }
  // Whatever precedes the first header belongs to the first article (its headline, a caption).
  if (starts.length === 0 || starts[0] !== 0) starts.unshift(0);
  return starts;
}

function trimEnd(text: string, end: number, start: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? "")) e--;
  return e;
}

function firstHeadline(text: string): string {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "";
  return line.trim();
}

export interface SplitOptions {
  /** Title and date of the page, given to its first article. */
  title: string;
  published: string | null;
  /** Whether an article's text belongs to the corpus (e.g. mentions Azerbaijan). */
  isRelated: (articleText: string) => boolean;
}

export function splitArticles(text: string, options: SplitOptions): Article[] {
  const starts = articleStarts(text);
  const last = boilerplateStart(text);
  return starts.map((start, i) => {
    const next = starts[i + 1] ?? last;
    const end = trimEnd(text, Math.min(next, last), start);
    const body = text.slice(start, end);
    return {
      title: i === 0 ? options.title : firstHeadline(body),
      start,
      end,
      // A later story never inherits the page's date: only its own absolute header counts
      // ("Updated 5 sec ago" gives none).
      published: i === 0 ? options.published : parseUpdatedDate(body),
      unrelated: !options.isRelated(body),
    };
  });
}
