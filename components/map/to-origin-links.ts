// Events with an origin (a delegation from Islamabad visiting Baku) → one faint arc per
// origin/destination pair, for the events that pass the filters and overlap the window.
import type { ClientEvent, ClientPlace, HoverTarget } from "@/components/dashboard/types";

export interface OriginLink {
  /** `origin>destination`, stable across updates so the layer can diff. */
  key: string;
  from: string;
  to: string;
  /** Number of visible events along this link. */
  count: number;
  /** The hovered or selected event travels along this link. */
  highlighted: boolean;
  /** Arc as [lat, lon] pairs. */
  points: [number, number][];
}

export interface LinkContext {
  placeById: ReadonlyMap<string, ClientPlace>;
  eventById: ReadonlyMap<string, ClientEvent>;
  selectedEvent: string | null;
  hover: HoverTarget | null;
}

/** A gentle quadratic arc, bowed to the left of the direction of travel so two-way links separate. */
export function arcPoints(
  from: { lat: number; lon: number },
  to: { lat: number; lon: number },
  steps = 24,
): [number, number][] {
  const dLat = to.lat - from.lat;
  const dLon = to.lon - from.lon;
  const bow = 0.18;
  const control = {
    lat: (from.lat + to.lat) / 2 + dLon * bow,
    lon: (from.lon + to.lon) / 2 - dLat * bow,
  };
  const points: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push([
      round6(u * u * from.lat + 2 * u * t * control.lat + t * t * to.lat),
      round6(u * u * from.lon + 2 * u * t * control.lon + t * t * to.lon),
    ]);
  }
  return points;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Past this many arcs the map turns to string art (seen at 100k synthetic events); the busiest
 * (and the focused) are kept. */
export const MAX_LINKS = 40;

/**
 * Links for the events in the window (already filtered: the store's windowEvents), plus the
 * selected and hovered events wherever they are in time, so the focused link never vanishes.
 */
export function toOriginLinks(
  windowEvents: readonly ClientEvent[],
  context: LinkContext,
): OriginLink[] {
  const { placeById, eventById, selectedEvent, hover } = context;
  const focus = new Set<string>();
  if (selectedEvent) focus.add(selectedEvent);
  if (hover?.kind === "event") focus.add(hover.id);
  const pairs = new Map<string, Omit<OriginLink, "points">>();
  const add = (event: ClientEvent) => {
    if (!event.origin || !placeById.has(event.origin)) return;
    const highlighted = focus.has(event.id);
    for (const placeId of event.places) {
      if (placeId === event.origin || !placeById.has(placeId)) continue;
      const key = `${event.origin}>${placeId}`;
      let pair = pairs.get(key);
      if (!pair) {
        pair = { key, from: event.origin, to: placeId, count: 0, highlighted: false };
        pairs.set(key, pair);
      }
      pair.count += 1;
      if (highlighted) pair.highlighted = true;
    }
  };
  const seenFocus = new Set<string>();
  for (const event of windowEvents) {
    if (!event.origin) continue;
    if (focus.has(event.id)) seenFocus.add(event.id);
    add(event);
  }
  for (const id of focus) {
    const event = eventById.get(id);
    if (event && !seenFocus.has(id)) add(event);
  }
  let kept = [...pairs.values()];
  if (kept.length > MAX_LINKS) {
    kept = kept
      .sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || b.count - a.count)
      .slice(0, MAX_LINKS);
  }
  // Arcs only for the links drawn: at 100k events there are thousands of pairs.
  return kept.map((pair) => {
    const from = placeById.get(pair.from) as ClientPlace;
    const to = placeById.get(pair.to) as ClientPlace;
    return { ...pair, points: arcPoints(from, to) };
  });
}
