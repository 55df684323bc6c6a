// GET /api/events.geojson — the events the dashboard state shows, as a download.
import { handleDownloadRequest } from "@/lib/export/download-route";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return handleDownloadRequest(request, "geojson");
}
