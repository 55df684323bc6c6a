// Stage 5: one Source record per seed — facts parsed from the text plus the curated
// metadata the text does not contain (publisher when evidenced; url stays null).
import type { Source } from "../schema";
import type { CuratedSource } from "./curated-schema";
import { parseSourceHeader } from "./parse-source";
import type { Seed } from "./read-seeds";
import { splitArticles } from "./split-articles";

const LEAD_MAX = 140;

/** For pages without a headline: the lead sentence (shortened at a word), never invented text. */
export function leadTitle(text: string, from = 0): string {
  const body = text.slice(from).trim();
  const sentence = /^[^\n]*?[.!?](?=\s|$)/.exec(body)?.[0] ?? body.split("\n")[0] ?? "";
  if (sentence.length <= LEAD_MAX) return sentence;
  const cut = sentence.slice(0, LEAD_MAX);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

export function buildSource(
  seed: Seed,
  curated: CuratedSource | undefined,
  isRelated: (text: string) => boolean,
): Source {
  const header = parseSourceHeader(seed.text);
  // The lead starts after a byline line or after a dateline's "(TDI):".
  const headerEnd = header.author
    ? seed.text.indexOf("\n") + 1
    : header.dateline
      ? seed.text.indexOf("):") + 2
      : 0;
  const title = curated?.title ?? header.title ?? leadTitle(seed.text, headerEnd);
  return {
    id: seed.id,
    file: seed.file,
    title,
    publisher: curated?.publisher ?? header.agency ?? null,
    author: curated?.author !== undefined ? curated.author : header.author,
    published: header.published,
    url: curated?.url ?? null,
    sha256: seed.sha256,
    articles: splitArticles(seed.text, { title, published: header.published, isRelated }),
  };
}
