// Full event list for the baseline pages (benchmark only; 404 unless BENCH_BASELINES=1).
import { defaultWindow } from "@/components/dashboard/default-window";
import { eventSpanMs } from "@/lib/dates";
import { getDataset } from "@/lib/events";
import type { BaselineData } from "../_baseline/baseline-data";
import { baselinesEnabled } from "../_baseline/baselines-enabled";

export const dynamic = "force-dynamic";

let cached: string | null = null;

function payload(): string {
  const { events, places } = getDataset();
  const data: BaselineData = {
    events: events.map((e) => {
      const { startMs, endMs } = eventSpanMs(e);
      return {
        id: e.id,
        title: e.title,
        category: e.category,
        startMs,
        endMs,
        span: e.end !== null || e.precision !== "day",
        places: e.places,
      };
    }),
    places: places.map((p) => ({ id: p.id, name: p.name, lat: p.lat, lon: p.lon })),
    window: defaultWindow(events.map((e) => eventSpanMs(e))),
  };
  return JSON.stringify(data);
}

export function GET(): Response {
  if (!baselinesEnabled()) return new Response("Not found\n", { status: 404 });
  cached ??= payload();
  return new Response(cached, {
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}
