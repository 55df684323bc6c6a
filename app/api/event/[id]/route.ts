// Detail JSON for one event (the dashboard's detail panel): summary, actors, and every source with
// its verbatim quote, publisher and date. Unknown ids answer 404, malformed ids 400, never 500.
import { toEventDetail } from "@/components/detail/event-detail";
import { getDataset } from "@/lib/events";

export const dynamic = "force-dynamic";

const ID_PATTERN = /^[A-Za-z0-9_-]{1,120}$/;

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  if (!ID_PATTERN.test(id))
    return Response.json(
      { error: `"${id.slice(0, 40)}" is not a valid event id` },
      { status: 400 },
    );
  const dataset = getDataset();
  const event = dataset.events.find((e) => e.id === id);
  if (!event) return Response.json({ error: `unknown event "${id}"` }, { status: 404 });
  const detail = toEventDetail(
    event,
    new Map(dataset.places.map((p) => [p.id, p])),
    new Map(dataset.sources.map((s) => [s.id, s])),
  );
  return Response.json(detail, { headers: { "Cache-Control": "no-cache" } });
}
