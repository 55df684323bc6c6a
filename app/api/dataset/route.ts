// The compact client dataset (lib/client-dataset.ts) for large datasets, with an ETag so a reload
// revalidates with 304. `?v=<etag>` URLs (what the page asks for) are immutable. The body is
// encoded once per dataset as UTF-8 bytes (see lib/export/response-body.ts on compression).
import { getDataset } from "@/lib/events";
import { matchesIfNoneMatch } from "@/lib/export/http-cache";
import { responseBody } from "@/lib/export/response-body";
import { encodedDataset, packedDataset } from "./compact";

export const dynamic = "force-dynamic";

/**
 * `?packed=gzip` (what the page asks for): the same JSON as a stored gzip file (Content-Type
 * application/gzip, no-transform), inflated by the browser with DecompressionStream
 * (lib/dataset-request.ts). Compressed once per dataset (compact.ts), not on every request.
 */
export async function GET(request: Request) {
  const dataset = getDataset();
  const { body, etag } = encodedDataset(dataset);
  const params = new URL(request.url).searchParams;
  const packed = params.get("packed");
  if (packed !== null && packed !== "gzip")
    return Response.json(
      { param: "packed", error: `packed must be "gzip" (got "${packed.slice(0, 40)}")` },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  const versioned = params.get("v") === etag.replace(/"/g, "");
  const tag = packed ? `${etag.slice(0, -1)}-gz"` : etag;
  const cacheControl = versioned ? "public, max-age=31536000, immutable" : "no-cache";
  const headers: Record<string, string> = packed
    ? {
        ETag: tag,
        "Content-Type": "application/gzip",
        "Cache-Control": `${cacheControl}, no-transform`,
      }
    : {
        ETag: tag,
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": cacheControl,
        Vary: "Accept-Encoding",
      };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), tag))
    return new Response(null, { status: 304, headers });
  return new Response(responseBody(packed ? await packedDataset(dataset) : body), { headers });
}
