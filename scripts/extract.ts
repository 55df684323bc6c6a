// npm run extract -- --json <file>… : print the candidate events of each article as JSON; writes
// nothing. Without --json, prints a readable summary. --root DIR picks the gazetteer's project.
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle } from "../lib/extract/extract-article";
import { readGazetteer } from "../lib/extract/gazetteer-file";
import { indexGazetteer } from "../lib/extract/places";
import { readArticleFile } from "../lib/extract/read-article";
import { worldIndex } from "../lib/extract/world-cities";

const args = process.argv.slice(2);
const json = args.includes("--json");
const verbose = args.includes("--verbose");
const rootAt = args.indexOf("--root");
const root = path.resolve(rootAt === -1 ? process.cwd() : (args[rootAt + 1] ?? "."));
const files = args.filter((a, i) => !a.startsWith("--") && (rootAt === -1 || i !== rootAt + 1));
if (files.length === 0) {
  console.error("usage: npm run extract -- [--json] [--verbose] <file>…");
  process.exit(2);
}
const gazetteer = indexGazetteer(readGazetteer(root));
const world = worldIndex();
let failed = 0;
const all: unknown[] = [];
for (const file of files) {
  const read = readArticleFile(file, readFileSync);
  if (!read.ok) {
    console.error(`${file}: ${read.reason}`);
    failed++;
    continue;
  }
  const result = extractArticle(file, read.text, { gazetteer, world });
  if (result.problem) {
    console.error(`${file}: ${result.problem}`);
    failed++;
  }
  for (const c of result.candidates) {
    const { placeRecords: _p, categoryScores: _s, ...shown } = c;
    all.push(verbose ? c : shown);
  }
  if (!json) {
    console.log(
      `\n${file} (published ${result.published ?? "?"}): ${result.candidates.length} candidate(s)`,
    );
    for (const c of result.candidates)
      console.log(
        `  ${c.start}${c.end ? `..${c.end}` : ""} [${c.precision}] ${c.category} ${c.places.map((p) => p.id).join(",") || "-"} conf ${c.confidence}\n    “${c.quote.slice(0, 110)}”`,
      );
    for (const s of result.skipped)
      console.log(`  skipped: ${s.reason}: “${s.quote.slice(0, 80)}”`);
  }
}
if (json) console.log(JSON.stringify(all, null, 2));
process.exit(failed ? 1 : 0);
