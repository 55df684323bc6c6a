// `npm run eval` as a function: extract from the seed articles alone (the reviewed events are not
// an input) and score the merged candidates against the reviewed events of data/events.json.
import { readFileSync } from "node:fs";
import path from "node:path";
import { eventsFileSchema, sourcesFileSchema } from "../schema";
import { type EvalReport, evaluate } from "./evaluate";
import { extractArticle } from "./extract-article";
import { readGazetteer } from "./gazetteer-file";
import { mergeCandidates } from "./merge-candidates";
import { indexGazetteer } from "./places";
import { readArticleFile } from "./read-article";
import { worldIndex } from "./world-cities";

export function evaluateSeeds(root: string): EvalReport & { articles: number } {
  const read = (rel: string) => JSON.parse(readFileSync(path.join(root, rel), "utf8"));
  const events = eventsFileSchema.parse(read("data/events.json")).events;
  const sources = sourcesFileSchema.parse(read("data/sources.json"));
  const seedFiles = new Map(sources.map((s) => [s.id, s.file]));
  const reviewed = events.filter(
    (e) =>
      e.status === "reviewed" &&
      e.sources.every((r) => seedFiles.has(r.sourceId)) &&
      !(e.notes ?? []).some((n) => /^accepted by |^corrected \(/.test(n)),
  );
  const ids = [...new Set(reviewed.flatMap((e) => e.sources.map((r) => r.sourceId)))].sort();
  const gazetteer = indexGazetteer(readGazetteer(root));
  const world = worldIndex();
  const candidates = ids.flatMap((id) => {
    const file = path.join(root, "seeds", seedFiles.get(id) ?? "");
    const article = readArticleFile(file, readFileSync);
    if (!article.ok) throw new Error(`${file}: ${article.reason}`);
    return extractArticle(`seeds/${seedFiles.get(id)}`, article.text, { gazetteer, world })
      .candidates;
  });
  return { ...evaluate(reviewed, mergeCandidates(candidates)), articles: ids.length };
}
