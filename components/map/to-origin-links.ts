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
  // Counts by key first (cheap), objects only for the links that are kept.
  const counts = new Map<string, number>();
  const highlightedKeys = new Set<string>();
  const add = (event: ClientEvent) => {
    const keys = linkKeysOf(event, placeById);
    const highlighted = focus.has(event.id);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (highlighted) highlightedKeys.add(key);
    }
  };
  const seenFocus = new Set<string>();
  // Indexed loops: this runs over every event in view on each frame of a drag.
  for (let i = 0; i < windowEvents.length; i++) {
    const event = windowEvents[i] as ClientEvent;
    if (!event.origin) continue;
    if (focus.has(event.id)) seenFocus.add(event.id);
    add(event);
  }
  for (const id of focus) {
    const event = eventById.get(id);
    if (event && !seenFocus.has(id)) add(event);
  }
  let kept: [string, number][] = [];
  counts.forEach((count, key) => {
    kept.push([key, count]);
  });
  if (kept.length > MAX_LINKS) {
    kept = kept
      .sort(
        (a, b) =>
          Number(highlightedKeys.has(b[0])) - Number(highlightedKeys.has(a[0])) || b[1] - a[1],
      )
      .slice(0, MAX_LINKS);
  }
  // Arcs only for the links drawn: at 100k events there are thousands of pairs.
  return kept.map(([key, count]) => {
    // Place ids are kebab-case (lib/schema.ts), so ">" never occurs inside one.
    const [fromId = "", toId = ""] = key.split(">");
    const from = placeById.get(fromId) as ClientPlace;
    const to = placeById.get(toId) as ClientPlace;
    return {
      key,
      from: fromId,
      to: toId,
      count,
      highlighted: highlightedKeys.has(key),
      points: arcPoints(from, to),
    };
  });
}

/** Link keys of an event, computed once per event object (events never change in place). */
const keysCache = new WeakMap<
  ClientEvent,
  { places: ReadonlyMap<string, ClientPlace>; keys: string[] }
>();

function linkKeysOf(event: ClientEvent, placeById: ReadonlyMap<string, ClientPlace>): string[] {
  const cached = keysCache.get(event);
  if (cached && cached.places === placeById) return cached.keys;
  const keys: string[] = [];
  const origin = event.origin;
  if (origin && placeById.has(origin)) {
    for (const placeId of event.places) {
      if (placeId !== origin && placeById.has(placeId)) keys.push(`${origin}>${placeId}`);
    }
  }
  keysCache.set(event, { places: placeById, keys });
  return keys;
}
