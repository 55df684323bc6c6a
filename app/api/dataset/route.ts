// The compact client dataset (lib/client-dataset.ts) for large datasets, with an ETag so a reload
// revalidates with 304. `?v=<etag>` URLs (what the page asks for) are immutable. The body is
// encoded once per dataset and compressed once per coding (br/gzip, lib/export/encoded-body.ts).
import { getDataset } from "@/lib/events";
import { encodedBody, responseBody } from "@/lib/export/encoded-body";
import { matchesIfNoneMatch } from "@/lib/export/http-cache";
import { encodedDataset } from "./compact";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { body, etag } = encodedDataset(getDataset());
  const versioned = new URL(request.url).searchParams.get("v") === etag.replace(/"/g, "");
  const headers = {
    ETag: etag,
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "no-cache",
    Vary: "Accept-Encoding",
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  const encoded = await encodedBody(
    `dataset|${etag}`,
    () => body,
    request.headers.get("accept-encoding"),
  );
  return new Response(responseBody(encoded.body), { headers: { ...headers, ...encoded.headers } });
}
