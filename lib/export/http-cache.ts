// HTTP caching for pictures and downloads: a strong ETag from the canonical request and the data
// version, shared Cache-Control, and If-None-Match handling (RFC 9110 §13.1.2) for 304 answers.
import { createHash } from "node:crypto";
import { memoPerDataset } from "../dataset-memo";

export { matchesIfNoneMatch } from "../http/if-none-match.mjs";

export const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=3600";

/** Bump when the renderers or export formats change, so old ETags stop matching. */
export const OUTPUT_VERSION = "1";

/** A short hash of the dataset's content, computed once per loaded dataset (for all routes). */
export function dataVersion(dataset: object): string {
  return memoPerDataset("data-version", dataset, (d) =>
    createHash("sha256").update(JSON.stringify(d)).digest("hex").slice(0, 16),
  );
}

export function etagFor(parts: readonly string[]): string {
  const hash = createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 27);
  return `"${hash}"`;
}

export function cacheHeaders(etag: string): Record<string, string> {
  return { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding" };
}

export function notModified(etag: string): Response {
  return new Response(null, { status: 304, headers: cacheHeaders(etag) });
}
