// GET /api/oembed?url=…&maxwidth=…&maxheight=…&format=json — oEmbed provider for this site's
// dashboard and embed URLs.
import { CACHE_CONTROL } from "@/lib/export/http-cache";
import { oembedFor, requestOrigin } from "@/lib/oembed";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const result = oembedFor(url.searchParams, requestOrigin(request));
  return Response.json(result.body, {
    status: result.status,
    headers: {
      "Cache-Control": result.status === 200 ? CACHE_CONTROL : "no-store",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
