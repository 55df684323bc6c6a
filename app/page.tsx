// The dashboard. A server component: it loads the dataset through the server-only loader, reads the
// URL into a view state (bad or unknown values are ignored, never a 500) and hands the client only
// what it draws, in the compact form of lib/client-dataset.ts: inlined for small datasets, fetched
// from /api/dataset (ETag, cacheable) for large ones so the page stays small at 100k events.
import type { Metadata } from "next";
import { DashboardShell } from "@/components/dashboard/dashboard-shell";
import { DataFileError, type Dataset } from "@/lib/data-files";
import { formatPartialDate } from "@/lib/dates";
import { getDataset } from "@/lib/events";
import { formatCount } from "@/lib/icu-free";
import { oembedAlternates } from "@/lib/oembed-metadata";
import { DATASET_NAME, PRODUCT_NAME } from "@/lib/product";
import { parseViewState, resolveViewState } from "@/lib/view-state";
import { dashboardFacts } from "./dashboard-facts";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

/** oEmbed discovery for the exact view the visitor is on. */
export async function generateMetadata({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}): Promise<Metadata> {
  return { alternates: await oembedAlternates("/", await searchParams) };
}

/** Shown sources on the page; the rest are counted (a synthetic archive may have thousands). */
const SOURCES_LISTED = 40;

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  let dataset: Dataset;
  try {
    dataset = getDataset();
  } catch (error) {
    return <DatasetError error={error} />;
  }
  const params = await searchParams;
  // Everything derived from the whole dataset is computed once per dataset (app/dashboard-facts.ts).
  const { extent, initial, known, source } = dashboardFacts(dataset);
  const { state } = resolveViewState(parseViewState(params).state, known);
  const sources = dataset.sources;

  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-1 px-4 py-3 lg:px-6">
          <h1 className="flex flex-col">
            <span className="text-xs font-semibold uppercase tracking-[0.14em] text-slate-500">
              {PRODUCT_NAME}
            </span>
            <span className="sr-only">: </span>
            <span className="text-xl font-semibold text-slate-900 sm:text-2xl">{DATASET_NAME}</span>
          </h1>
          <p className="text-sm text-slate-600">
            {formatCount(dataset.events.length)} {dataset.events.length === 1 ? "event" : "events"}{" "}
            from{" "}
            <a href="#sources" className="font-medium text-blue-700 underline underline-offset-2">
              {formatCount(sources.length)} {sources.length === 1 ? "source" : "sources"}
            </a>
            <span className="hidden sm:inline">
              {" "}
              · every event links to the sentence that states it
            </span>
          </p>
        </div>
      </header>
      <main className="pt-4">
        <DashboardShell
          source={source}
          initialState={state}
          defaultWindow={initial}
          extent={extent}
        />
        <section
          id="sources"
          aria-labelledby="sources-title"
          className="mx-4 mb-8 rounded-lg border border-slate-200 bg-white p-4 lg:mx-6"
        >
          <h2 id="sources-title" className="text-base font-semibold text-slate-900">
            Sources ({formatCount(sources.length)})
          </h2>
          {/* Plain links: up to 40 next/link components would each hydrate and watch the viewport
              to prefetch pages few readers open. */}
          <ul className="mt-2 divide-y divide-slate-100" aria-label="Sources">
            {sources.slice(0, SOURCES_LISTED).map((s) => (
              <li
                key={s.id}
                className="flex flex-col gap-0.5 py-2 sm:flex-row sm:items-baseline sm:gap-3"
              >
                <a
                  href={`/sources/${encodeURIComponent(s.id)}`}
                  className="font-mono text-xs text-blue-700 underline underline-offset-2"
                >
                  {s.id}
                </a>
                <span className="min-w-0 flex-1 truncate text-sm text-slate-800">{s.title}</span>
                <span className="text-xs text-slate-500">
                  {s.publisher ?? "Publisher not stated"}
                  {s.published ? ` · ${formatPartialDate(s.published)}` : ""}
                </span>
              </li>
            ))}
          </ul>
          {sources.length > SOURCES_LISTED && (
            <p className="mt-2 text-sm text-slate-500">
              and {formatCount(sources.length - SOURCES_LISTED)} more.
            </p>
          )}
        </section>
      </main>
    </div>
  );
}

function DatasetError({ error }: { error: unknown }) {
  const problems =
    error instanceof DataFileError
      ? error.message.split("\n")
      : [error instanceof Error ? error.message : String(error)];
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-semibold">{PRODUCT_NAME}</h1>
      <div role="alert" className="mt-4 rounded border border-red-200 bg-red-50 p-4 text-red-900">
        <h2 className="font-semibold">The dataset could not be loaded</h2>
        <ul className="mt-2 list-disc pl-5 font-mono text-xs">
          {problems.slice(0, 50).map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
        <p className="mt-2 text-sm">Run `npm run validate` for the full report.</p>
      </div>
    </main>
  );
}
