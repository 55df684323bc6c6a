// Recording reviewer decisions: parse the command line of `npm run review` into reviews, append
// them to data/curated/reviews.json and rebuild data/ — or, when the result would be invalid
// (an unknown place id, an end before the start), restore the file and report why.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { DataProblem } from "../data-files";
import { buildData } from "../pipeline/build-data";
import { toJsonText } from "../pipeline/serialize-dataset";
import { writeFilesAtomic } from "../pipeline/write-atomic";
import { CATEGORIES, PRECISIONS } from "../schema";
import { type Review, reviewSchema, reviewsFileSchema } from "./reviews";

export interface ReviewCommand {
  action: Review["action"];
  ids: string[];
  set: NonNullable<Review["set"]>;
  note?: string;
}

/** `accept id…`, `reject id…`, `edit id --start 2021-10 --places baku,shusha …` → a command. */
export function parseReviewArgs(args: readonly string[]): ReviewCommand | { error: string } {
  const [action, ...rest] = args;
  if (action !== "accept" && action !== "reject" && action !== "edit")
    return { error: `unknown action "${action ?? ""}" (use accept, reject or edit)` };
  const ids: string[] = [];
  const set: ReviewCommand["set"] = {};
  let note: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (!a.startsWith("--")) {
      ids.push(a);
      continue;
    }
    const value = rest[++i];
    if (value === undefined) return { error: `${a} needs a value` };
    switch (a) {
      case "--start":
        set.start = value;
        break;
      case "--end":
        set.end = value === "none" ? null : value;
        break;
      case "--precision":
        if (!(PRECISIONS as readonly string[]).includes(value))
          return { error: `--precision must be one of ${PRECISIONS.join(", ")}` };
        set.precision = value as (typeof PRECISIONS)[number];
        break;
      case "--category":
        if (!(CATEGORIES as readonly string[]).includes(value))
          return { error: `--category must be one of ${CATEGORIES.join(", ")}` };
        set.category = value as (typeof CATEGORIES)[number];
        break;
      case "--places":
        set.places = value
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case "--title":
        set.title = value;
        break;
      case "--note":
        note = value;
        break;
      default:
        return { error: `unknown option ${a}` };
    }
  }
  if (ids.length === 0) return { error: "name at least one event id" };
  if (action === "edit" && Object.keys(set).length === 0)
    return {
      error: "edit needs at least one of --start --end --precision --category --places --title",
    };
  if (action !== "edit" && Object.keys(set).length)
    return { error: `${action} takes no corrections; use edit` };
  return { action, ids, set, ...(note ? { note } : {}) };
}

/** Who is reviewing: --reviewer, else git's user.name, else $USER. */
export function reviewerName(explicit: string | undefined, cwd: string): string {
  if (explicit) return explicit;
  try {
    const name = execFileSync("git", ["config", "user.name"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    if (name) return name;
  } catch {
    // no git identity: fall through
  }
  return process.env.USER || process.env.USERNAME || "unknown";
}

export function toReviews(cmd: ReviewCommand, reviewer: string, at: string): Review[] {
  return cmd.ids.map((eventId) =>
    reviewSchema.parse({
      eventId,
      action: cmd.action,
      ...(cmd.action === "edit" ? { set: cmd.set } : {}),
      reviewer,
      at,
      ...(cmd.note ? { note: cmd.note } : {}),
    }),
  );
}

/** Append reviews and rebuild data/; on any problem the reviews file is put back as it was. */
export function recordReviews(
  root: string,
  reviews: readonly Review[],
): { ok: true; written: string[] } | { ok: false; problems: DataProblem[] } {
  const file = path.join(root, "data", "curated", "reviews.json");
  const before = existsSync(file) ? readFileSync(file, "utf8") : null;
  const current = before ? reviewsFileSchema.parse(JSON.parse(before)).reviews : [];
  writeFilesAtomic([{ path: file, content: toJsonText({ reviews: [...current, ...reviews] }) }]);
  const built = buildData({ root });
  if (built.ok) return { ok: true, written: [file, ...built.changed] };
  if (before === null) rmSync(file, { force: true });
  else writeFilesAtomic([{ path: file, content: before }]);
  return { ok: false, problems: built.problems };
}
