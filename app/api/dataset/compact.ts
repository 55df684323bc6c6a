// The dataset in its compact client form, encoded once per loaded dataset and shared by the home
// page (inlined when small) and /api/dataset (fetched when large). The ETag is a hash of the body.
import "server-only";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { type CompactDataset, encodeClientDataset } from "@/lib/client-dataset";
import type { Dataset } from "@/lib/data-files";
import { memoPerDataset } from "@/lib/dataset-memo";

export interface EncodedDataset {
  /** Kept only for datasets small enough to inline in the page (null otherwise: memory). */
  compact: CompactDataset | null;
  /** UTF-8 JSON, encoded once (converting the string per response cost a copy each time). */
  body: Buffer;
  etag: string;
}

/** Once per loaded dataset for the whole process (the page and the API route share it). */
export function encodedDataset(dataset: Dataset): EncodedDataset {
  return memoPerDataset("encoded-dataset", dataset, (d) => {
    const compact = encodeClientDataset(d.events, d.places);
    const body = Buffer.from(JSON.stringify(compact));
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    return { compact: d.events.length <= INLINE_MAX_EVENTS ? compact : null, body, etag };
  });
}

const gzipAsync = promisify(gzip);

/**
 * The dataset's JSON gzipped once per dataset, off the event loop (zlib's thread pool): what the
 * page fetches (`?packed=gzip`). Next drops a route's Content-Encoding and would gzip the JSON
 * again on every request (36 ms of CPU at 10,000 events, 0.5 s at 100,000).
 */
export function packedDataset(dataset: Dataset): Promise<Buffer> {
  return memoPerDataset("dataset-gzip", dataset, (d) =>
    gzipAsync(encodedDataset(d).body, { level: 6 }),
  );
}

/** Datasets up to this many events are inlined in the page; larger ones are fetched. */
export const INLINE_MAX_EVENTS = 1500;
