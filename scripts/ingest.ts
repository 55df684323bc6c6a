// npm run ingest -- <file-or-folder>… [--root DIR]: add articles (.txt, .md, .html) to the dataset
// with their extracted events (status "extracted", shown as unreviewed). One line per file; exit
// status 1 if any file failed (the others are still ingested) or the dataset could not be written.
import path from "node:path";
import { formatProblem } from "../lib/data-files";
import { ingest } from "../lib/extract/ingest";

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
const root = path.resolve(rootAt === -1 ? process.cwd() : (args[rootAt + 1] ?? "."));
const inputs = args.filter((a, i) => !a.startsWith("--") && (rootAt === -1 || i !== rootAt + 1));
if (inputs.length === 0) {
  console.error("usage: npm run ingest -- <file-or-folder>… [--root DIR]");
  process.exit(2);
}
const started = Date.now();
const result = ingest({ root, inputs });
for (const f of result.files) {
  const line = `${f.file}: ${f.status === "failed" ? "FAILED — " : `${f.status} — `}${f.message}`;
  if (f.status === "failed") console.error(line);
  else console.log(line);
}
for (const p of result.problems) console.error(formatProblem(p));
const failed = result.files.filter((f) => f.status === "failed").length;
console.log(
  `ingest: ${result.sourcesAdded} source(s) added, ${result.newEvents} new extracted event(s), ` +
    `${result.updatedEvents} existing event(s) gained sources, ${result.newPlaces} new place(s), ` +
    `${failed} failed, in ${Date.now() - started} ms` +
    (result.written.length
      ? `; wrote ${result.written.map((f) => path.relative(root, f)).join(", ")}`
      : "; nothing written"),
);
process.exit(failed || result.problems.length ? 1 : 0);
