// Response bodies from cached bytes. Large answers (a 48 MB CSV, the 20 MB client dataset at 100k
// events) are kept as UTF-8 Buffers and handed to Response without a copy.
//
// Not done here, on purpose: pre-compressed bodies. Next 16 drops a route handler's
// Content-Encoding header (next/dist/server/send-response.js, FORBIDDEN_HEADERS) and then gzips the
// body itself, so a cached gzip/brotli buffer would reach the browser compressed twice. Compression
// per request stays Next's (`compress` in next.config.ts) until the app runs behind a custom server
// or a proxy that can serve stored encodings.
export function responseBody(body: string | Buffer): string | Uint8Array<ArrayBuffer> {
  return typeof body === "string"
    ? body
    : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
}
