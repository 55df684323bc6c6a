// npm run eval: extraction on the seed articles alone, as if unseen (the reviewed events are not
// an input), scored against the reviewed seed events in data/events.json. Prints a table and the
// reason for every miss. Options: --root DIR, --json.
import path from "node:path";
import { evaluateSeeds } from "../lib/extract/seed-eval";

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
const root = path.resolve(rootAt === -1 ? process.cwd() : (args[rootAt + 1] ?? "."));
const report = evaluateSeeds(root);

if (args.includes("--json")) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `Extraction on ${report.articles} seed articles vs ${report.reviewedCount} reviewed events\n`,
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
