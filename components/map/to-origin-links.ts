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
  // The MAX_LINKS to draw, focused first, then busiest (ties: first seen), picked in one pass:
  // at 100k events there are thousands of pairs, and sorting them all made a pair object each.
  const kept: { key: string; count: number; highlighted: boolean }[] = [];
  const before = (highlighted: boolean, count: number, than: (typeof kept)[number]) =>
    highlighted !== than.highlighted ? highlighted : count > than.count;
  counts.forEach((count, key) => {
    const highlighted = highlightedKeys.has(key);
    const last = kept[kept.length - 1];
    if (kept.length === MAX_LINKS && last && !before(highlighted, count, last)) return;
    let at = kept.length;
    while (at > 0 && before(highlighted, count, kept[at - 1] as (typeof kept)[number])) at--;
    kept.splice(at, 0, { key, count, highlighted });
    if (kept.length > MAX_LINKS) kept.pop();
  });
  const arcs = arcsFor(placeById);
  return kept.map(({ key, count, highlighted }) => {
    // Place ids are kebab-case (lib/schema.ts), so ">" never occurs inside one.
    const [fromId = "", toId = ""] = key.split(">");
    let points = arcs.get(key);
    if (!points) {
      points = arcPoints(placeById.get(fromId) as ClientPlace, placeById.get(toId) as ClientPlace);
      arcs.set(key, points);
    }
    return { key, from: fromId, to: toId, count, highlighted, points };
  });
}

/**
 * Arcs by link key, made once per set of places: a link keeps the very same points from one
 * window change to the next, so the map layer sees at a glance that its line has not moved.
 */
const arcCache = new WeakMap<ReadonlyMap<string, ClientPlace>, Map<string, [number, number][]>>();

function arcsFor(placeById: ReadonlyMap<string, ClientPlace>): Map<string, [number, number][]> {
  let arcs = arcCache.get(placeById);
  if (!arcs) {
    arcs = new Map();
    arcCache.set(placeById, arcs);
  }
  return arcs;
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
