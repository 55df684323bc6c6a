// Response bodies from cached bytes. Large answers (a 48 MB CSV, the 20 MB client dataset at 100k
// events) are kept as UTF-8 Buffers and handed to Response without a copy.
//
// Not done here, on purpose: pre-compressed bodies. Next 16 drops a route handler's
// Content-Encoding header (next/dist/server/send-response.js, FORBIDDEN_HEADERS) and then gzips the
// body itself, so a cached gzip/brotli buffer would reach the browser compressed twice. Compression
// per request stays Next's (`compress` in next.config.ts) until the app runs behind a custom server
// or a proxy that can serve stored encodings.
//
// Bodies above STREAM_ABOVE bytes go out as a pull stream of slices of the shared buffer: handed
// over whole, each response was copied into its socket's write queue, so 50 slow clients of the
// 48 MB CSV held 2.6 GB. Pulled slice by slice (backpressure), a connection holds a few slices.
export const STREAM_ABOVE = 1 << 20;
const SLICE = 256 * 1024;

export function responseBody(
  body: string | Buffer,
): string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array> {
  if (typeof body === "string") return body;
  const bytes = new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
  if (bytes.byteLength <= STREAM_ABOVE) return bytes;
  let at = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const end = Math.min(bytes.byteLength, at + SLICE);
        controller.enqueue(bytes.subarray(at, end));
        at = end;
        if (at >= bytes.byteLength) controller.close();
      },
    },
    { highWaterMark: 1 },
  );
}
