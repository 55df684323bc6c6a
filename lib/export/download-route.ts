// The GET handler behind /api/events.csv, /api/events.geojson and /api/events.json: the events the
// dashboard state shows (filterEvents, the one definition), as a download with caching headers.
import { LruCache } from "../chart/lru-cache";
import { processSingleton } from "../dataset-memo";
import { filterEvents } from "../filter-events";
import { serializeViewState } from "../view-state";
import { attachment, downloadFilename, jsonError, loadDataset, stateFor } from "./api-response";
import { eventsToCsv } from "./csv";
import { eventsToGeoJson } from "./geojson";
import {
  cacheHeaders,
  dataVersion,
  etagFor,
  matchesIfNoneMatch,
  notModified,
  OUTPUT_VERSION,
} from "./http-cache";
import { responseBody } from "./response-body";

export type DownloadFormat = "csv" | "geojson" | "json";

const CONTENT_TYPES: Record<DownloadFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  geojson: "application/geo+json; charset=utf-8",
  json: "application/json; charset=utf-8",
};

interface Download {
  /** UTF-8 bytes, encoded once: converting a 48 MB string per response was most of the cost. */
  body: Buffer;
  count: number;
}

// Bodies by ETag (canonical state + data version + format): a repeated download is a lookup, not
// a filter and serialisation of up to 100k events (1.9 s). Bounded by total size.
const downloads = () =>
  processSingleton(
    "downloads",
    () => new LruCache<Download>(100, 128_000_000, (d) => d.body.byteLength),
  );

export async function handleDownloadRequest(
  request: Request,
  format: DownloadFormat,
): Promise<Response> {
  const url = new URL(request.url);
  const loaded = loadDataset();
  if ("response" in loaded) return loaded.response;
  const { dataset } = loaded;
  const state = stateFor(url.searchParams, dataset);
  if (!state.ok) return jsonError(state.error);
  const bomRaw = url.searchParams.get("bom");
  if (bomRaw !== null && !["", "0", "1"].includes(bomRaw))
    return jsonError({ param: "bom", error: `bom must be 1 or 0 (got "${bomRaw.slice(0, 40)}")` });
  const bom = format === "csv" && bomRaw === "1";

  const etag = etagFor([
    OUTPUT_VERSION,
    dataVersion(dataset),
    format,
    bom ? "bom" : "",
    serializeViewState(state.value).toString(),
  ]);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return notModified(etag);
  let download = downloads().get(etag);
  if (!download) {
    const events = filterEvents(dataset.events, state.value, dataset.places);
    const body =
      format === "csv"
        ? (bom ? "\uFEFF" : "") + eventsToCsv(events, dataset.places)
        : format === "geojson"
          ? JSON.stringify(eventsToGeoJson(events, dataset.places))
          : JSON.stringify({ events }, null, 2);
    download = { body: Buffer.from(body), count: events.length };
    downloads().set(etag, download);
  }
  return new Response(responseBody(download.body), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": attachment(downloadFilename(state.value, format)),
      "X-Event-Count": String(download.count),
      ...cacheHeaders(etag),
    },
  });
}
