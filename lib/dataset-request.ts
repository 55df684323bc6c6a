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
  const request = fetcher(url)
    .then((response) => {
      if (!response.ok) throw new Error(`the dataset request failed (${response.status})`);
      return response.json() as Promise<CompactDataset>;
    })
    .then(decodeClientDataset);
  requests.set(url, request);
  request.catch(() => requests.delete(url));
  return request;
}

/** The dataset URL the server named in the page's head (`<link rel="preload" as="fetch">`), if any. */
export function preloadedDatasetUrl(doc: Pick<Document, "querySelector">): string | null {
  const link = doc.querySelector(`link[rel="preload"][as="fetch"][href^="${DATASET_PATH}?"]`);
  return link?.getAttribute("href") ?? null;
}
