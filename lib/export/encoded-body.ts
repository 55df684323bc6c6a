// Response bodies compressed once and kept: a large download, picture or the client dataset is
// gzipped/brotli-compressed on its first request (off the event loop, zlib's thread pool) and later
// requests with the same ETag get the stored buffer. Next's own compression would redo the work on
// every request (0.5 s CPU for the 100k dataset); it leaves responses that already carry a
// Content-Encoding alone.
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { LruCache } from "../chart/lru-cache";
import { processSingleton } from "../dataset-memo";

export type ContentCoding = "br" | "gzip" | "identity";

/** Below this size compression is left to the framework (cheap, and not worth a cache entry). */
export const COMPRESS_MIN_BYTES = 8 * 1024;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The coding to send for an Accept-Encoding header: brotli, then gzip (q=0 excludes), else none. */
export function negotiateEncoding(header: string | null): ContentCoding {
  if (!header) return "identity";
  const accepted = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    accepted.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return "identity";
}

async function compress(body: Buffer, coding: "br" | "gzip"): Promise<Buffer> {
  // Brotli quality 5 is several times faster than the default 11 with most of its gain; gzip 6.
  return coding === "br"
    ? brotliAsync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      })
    : gzipAsync(body, { level: 6 });
}

const state = () =>
  processSingleton("encoded-bodies", () => ({
    cache: new LruCache<Buffer>(300, 128_000_000, (b) => b.byteLength),
    pending: new Map<string, Promise<Buffer>>(),
  }));

/**
 * The body for `key` (an ETag, or anything naming exactly this content) in the client's preferred
 * coding, compressed once and then served from memory. Concurrent first requests share one job.
 */
export async function encodedBody(
  key: string,
  body: () => string | Buffer,
  acceptEncoding: string | null,
): Promise<{ body: Buffer | string; headers: Record<string, string> }> {
  const coding = negotiateEncoding(acceptEncoding);
  const vary = { Vary: "Accept-Encoding" };
  if (coding === "identity") return { body: body(), headers: vary };
  const { cache, pending } = state();
  const slot = `${coding}|${key}`;
  const hit = cache.get(slot);
  if (hit) return { body: hit, headers: { ...vary, "Content-Encoding": coding } };
  const raw = body();
  const bytes = typeof raw === "string" ? Buffer.from(raw) : raw;
  if (bytes.byteLength < COMPRESS_MIN_BYTES) return { body: raw, headers: vary };
  let job = pending.get(slot);
  if (!job) {
    job = compress(bytes, coding).then((out) => {
      cache.set(slot, out);
      return out;
    });
    job.finally(() => pending.delete(slot)).catch(() => {});
    pending.set(slot, job);
  }
  return { body: await job, headers: { ...vary, "Content-Encoding": coding } };
}

/** A Response body from a string or a Buffer without copying the buffer. */
export function responseBody(body: string | Buffer): string | Uint8Array<ArrayBuffer> {
  return typeof body === "string"
    ? body
    : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
}
