// GeoJSON (RFC 7946) of events: one Point Feature per event-place pair, coordinates [lon, lat].
// Events whose places are unknown to the gazetteer have no geometry and are left out.
import type { Feature, FeatureCollection, Point } from "geojson";
import { formatEventDate } from "../dates";
import type { Category, NewsEvent, Place, Precision } from "../schema";

export interface EventFeatureProperties {
  id: string;
  title: string;
  category: Category;
  start: string;
  end: string | null;
  precision: Precision;
  date: string;
  placeId: string;
  placeName: string;
  country: string;
  status: NewsEvent["status"];
  confidence: number;
  sources: { sourceId: string; quote: string }[];
}

export type EventFeatureCollection = FeatureCollection<Point, EventFeatureProperties>;

export function eventsToGeoJson(
  events: readonly NewsEvent[],
  places: readonly Place[],
): EventFeatureCollection {
  const placeById = new Map(places.map((p) => [p.id, p]));
  const features: Feature<Point, EventFeatureProperties>[] = [];
  for (const event of events) {
    for (const placeId of new Set(event.places)) {
      const place = placeById.get(placeId);
      if (!place) continue;
      features.push({
        type: "Feature",
        id: `${event.id}@${place.id}`,
        geometry: { type: "Point", coordinates: [place.lon, place.lat] },
        properties: {
          id: event.id,
          title: event.title,
          category: event.category,
          start: event.start,
          end: event.end,
          precision: event.precision,
          date: formatEventDate(event),
          placeId: place.id,
          placeName: place.name,
          country: place.country,
          status: event.status,
          confidence: event.confidence,
          sources: event.sources.map((s) => ({ sourceId: s.sourceId, quote: s.quote })),
        },
      });
    }
  }
  return { type: "FeatureCollection", features };
}
