// npm run eval: extraction on the seed articles alone, as if unseen (the reviewed events are not
// an input), scored against the reviewed seed events of data/events.json. Prints a table and the
// reason for every miss. Options: --root DIR, --json.
import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluate } from "../lib/extract/evaluate";
import { extractArticle } from "../lib/extract/extract-article";
import { readGazetteer } from "../lib/extract/gazetteer-file";
import { mergeCandidates } from "../lib/extract/merge-candidates";
import { indexGazetteer } from "../lib/extract/places";
import { readArticleFile } from "../lib/extract/read-article";
import { worldIndex } from "../lib/extract/world-cities";
import { eventsFileSchema, sourcesFileSchema } from "../lib/schema";

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
const root = path.resolve(rootAt === -1 ? process.cwd() : (args[rootAt + 1] ?? "."));
const events = eventsFileSchema.parse(
  JSON.parse(readFileSync(path.join(root, "data/events.json"), "utf8")),
).events;
const sources = sourcesFileSchema.parse(
  JSON.parse(readFileSync(path.join(root, "data/sources.json"), "utf8")),
);
const seedFiles = new Map(sources.map((s) => [s.id, s.file]));
const reviewed = events.filter(
  (e) => e.status === "reviewed" && e.sources.every((r) => seedFiles.has(r.sourceId)),
);
const usedIds = [...new Set(reviewed.flatMap((e) => e.sources.map((r) => r.sourceId)))].sort();

const gazetteer = indexGazetteer(readGazetteer(root));
const world = worldIndex();
const all = usedIds.flatMap((id) => {
  const file = path.join(root, "seeds", seedFiles.get(id) ?? "");
  const read = readArticleFile(file, readFileSync);
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  return extractArticle(`seeds/${seedFiles.get(id)}`, read.text, { gazetteer, world }).candidates;
});
const report = evaluate(reviewed, mergeCandidates(all));

if (args.includes("--json")) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `Extraction on ${usedIds.length} seed articles vs ${report.reviewedCount} reviewed events\n`,
  );
  console.log("| metric | value |\n|---|---|");
  console.log(`| candidates (after merging) | ${report.candidates} |`);
  console.log(`| precision | ${report.precision.toFixed(3)} |`);
  console.log(`| recall | ${report.recall.toFixed(3)} |`);
  console.log(`| statements found | ${report.found} / ${report.reviewedCount} |`);
  console.log(`| date accuracy (found) | ${pct(report.dateAccuracy)} |`);
  console.log(`| place accuracy, exact set (found) | ${pct(report.placeAccuracy)} |`);
  console.log(`| place overlap, mean Jaccard (found) | ${pct(report.placeJaccard)} |`);
  console.log("\n| | reviewed event | candidate | result |\n|---|---|---|---|");
  for (const r of report.rows) {
    const e = r.reviewed
      ? `${r.reviewed.id} ${r.reviewed.start}${r.reviewed.end ? `..${r.reviewed.end}` : ""} [${r.reviewed.places.join(",")}]`
      : "—";
    const c = r.candidate
      ? `${r.candidate.category} ${r.candidate.start}${r.candidate.end ? `..${r.candidate.end}` : ""} [${r.candidate.places.map((p) => p.id).join(",")}]`
      : "—";
    console.log(`| ${r.matched ? "✓" : "✗"} | ${e} | ${c} | ${r.reason} |`);
  }
}
