// npm run data [-- --root DIR --out DIR]: rebuild data/*.json from seeds/ and data/curated/.
// On any problem nothing is written, every problem is printed as `file › record › field: message`
// and the exit code is 1.
import path from "node:path";
import { formatProblem } from "../lib/data-files";
import { buildData } from "../lib/pipeline/build-data";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

const root = path.resolve(arg("root") ?? process.cwd());
const outArg = arg("out");
const result = buildData({ root, outDir: outArg ? path.resolve(outArg) : undefined });
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem(s); no data file was written.`);
  process.exit(1);
}
const { counts, changed } = result;
console.log(
  `data: ${counts.events} events, ${counts.places} places, ${counts.sources} sources; ` +
    (changed.length
      ? `wrote ${changed.map((f) => path.relative(process.cwd(), f)).join(", ")}`
      : "unchanged"),
);
