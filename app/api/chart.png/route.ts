// GET /api/chart.png — a still picture of the dashboard state (docs/embedding.md lists the parameters).
import { handleChartRequest } from "@/lib/chart/chart-route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request): Promise<Response> {
  return handleChartRequest(request, "png");
}
