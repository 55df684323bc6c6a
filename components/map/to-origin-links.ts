// Events with an origin (a delegation from Islamabad visiting Baku) → one faint arc per
// origin/destination pair, for the events that pass the filters and overlap the window.
import type {
  ClientEvent,
  ClientPlace,
  HoverTarget,
  TimeWindow,
} from "@/components/dashboard/types";

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
  window: TimeWindow;
  placeById: ReadonlyMap<string, ClientPlace>;
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

export function toOriginLinks(
  filteredEvents: readonly ClientEvent[],
  context: LinkContext,
): OriginLink[] {
  const { window, placeById, selectedEvent, hover } = context;
  const focus = new Set<string>();
  if (selectedEvent) focus.add(selectedEvent);
  if (hover?.kind === "event") focus.add(hover.id);
  const links = new Map<string, OriginLink>();
  for (const event of filteredEvents) {
    if (!event.origin) continue;
    const inWindow = event.startMs < window.endMs && event.endMs > window.startMs;
    // The selected or hovered event keeps its link even when scrolled out of the window.
    if (!inWindow && !focus.has(event.id)) continue;
    const origin = placeById.get(event.origin);
    if (!origin) continue;
    for (const placeId of event.places) {
      if (placeId === event.origin) continue;
      const destination = placeById.get(placeId);
      if (!destination) continue;
      const key = `${origin.id}>${destination.id}`;
      let link = links.get(key);
      if (!link) {
        link = {
          key,
          from: origin.id,
          to: destination.id,
          count: 0,
          highlighted: false,
          points: arcPoints(origin, destination),
        };
        links.set(key, link);
      }
      link.count += 1;
      if (focus.has(event.id)) link.highlighted = true;
    }
  }
  const all = [...links.values()];
  if (all.length <= MAX_LINKS) return all;
  return all
    .sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || b.count - a.count)
    .slice(0, MAX_LINKS);
}
