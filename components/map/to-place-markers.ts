// Place summaries + selection + hover → what each place marker should look like. Pure, so the
// map layer only diffs descriptors against the Leaflet objects it already has.
import type { ClientEvent, HoverTarget, PlaceSummary } from "@/components/dashboard/types";
import { compareIds, formatCount } from "@/lib/icu-free";
import type { Category } from "@/lib/schema";
import { CATEGORY_COLORS, DIMMED_COLOR } from "./category-colors";

export type MarkerMode = "dom" | "canvas";

export interface PlaceMarker {
  id: string;
  name: string;
  lat: number;
  lon: number;
  visibleCount: number;
  totalCount: number;
  /** Radius in CSS pixels, growing with the square root of the count so areas compare. */
  radius: number;
  /** Radius for the place's total count: stable while the window moves, used for layout. */
  fullRadius: number;
  color: string;
  category: Category;
  /** No event of this place in the visible window: drawn grey and faint, never removed. */
  dimmed: boolean;
  selected: boolean;
  /** Hovered here or in another view, or a place of the hovered / selected event. */
  highlighted: boolean;
  /** The number drawn on the marker. */
  countText: string;
  /** Events in view here that are machine-extracted and not yet reviewed (drawn dashed). */
  unreviewed: number;
  /** Set when the marker stands for several nearby places (place-clusters). */
  cluster?: ClusterInfo;
}

/** What a cluster marker carries beyond a place marker's fields. */
export interface ClusterInfo {
  /** The cluster's position in its layout's `clusters`. */
  index: number;
  /** Places it counts (the ones drawn on their own above it are left out). */
  places: number;
}

export interface MarkerContext {
  selectedPlace: string | null;
  selectedEvent: string | null;
  hover: HoverTarget | null;
  eventById: ReadonlyMap<string, ClientEvent>;
  mode: MarkerMode;
  /**
   * Count that gets the largest radius; by default the busiest of `summaries`. A subset (the DOM
   * markers above the canvas) passes the whole set's, so its radii stay put while it changes.
   */
  maxCount?: number;
}

const RADIUS: Record<MarkerMode, { min: number; max: number }> = {
  // DOM markers carry a number, so the smallest must still fit two digits.
  dom: { min: 11, max: 24 },
  canvas: { min: 3, max: 14 },
};

/** Places an event touches, its origin included (a visit links both ends). */
export function eventPlaceIds(event: ClientEvent | undefined): string[] {
  if (!event) return [];
  return event.origin && !event.places.includes(event.origin)
    ? [...event.places, event.origin]
    : event.places;
}

/** Ids of places to highlight for the current hover and selected event. */
export function highlightedPlaceIds(
  context: Pick<MarkerContext, "hover" | "selectedEvent" | "eventById">,
): Set<string> {
  const ids = new Set<string>();
  const { hover, selectedEvent, eventById } = context;
  if (hover?.kind === "place") ids.add(hover.id);
  if (hover?.kind === "event") for (const id of eventPlaceIds(eventById.get(hover.id))) ids.add(id);
  if (selectedEvent) for (const id of eventPlaceIds(eventById.get(selectedEvent))) ids.add(id);
  return ids;
}

/**
 * Places that keep a focusable, labelled DOM marker above the canvas when places are many: the
 * `top` busiest in the window, plus the selected / highlighted ones (`wanted`).
 */
export function overlayPlaceIds(
  summaries: readonly PlaceSummary[],
  wanted: ReadonlySet<string>,
  top: number,
): Set<string> {
  const ids = new Set(wanted);
  // A bounded insertion into the top list, not a sort of thousands of places per window change.
  const busiest: PlaceSummary[] = [];
  const before = (a: PlaceSummary, b: PlaceSummary) =>
    a.visibleCount > b.visibleCount ||
    (a.visibleCount === b.visibleCount && compareIds(a.place.id, b.place.id) < 0);
  for (const s of summaries) {
    if (s.visibleCount <= 0 || top <= 0) continue;
    const last = busiest[busiest.length - 1];
    if (busiest.length === top && last && !before(s, last)) continue;
    let i = busiest.length;
    while (i > 0 && before(s, busiest[i - 1] as PlaceSummary)) i--;
    busiest.splice(i, 0, s);
    if (busiest.length > top) busiest.pop();
  }
  for (const s of busiest) ids.add(s.place.id);
  return ids;
}

/** 1234 → "1.2k": the marker has room for about three characters. */
export function compactCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toString()}k`;
  if (count < 1_000_000) return `${Math.floor(count / 1000)}k`;
  return `${Math.floor(count / 100_000) / 10}M`;
}

export function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? "" : "s"}`;
}

export function placeAriaLabel(
  name: string,
  visibleCount: number,
  totalCount: number,
  unreviewed = 0,
): string {
  const total = totalCount === 0 ? "no events" : plural(totalCount, "event");
  const review = unreviewed > 0 ? `, ${formatCount(unreviewed)} unreviewed` : "";
  if (totalCount === 0 || visibleCount === totalCount) return `${name}, ${total}${review}`;
  return `${name}, ${total}, ${visibleCount === 0 ? "none" : formatCount(visibleCount)} in view${review}`;
}

export function markerRadius(count: number, maxCount: number, mode: MarkerMode): number {
  return scaledRadius(count, maxCount, RADIUS[mode]);
}

/** A radius between min and max whose circle's area grows with the count (to a tenth of a px). */
export function scaledRadius(
  count: number,
  maxCount: number,
  { min, max }: { min: number; max: number },
): number {
  if (count <= 0 || maxCount <= 0) return min;
  return (
    Math.round((min + (max - min) * Math.sqrt(Math.min(count, maxCount) / maxCount)) * 10) / 10
  );
}

export function maxTotalCount(summaries: readonly PlaceSummary[]): number {
  let max = 0;
  for (const s of summaries) max = Math.max(max, s.totalCount);
  return max;
}

interface CachedMarker {
  summary: PlaceSummary;
  marker: PlaceMarker;
  maxCount: number;
  selected: boolean;
  highlighted: boolean;
}

/**
 * The store keeps an unchanged PlaceSummary object identical across window changes, so a marker
 * built from the same summary with the same context is reused: no new objects or strings for
 * the thousands of places a window change does not touch, and the layers can skip them by
 * reference. Kept by position in the summaries (the store lists every place, always in the same
 * order) and checked by identity: a WeakMap keyed by summary cost four times as much at 100,000
 * events, where most of ~3,000 summaries are new on each step.
 */
const markerCache: Record<MarkerMode, (CachedMarker | undefined)[]> = { dom: [], canvas: [] };

export function toPlaceMarkers(
  summaries: readonly PlaceSummary[],
  context: MarkerContext,
): PlaceMarker[] {
  const maxCount = context.maxCount ?? maxTotalCount(summaries);
  const highlighted = highlightedPlaceIds(context);
  const { mode } = context;
  const cache = markerCache[mode];
  // Nothing kept for positions past the end (a smaller dataset, or the overlay's few places).
  if (cache.length > summaries.length) cache.length = summaries.length;
  const markers: PlaceMarker[] = new Array(summaries.length);
  for (let i = 0; i < summaries.length; i++) {
    const summary = summaries[i] as PlaceSummary;
    const selected = context.selectedPlace === summary.place.id;
    const isHighlighted = highlighted.has(summary.place.id);
    const cached = cache[i];
    if (
      cached &&
      cached.summary === summary &&
      cached.maxCount === maxCount &&
      cached.selected === selected &&
      cached.highlighted === isHighlighted
    ) {
      markers[i] = cached.marker;
      continue;
    }
    const marker = toPlaceMarker(summary, maxCount, mode, selected, isHighlighted);
    cache[i] = { summary, marker, maxCount, selected, highlighted: isHighlighted };
    markers[i] = marker;
  }
  return markers;
}

function toPlaceMarker(
  { place, visibleCount, totalCount, dominantCategory, unreviewedCount = 0 }: PlaceSummary,
  maxCount: number,
  mode: MarkerMode,
  selected: boolean,
  highlighted: boolean,
): PlaceMarker {
  const dimmed = visibleCount === 0;
  const shown = dimmed ? totalCount : visibleCount;
  return {
    id: place.id,
    name: place.name,
    lat: place.lat,
    lon: place.lon,
    visibleCount,
    totalCount,
    radius: markerRadius(shown, maxCount, mode),
    fullRadius: markerRadius(totalCount, maxCount, mode),
    color: dimmed ? DIMMED_COLOR : CATEGORY_COLORS[dominantCategory],
    category: dominantCategory,
    dimmed,
    selected,
    highlighted,
    countText: compactCount(shown),
    unreviewed: unreviewedCount,
  };
}

// The accessible name and the tooltip's text are made when a marker is drawn as a DOM element or
// its tooltip opens, not for every place on every window change: at 100,000 events a change
// restyles ~3,000 canvas circles, and their unused strings were a fifth of what it allocated.

/** A marker's accessible name; always begins with the place's name. */
export function markerAriaLabel(marker: PlaceMarker): string {
  return placeAriaLabel(marker.name, marker.visibleCount, marker.totalCount, marker.unreviewed);
}

/** A cluster badge's accessible name: the places and events it stands for, and what it does. */
export function clusterAriaLabel(marker: PlaceMarker): string {
  const { name, visibleCount, totalCount, unreviewed } = marker;
  return `${placeAriaLabel(`${name} close together`, visibleCount, totalCount, unreviewed)}. Zoom in to see them`;
}

/** The second line of a marker's tooltip. */
export function markerDetail(marker: PlaceMarker): string {
  const { totalCount, unreviewed, dimmed, category } = marker;
  return (
    (unreviewed > 0 ? `${formatCount(unreviewed)} unreviewed · ` : "") +
    countsInView(marker) +
    (totalCount === 0 || dimmed ? "" : `, mostly ${category}`)
  );
}

/** A marker's events in view and in all (a place's or a cluster's). */
export function countsInView({
  visibleCount,
  totalCount,
  dimmed,
}: Pick<PlaceMarker, "visibleCount" | "totalCount" | "dimmed">): string {
  if (totalCount === 0) return "no events match the filters";
  if (dimmed) return `${plural(totalCount, "event")}, none in the visible range`;
  if (visibleCount === totalCount) return plural(totalCount, "event");
  return `${plural(visibleCount, "event")} in view of ${formatCount(totalCount)}`;
}

/** Whether two markers have the same accessible name (without building either). */
export function sameAriaLabel(a: PlaceMarker, b: PlaceMarker): boolean {
  return (
    a.name === b.name &&
    a.visibleCount === b.visibleCount &&
    a.totalCount === b.totalCount &&
    a.unreviewed === b.unreviewed
  );
}

/** Fields whose change needs the marker redrawn; lets the layer skip untouched markers. */
export function sameMarkerLook(a: PlaceMarker, b: PlaceMarker): boolean {
  if (a === b) return true;
  return (
    a.lat === b.lat &&
    a.lon === b.lon &&
    a.radius === b.radius &&
    a.fullRadius === b.fullRadius &&
    a.color === b.color &&
    a.dimmed === b.dimmed &&
    a.selected === b.selected &&
    a.highlighted === b.highlighted &&
    a.countText === b.countText &&
    // What the accessible name and the tooltip text are made of.
    sameAriaLabel(a, b) &&
    a.category === b.category &&
    a.cluster?.index === b.cluster?.index &&
    a.cluster?.places === b.cluster?.places
  );
}
