// /embed — the dashboard for other sites' iframes: the same URL parameters plus
// `view=both|timeline|map|list`, no site chrome, an "Open full view" link and a source credit.
// The only framable route (next.config.ts sends frame-ancestors * here). Bad parameters are
// ignored like on the dashboard: an embed shows something sensible rather than an error page.
import type { Metadata } from "next";
import type { DatasetSource } from "@/components/dashboard/dashboard-provider";
import { defaultWindow, extentOf } from "@/components/dashboard/default-window";
import { parseEmbedView } from "@/lib/api-params";
import { citedSources, creditText } from "@/lib/chart/describe-state";
import { DataFileError, type Dataset } from "@/lib/data-files";
import { eventSpanMs } from "@/lib/dates";
import { getDataset } from "@/lib/events";
import { oembedAlternates } from "@/lib/oembed-metadata";
import { DATASET_NAME, PRODUCT_NAME } from "@/lib/product";
import { parseViewState, resolveViewState } from "@/lib/view-state";
import { encodedDataset, INLINE_MAX_EVENTS } from "../api/dataset/compact";
import { EmbedView } from "./embed-view";
import "./embed.css";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  return {
    title: `${DATASET_NAME} (embed)`,
    robots: { index: false },
    alternates: await oembedAlternates("/embed", await searchParams),
  };
}

export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  let dataset: Dataset;
  try {
    dataset = getDataset();
  } catch (error) {
    return (
      <p role="alert" className="p-3 text-sm text-red-800">
        {PRODUCT_NAME}: the data could not be loaded
        {error instanceof DataFileError
          ? ` (${error.problems.length} problems in the data files)`
          : ""}
        .
      </p>
    );
  }
  const params = await searchParams;
  const placeIds = new Set(dataset.places.map((p) => p.id));
  const eventIds = new Set(dataset.events.map((e) => e.id));
  const { state } = resolveViewState(parseViewState(params).state, {
    hasPlace: (id) => placeIds.has(id),
    hasEvent: (id) => eventIds.has(id),
  });
  const encoded = encodedDataset(dataset);
  const source: DatasetSource =
    dataset.events.length <= INLINE_MAX_EVENTS
      ? { kind: "inline", data: encoded.compact }
      : {
          kind: "remote",
          url: `/api/dataset?v=${encodeURIComponent(encoded.etag.replace(/"/g, ""))}`,
          eventCount: dataset.events.length,
        };
  const spans = dataset.events.map(eventSpanMs);
  const credit =
    citedSources(dataset.events, dataset.sources).length > 0
      ? creditText(dataset.events, dataset.sources).replace(/\.$/, "")
      : "No sources";
  return (
    <EmbedView
      source={source}
      initialState={state}
      defaultWindow={defaultWindow(spans)}
      extent={extentOf(spans)}
      view={parseEmbedView(params)}
      title={DATASET_NAME}
      credit={credit}
    />
  );
}
