// The GET handler behind /api/chart.svg and /api/chart.png: validate, answer 304 when the client
// has this picture, else serve it from the cache or render it.
import { parseChartParams } from "../api-params";
import {
  attachment,
  clampHeader,
  downloadFilename,
  jsonError,
  loadDataset,
  stateFor,
} from "../export/api-response";
import { cacheHeaders, matchesIfNoneMatch, notModified } from "../export/http-cache";
import { responseBody } from "../export/response-body";
import { type ChartFormat, chartEtag, chartPng, chartSvg } from "./chart-service";

const CONTENT_TYPES: Record<ChartFormat, string> = {
  svg: "image/svg+xml; charset=utf-8",
  png: "image/png",
};

export async function handleChartRequest(request: Request, format: ChartFormat): Promise<Response> {
  const url = new URL(request.url);
  const params = parseChartParams(url.searchParams, format);
  if (!params.ok) return jsonError(params.error);
  const loaded = loadDataset();
  if ("response" in loaded) return loaded.response;
  const state = stateFor(url.searchParams, loaded.dataset);
  if (!state.ok) return jsonError(state.error);

  const etag = chartEtag(format, params.value, state.value, loaded.dataset);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return notModified(etag);
  const body =
    format === "svg"
      ? chartSvg(params.value, state.value, loaded.dataset, etag)
      : await chartPng(params.value, state.value, loaded.dataset, etag);
  const filename = downloadFilename(state.value, format, params.value.view);
  return new Response(responseBody(body), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": params.value.download
        ? attachment(filename)
        : `inline; filename="${filename}"`,
      ...cacheHeaders(etag),
      ...clampHeader(params.clamped),
    },
  });
}
