// Rendered pictures behind an LRU cache keyed by ETag (canonical request + data version), with
// concurrent identical PNG requests sharing one rendering.
import type { ChartParams } from "../api-params";
import type { Dataset } from "../data-files";
import { processSingleton } from "../dataset-memo";
import { dataVersion, etagFor, OUTPUT_VERSION } from "../export/http-cache";
import { serializeViewState, type ViewState } from "../view-state";
import { LruCache } from "./lru-cache";
import { renderChartSvg } from "./render-chart";
import { svgToPng } from "./svg-to-png";

export type ChartFormat = "svg" | "png";

// Process-wide (shared by the chart.svg and chart.png route bundles, see lib/dataset-memo.ts).
const caches = () =>
  processSingleton("chart-caches", () => ({
    svg: new LruCache<string>(200, 32_000_000, (s) => s.length * 2),
    png: new LruCache<Buffer>(100, 96_000_000, (b) => b.byteLength),
    pending: new Map<string, Promise<Buffer>>(),
  }));

/** Canonical description of a picture request: same picture ⇔ same string. */
export function chartKey(format: ChartFormat, params: ChartParams, state: ViewState): string {
  return [
    format,
    params.view,
    params.theme,
    `${params.width}x${params.height}`,
    format === "png" ? `@${params.scale}` : "",
    params.title ?? "",
    serializeViewState(state).toString(),
  ].join("|");
}

export function chartEtag(
  format: ChartFormat,
  params: ChartParams,
  state: ViewState,
  dataset: Dataset,
): string {
  return etagFor([OUTPUT_VERSION, dataVersion(dataset), chartKey(format, params, state)]);
}

export function chartSvg(
  params: ChartParams,
  state: ViewState,
  dataset: Dataset,
  etag: string,
): string {
  const svgCache = caches().svg;
  const cached = svgCache.get(etag);
  if (cached !== undefined) return cached;
  const svg = renderChartSvg(
    {
      view: params.view,
      theme: params.theme,
      width: params.width,
      height: params.height,
      title: params.title,
      state,
    },
    dataset,
  );
  svgCache.set(etag, svg);
  return svg;
}

export async function chartPng(
  params: ChartParams,
  state: ViewState,
  dataset: Dataset,
  etag: string,
): Promise<Buffer> {
  const { png: pngCache, pending } = caches();
  const cached = pngCache.get(etag);
  if (cached) return cached;
  let job = pending.get(etag);
  if (!job) {
    const svgTag = chartEtag("svg", params, state, dataset);
    job = svgToPng(chartSvg(params, state, dataset, svgTag), params.scale).then((png) => {
      pngCache.set(etag, png);
      return png;
    });
    job.finally(() => pending.delete(etag)).catch(() => {});
    pending.set(etag, job);
  }
  return job;
}
