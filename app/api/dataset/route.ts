// The compact client dataset (lib/client-dataset.ts) for large datasets, with an ETag so a reload
// revalidates with 304. `?v=<etag>` URLs (what the page asks for) are immutable.
import { getDataset } from "@/lib/events";
import { encodedDataset } from "./compact";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { body, etag } = encodedDataset(getDataset());
  const versioned = new URL(request.url).searchParams.get("v") === etag.replace(/"/g, "");
  const headers = {
    ETag: etag,
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "no-cache",
  };
  if (request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
