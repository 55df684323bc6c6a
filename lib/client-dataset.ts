// The one seam between the server's dataset and what the browser draws. The server encodes the
// events and places into a compact columnar form (no summaries, quotes or source texts); the client
// decodes it back into ClientEvent / ClientPlace. Both delivery paths use it: inlined in the page
// for small datasets, fetched from /api/dataset for large ones.
import type { ClientEvent, ClientPlace } from "../components/dashboard/types";
import { eventSpanMs } from "./dates";
import { sortEventsByDate } from "./filter-events";
import type { Category, EventStatus, NewsEvent, Place, Precision } from "./schema";
import { CATEGORIES, PRECISIONS } from "./vocabulary";

export const COMPACT_VERSION = 1;

/** Columns of equal length; strings are shared through the place index, enums are small ints. */
export interface CompactDataset {
  v: typeof COMPACT_VERSION;
  places: {
    id: string[];
    name: string[];
    country: string[];
    kind: string[];
    lat: number[];
    lon: number[];
  };
  events: {
    id: string[];
    title: string[];
    /** Index into CATEGORIES. */
    cat: number[];
    start: string[];
    /** "" when the event has no end. */
    end: string[];
    /** Index into PRECISIONS. */
    prec: number[];
    /** Place indices. */
    places: number[][];
    /** Place index of the origin, -1 for none. */
    origin: number[];
    /** 1 reviewed, 0 extracted. */
    reviewed: number[];
    /** Confidence in hundredths. */
    conf: number[];
    sources: number[];
  };
}

export function toClientPlace(place: Place): ClientPlace {
  return {
    id: place.id,
    name: place.name,
    country: place.country,
    kind: place.kind,
    lat: place.lat,
    lon: place.lon,
  };
}

export function toClientEvent(event: NewsEvent): ClientEvent {
  const span = eventSpanMs(event);
  return {
    id: event.id,
    title: event.title,
    category: event.category,
    start: event.start,
    end: event.end,
    precision: event.precision,
    startMs: span.startMs,
    endMs: span.endMs,
    places: [...event.places],
    origin: event.origin ?? null,
    status: event.status,
    confidence: event.confidence,
    sourceCount: event.sources.length,
  };
}

/** Encode the dataset for the browser, events in date order. Unknown place ids are dropped. */
export function encodeClientDataset(
  events: readonly NewsEvent[],
  places: readonly Place[],
): CompactDataset {
  const placeIndex = new Map(places.map((p, i) => [p.id, i]));
  const sorted = sortEventsByDate(events);
  const column = <T>(pick: (e: NewsEvent) => T): T[] => sorted.map(pick);
  return {
    v: COMPACT_VERSION,
    places: {
      id: places.map((p) => p.id),
      name: places.map((p) => p.name),
      country: places.map((p) => p.country),
      kind: places.map((p) => p.kind),
      lat: places.map((p) => p.lat),
      lon: places.map((p) => p.lon),
    },
    events: {
      id: column((e) => e.id),
      title: column((e) => e.title),
      cat: column((e) => CATEGORIES.indexOf(e.category)),
      start: column((e) => e.start),
      end: column((e) => e.end ?? ""),
      prec: column((e) => PRECISIONS.indexOf(e.precision)),
      places: column((e) =>
        e.places.map((id) => placeIndex.get(id)).filter((i): i is number => i !== undefined),
      ),
      origin: column((e) => (e.origin ? (placeIndex.get(e.origin) ?? -1) : -1)),
      reviewed: column((e) => (e.status === "reviewed" ? 1 : 0)),
      conf: column((e) => Math.round(e.confidence * 100)),
      sources: column((e) => e.sources.length),
    },
  };
}

export class CompactDatasetError extends Error {
  constructor(message: string) {
    super(`compact dataset: ${message}`);
    this.name = "CompactDatasetError";
  }
}

/** Place ids for place indexes, skipping unknown indexes (one small array per event). */
function placeIds(indexes: readonly number[], places: readonly ClientPlace[]): string[] {
  const ids: string[] = [];
  for (let j = 0; j < indexes.length; j++) {
    const place = places[indexes[j] as number];
    if (place) ids.push(place.id);
  }
  return ids;
}

/** Decode (and sanity-check) the compact form; events come out in date order. */
export function decodeClientDataset(data: CompactDataset): {
  events: ClientEvent[];
  places: ClientPlace[];
} {
  if (data?.v !== COMPACT_VERSION) throw new CompactDatasetError(`unknown version ${data?.v}`);
  const p = data.places;
  const places: ClientPlace[] = p.id.map((id, i) => ({
    id,
    name: p.name[i] ?? id,
    country: p.country[i] ?? "",
    kind: p.kind[i] ?? "",
    lat: p.lat[i] ?? 0,
    lon: p.lon[i] ?? 0,
  }));
  const e = data.events;
  const n = e.id.length;
  for (const [name, col] of Object.entries(e))
    if (col.length !== n)
      throw new CompactDatasetError(`column ${name} has ${col.length}, not ${n}`);
  const placeId = (i: number): string | null => places[i]?.id ?? null;
  const events: ClientEvent[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = e.start[i] as string;
    const end = e.end[i] || null;
    const span = eventSpanMs({ start, end });
    events[i] = {
      id: e.id[i] as string,
      title: e.title[i] as string,
      category: (CATEGORIES[e.cat[i] as number] ?? "other") as Category,
      start,
      end,
      precision: (PRECISIONS[e.prec[i] as number] ?? "day") as Precision,
      startMs: span.startMs,
      endMs: span.endMs,
      places: placeIds(e.places[i] as number[], places),
      origin: placeId(e.origin[i] as number),
      status: (e.reviewed[i] ? "reviewed" : "extracted") as EventStatus,
      confidence: (e.conf[i] as number) / 100,
      sourceCount: e.sources[i] as number,
    };
  }
  return { events, places };
}
