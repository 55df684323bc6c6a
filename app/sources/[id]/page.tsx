// One source article in full, verbatim, with the quoted sentence(s) highlighted:
// `?quote=start-end` (character offsets) and/or `?event=id` (every quote that event takes from it).
// Unknown sources answer 404; bad parameters are ignored.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseQuoteParam, segmentText, type TextRange } from "@/components/detail/highlight-ranges";
import { ScrollToMark } from "@/components/detail/scroll-to-mark";
import { formatEventDate, formatPartialDate } from "@/lib/dates";
import { getDataset } from "@/lib/events";
import { SEEDS_DIR } from "@/lib/seed-files";
import { firstParam } from "@/lib/view-state";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

function findSource(id: string) {
  return getDataset().sources.find((s) => s.id === id) ?? null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const source = findSource(decodeURIComponent(id));
  return { title: source ? `Source ${source.id}` : "Source not found" };
}

/** Where source texts live: SEEDS_DIR, a seeds/ folder beside SOURCES_FILE (synthetic data), seeds/. */
function seedDirs(): string[] {
  const dirs = [process.env.SEEDS_DIR, SEEDS_DIR];
  if (process.env.SOURCES_FILE)
    dirs.splice(1, 0, path.join(path.dirname(path.resolve(process.env.SOURCES_FILE)), "seeds"));
  return dirs.filter((d): d is string => Boolean(d));
}

function readSourceText(file: string): string | null {
  // Source files are names inside a seeds folder; never follow a path out of it.
  const name = path.basename(file);
  for (const dir of seedDirs()) {
    try {
      return readFileSync(/*turbopackIgnore: true*/ path.join(dir, name), "utf8");
    } catch {}
  }
  return null;
}

export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  const { id: rawId } = await params;
  const id = decodeURIComponent(rawId);
  const source = findSource(id);
  if (!source) notFound();
  const query = await searchParams;
  const text = readSourceText(source.file);
  const eventId = firstParam(query, "event");
  const event = eventId ? getDataset().events.find((e) => e.id === eventId) : undefined;
  const ranges: TextRange[] = [];
  if (text !== null) {
    const quote = parseQuoteParam(firstParam(query, "quote"), text.length);
    if (quote) ranges.push(quote);
    for (const ref of event?.sources ?? []) {
      if (ref.sourceId !== source.id) continue;
      // Offsets are checked by the pipeline; fall back to a search if the text moved.
      if (text.slice(ref.start, ref.end) === ref.quote)
        ranges.push({ start: ref.start, end: ref.end });
      else {
        const at = text.indexOf(ref.quote);
        if (at >= 0) ranges.push({ start: at, end: at + ref.quote.length });
      }
    }
  }
  const segments = text === null ? [] : segmentText(text, ranges);
  const back = event ? `/?event=${encodeURIComponent(event.id)}` : "/";

  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <p className="text-sm">
        <Link href={back} className="text-blue-700 underline underline-offset-2">
          ← Back to the dashboard
        </Link>
      </p>
      <header className="mt-4 border-b border-slate-200 pb-4">
        <p className="font-mono text-xs text-slate-500">{source.id}</p>
        <h1 className="mt-1 text-2xl font-semibold leading-snug">
          {source.title || "Untitled source"}
        </h1>
        <p className="mt-2 text-sm text-slate-600">
          {source.publisher ?? "Publisher not stated"}
          {source.author ? ` · ${source.author}` : ""}
          {` · ${source.published ? formatPartialDate(source.published) : "date not stated"}`}
        </p>
        {source.url && (
          <p className="mt-1 text-sm">
            Original:{" "}
            <a
              href={source.url}
              rel="noopener noreferrer nofollow"
              className="break-all text-blue-700 underline"
            >
              {source.url}
            </a>
          </p>
        )}
        {event && (
          <p className="mt-3 rounded border border-amber-200 bg-amber-50 p-2 text-sm text-amber-950">
            Highlighted: what this article says about <strong>{event.title}</strong> (
            {formatEventDate(event)}).
          </p>
        )}
      </header>
      {text === null ? (
        <p role="alert" className="mt-4 text-red-800">
          The text of this source ({source.file}) is not available on this server.
        </p>
      ) : (
        <article className="mt-4 whitespace-pre-wrap break-words font-serif text-[17px] leading-relaxed text-slate-900">
          {segments.map((s, i) =>
            s.mark === 0 ? (
              <span key={i}>{s.text}</span>
            ) : (
              <mark
                key={i}
                id={`quote-${s.mark}`}
                className="rounded bg-yellow-200 px-0.5 text-slate-950"
              >
                {s.text}
              </mark>
            ),
          )}
        </article>
      )}
      {ranges.length > 0 && <ScrollToMark id="quote-1" />}
    </main>
  );
}
