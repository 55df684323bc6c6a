// /embed — the dashboard for other sites' iframes: the same URL parameters plus
// `view=both|timeline|map|list`, no site chrome, an "Open full view" link and a source credit.
// The only framable route (next.config.ts sends frame-ancestors * here). Bad parameters are
// ignored like on the dashboard: an embed shows something sensible rather than an error page.
import type { Metadata } from "next";
import { parseEmbedView } from "@/lib/api-params";
import { DataFileError, type Dataset } from "@/lib/data-files";
import { getDataset } from "@/lib/events";
import { oembedAlternates } from "@/lib/oembed-metadata";
import { DATASET_NAME, PRODUCT_NAME } from "@/lib/product";
import { parseViewState, resolveViewState } from "@/lib/view-state";
import { dashboardFacts, embedCredit } from "../dashboard-facts";
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
  // Whole-dataset facts and the credit line are computed once per dataset, not per request.
  const { extent, initial, known, source } = dashboardFacts(dataset);
  const { state } = resolveViewState(parseViewState(params).state, known);
  return (
    <EmbedView
      source={source}
      initialState={state}
      defaultWindow={initial}
      extent={extent}
      view={parseEmbedView(params)}
      title={DATASET_NAME}
      credit={embedCredit(dataset)}
    />
  );
}
