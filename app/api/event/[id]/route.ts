// Detail JSON for one event (the dashboard's detail panel): summary, actors, and every source with
// its verbatim quote, publisher and date. Unknown ids answer 404, malformed ids 400, never 500.
import { toEventDetail } from "@/components/detail/event-detail";
import type { Dataset } from "@/lib/data-files";
import { getDataset } from "@/lib/events";
import type { NewsEvent, Place, Source } from "@/lib/schema";

export const dynamic = "force-dynamic";

const ID_PATTERN = /^[A-Za-z0-9_-]{1,120}$/;

interface Lookup {
  events: Map<string, NewsEvent>;
  places: Map<string, Place>;
  sources: Map<string, Source>;
}

// Built once per loaded dataset: a detail request is a map lookup, whatever the size.
const lookups = new WeakMap<Dataset, Lookup>();
function lookupOf(dataset: Dataset): Lookup {
  let entry = lookups.get(dataset);
  if (!entry) {
    entry = {
      events: new Map(dataset.events.map((e) => [e.id, e])),
      places: new Map(dataset.places.map((p) => [p.id, p])),
      sources: new Map(dataset.sources.map((s) => [s.id, s])),
    };
    lookups.set(dataset, entry);
  }
  return entry;
}

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  if (!ID_PATTERN.test(id))
    return Response.json(
      { error: `"${id.slice(0, 40)}" is not a valid event id` },
      { status: 400 },
    );
  const lookup = lookupOf(getDataset());
  const event = lookup.events.get(id);
  if (!event) return Response.json({ error: `unknown event "${id}"` }, { status: 404 });
  const detail = toEventDetail(event, lookup.places, lookup.sources);
  return Response.json(detail, { headers: { "Cache-Control": "no-cache" } });
}
