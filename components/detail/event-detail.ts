// What the detail panel shows for one event: everything the views leave out (summary, actors, the
// verbatim quotes with their publisher and date). Built on the server from the dataset; pure.
import { formatEventDate, formatPartialDate } from "@/lib/dates";
import type {
  Actor,
  Category,
  EventStatus,
  NewsEvent,
  Place,
  Precision,
  Source,
} from "@/lib/schema";

export interface EventDetailSource {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
  title: string | null;
  publisher: string | null;
  author: string | null;
  /** ISO publication date the page states, or null. */
  published: string | null;
  /** Human text of the publication date, or null. */
  publishedText: string | null;
  /** Original URL, when known. */
  url: string | null;
  /** The article page in this app, with the quote highlighted. */
  href: string;
}

export interface EventDetail {
  id: string;
  title: string;
  summary: string;
  category: Category;
  start: string;
  end: string | null;
  precision: Precision;
  dateText: string;
  places: { id: string; name: string }[];
  origin: { id: string; name: string } | null;
  actors: Actor[];
  status: EventStatus;
  confidence: number;
  notes: string[];
  sources: EventDetailSource[];
}

export function toEventDetail(
  event: NewsEvent,
  places: ReadonlyMap<string, Place>,
  sources: ReadonlyMap<string, Source>,
): EventDetail {
  const place = (id: string) => ({ id, name: places.get(id)?.name ?? id });
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    category: event.category,
    start: event.start,
    end: event.end,
    precision: event.precision,
    dateText: formatEventDate(event),
    places: event.places.map(place),
    origin: event.origin ? place(event.origin) : null,
    actors: event.actors,
    status: event.status,
    confidence: event.confidence,
    notes: event.notes ?? [],
    sources: event.sources.map((ref) => {
      const source = sources.get(ref.sourceId);
      const query = new URLSearchParams({ quote: `${ref.start}-${ref.end}`, event: event.id });
      return {
        sourceId: ref.sourceId,
        quote: ref.quote,
        start: ref.start,
        end: ref.end,
        title: source?.title ?? null,
        publisher: source?.publisher ?? null,
        author: source?.author ?? null,
        published: source?.published ?? null,
        publishedText: source?.published ? formatPartialDate(source.published) : null,
        url: source?.url ?? null,
        href: `/sources/${encodeURIComponent(ref.sourceId)}?${query.toString()}`,
      };
    }),
  };
}
