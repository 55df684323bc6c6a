// npm run review                       list the extracted (unreviewed) events
// npm run review -- accept <id>…       accept as they are
// npm run review -- reject <id>…       drop them
// npm run review -- edit <id> [--start ISO] [--end ISO|none] [--precision day|month|year]
//                  [--category C] [--places id,id] [--title T]
// npm run review -- --interactive      go through the unreviewed events one by one
// Common options: --reviewer NAME (default: git user.name, then $USER), --note TEXT, --root DIR.
// Decisions go to data/curated/reviews.json (who and when), which `npm run data` applies.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { formatProblem } from "../lib/data-files";
import {
  parseReviewArgs,
  recordReviews,
  reviewerName,
  toReviews,
} from "../lib/extract/record-reviews";
import type { Review } from "../lib/extract/reviews";
import { eventsFileSchema, type NewsEvent } from "../lib/schema";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const root = path.resolve(opt("root") ?? process.cwd());
const reviewer = reviewerName(opt("reviewer"), root);
const events = eventsFileSchema.parse(
  JSON.parse(readFileSync(path.join(root, "data", "events.json"), "utf8")),
).events;
const pending = events.filter((e) => e.status === "extracted");

function describeEvent(e: NewsEvent): string {
  const when = `${e.start}${e.end ? `..${e.end}` : ""} (${e.precision})`;
  const quote = e.sources[0]?.quote ?? "";
  return `${e.id}\n  ${e.category} · ${when} · places: ${e.places.join(", ") || "—"} · confidence ${e.confidence}\n  “${quote.length > 200 ? `${quote.slice(0, 199)}…` : quote}” — ${e.sources[0]?.sourceId ?? ""}${(e.notes ?? []).length ? `\n  notes: ${(e.notes ?? []).join(" | ")}` : ""}`;
}

function save(reviews: Review[]): void {
  if (reviews.length === 0) {
    console.log("review: nothing recorded");
    return;
  }
  const r = recordReviews(root, reviews);
  if (!r.ok) {
    for (const p of r.problems) console.error(formatProblem(p));
    console.error("review: not recorded (the dataset would be invalid); data/ unchanged");
    process.exit(1);
  }
  console.log(`review: recorded ${reviews.length} decision(s) by ${reviewer}; data/ rebuilt`);
}

async function interactive(): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const reviews: Review[] = [];
  const at = () => new Date().toISOString();
  for (const e of pending) {
    console.log(`\n${describeEvent(e)}`);
    const answer = (await rl.question("[a]ccept, [r]eject, [e]dit, [s]kip, [q]uit? "))
      .trim()
      .toLowerCase();
    if (answer === "q") break;
    if (answer === "a")
      reviews.push(...toReviews({ action: "accept", ids: [e.id], set: {} }, reviewer, at()));
    if (answer === "r")
      reviews.push(...toReviews({ action: "reject", ids: [e.id], set: {} }, reviewer, at()));
    if (answer === "e") {
      const line = await rl.question(
        "corrections (e.g. --start 2021-10 --category visit --places baku): ",
      );
      const cmd = parseReviewArgs([
        "edit",
        e.id,
        ...(line.match(/"[^"]*"|\S+/g) ?? []).map((s) => s.replace(/^"|"$/g, "")),
      ]);
      if ("error" in cmd) console.error(`  skipped: ${cmd.error}`);
      else reviews.push(...toReviews(cmd, reviewer, at()));
    }
  }
  rl.close();
  save(reviews);
}

if (args.includes("--interactive")) {
  void interactive();
} else if (
  args.length === 0 ||
  args.every((a, i) => a.startsWith("--") || args[i - 1]?.startsWith("--"))
) {
  console.log(
    pending.length ? `${pending.length} unreviewed event(s):\n` : "No unreviewed events.",
  );
  for (const e of pending) console.log(`${describeEvent(e)}\n`);
} else {
  const cmd = parseReviewArgs(
    args.filter(
      (a, i) =>
        !["--root", "--reviewer"].includes(a) &&
        !["--root", "--reviewer"].includes(args[i - 1] ?? ""),
    ),
  );
  if ("error" in cmd) {
    console.error(`review: ${cmd.error}`);
    process.exit(2);
  }
  const known = new Set(pending.map((e) => e.id));
  const unknown = cmd.ids.filter((id) => !known.has(id));
  if (unknown.length) {
    console.error(`review: not an unreviewed extracted event: ${unknown.join(", ")}`);
    process.exit(1);
  }
  save(toReviews(cmd, reviewer, new Date().toISOString()));
}
