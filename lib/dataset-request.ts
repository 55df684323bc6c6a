// The browser's one request for a dataset too large to inline in the page (served by /api/dataset,
// see app/dashboard-facts.ts). instrumentation-client.ts starts it before React hydrates and the
// dashboard's provider takes it, so the download, JSON parse and decode happen while the page's
// scripts load, not after hydration has reached the provider.
import { type CompactDataset, decodeClientDataset } from "./client-dataset";

export const DATASET_PATH = "/api/dataset";

export type DecodedDataset = ReturnType<typeof decodeClientDataset>;

const requests = new Map<string, Promise<DecodedDataset>>();

/**
 * The decoded dataset at `url`: the request already under way for it, or a new one. A request that
 * fails is forgotten, so the next call tries again.
 */
export function requestDataset(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<DecodedDataset> {
  const pending = requests.get(url);
  if (pending) return pending;
  const request = fetcher(fetchableUrl(url))
    .then((response) => {
      if (!response.ok) throw new Error(`the dataset request failed (${response.status})`);
      return readJson(response) as Promise<CompactDataset>;
    })
    .then(decodeClientDataset);
  requests.set(url, request);
  request.catch(() => requests.delete(url));
  return request;
}

/**
 * The page asks for the dataset as a stored gzip file (`packed=gzip`, compressed once on the
 * server instead of per request). A browser without DecompressionStream asks for the plain JSON.
 */
export function fetchableUrl(url: string, canInflate = typeof DecompressionStream !== "undefined") {
  if (canInflate || !url.includes("packed=")) return url;
  const [path, query = ""] = url.split("?", 2);
  const params = new URLSearchParams(query);
  params.delete("packed");
  const rest = params.toString();
  return rest ? `${path}?${rest}` : (path as string);
}

/** The JSON of a response, inflating an application/gzip body. */
function readJson(response: Response): Promise<unknown> {
  const gzipped = response.headers.get("content-type")?.startsWith("application/gzip");
  if (!gzipped || !response.body) return response.json();
  return new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).json();
}

/** The dataset URL the server named in the page's head (`<link rel="preload" as="fetch">`), if any. */
export function preloadedDatasetUrl(doc: Pick<Document, "querySelector">): string | null {
  const link = doc.querySelector(`link[rel="preload"][as="fetch"][href^="${DATASET_PATH}?"]`);
  return link?.getAttribute("href") ?? null;
}
