// Places that sit closer together on screen than a marker's width are drawn as one cluster when
// places are many (the canvas mode: over a hundred places). Membership depends only on the places'
// positions and the map's zoom, so it is computed once per zoom level; a window change only adds
// up the members' counts, in one pass over the places.
//
// The grouping is supercluster's greedy one at a single zoom level, written out over a grid:
// ~1 ms at 3,000 places for the zoom on screen. supercluster builds every level up front and
// answers "which places are in this cluster" through getLeaves, a tree query per cluster and
// level: ~50 ms while the page loads at 3,000 places.
import type { PlaceSummary } from "@/components/dashboard/types";
import { compareIds } from "@/lib/icu-free";
import { CLUSTER_COLOR } from "./category-colors";
import { type Circle, dodgeCircles } from "./dodge-circles";
import { compactCount, type PlaceMarker, scaledRadius } from "./to-place-markers";

/** Screen distance, in CSS pixels, under which places join a cluster. */
export const CLUSTER_RADIUS_PX = 36;
/** From this zoom on every place is drawn on its own (the map's maximum is 10). */
export const UNCLUSTERED_ZOOM = 10;

export interface PlaceCluster {
  /** Unique across zoom levels: `zoom:position`. */
  id: string;
  lat: number;
  lon: number;
  /** Positions of the member places in the places list. */
  members: readonly number[];
}

export interface ClusterLayout {
  zoom: number;
  clusters: readonly PlaceCluster[];
  /** For each place (by position), its cluster's position in `clusters`, or −1 when alone. */
  clusterOf: Int32Array;
}

interface PlacePoint {
  lat: number;
  lon: number;
}

/** Cluster layouts of one places list, made on demand and kept per whole zoom level. */
export class PlaceClusterIndex {
  /** The places in world coordinates (0..1, Web Mercator). */
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  private readonly layouts = new Map<number, ClusterLayout>();

  constructor(places: readonly PlacePoint[]) {
    this.xs = new Float64Array(places.length);
    this.ys = new Float64Array(places.length);
    places.forEach(({ lat, lon }, i) => {
      const { x, y } = project(lat, lon, 0, 1);
      this.xs[i] = x;
      this.ys[i] = y;
    });
  }

  /** Clusters at a map zoom (fractional zooms use the whole level below: never tighter). */
  layoutAt(mapZoom: number): ClusterLayout {
    const zoom = Math.max(0, Math.min(Math.floor(mapZoom), UNCLUSTERED_ZOOM));
    let layout = this.layouts.get(zoom);
    if (!layout) {
      layout = groupPlaces(this.xs, this.ys, zoom);
      this.layouts.set(zoom, layout);
    }
    return layout;
  }

  /** The first zoom above the layout's at which a cluster's places are no longer all together. */
  expansionZoom(layout: ClusterLayout, clusterIndex: number): number {
    const members = layout.clusters[clusterIndex]?.members ?? [];
    for (let zoom = layout.zoom + 1; zoom < UNCLUSTERED_ZOOM; zoom++) {
      const { clusterOf } = this.layoutAt(zoom);
      const first = clusterOf[members[0] ?? 0] ?? -1;
      if (first < 0 || members.some((m) => clusterOf[m] !== first)) return zoom;
    }
    return UNCLUSTERED_ZOOM;
  }
}

/** Below 8,192 cells a side (radius 36 px up to zoom 10) the grid's keys stay small integers. */
const GRID = 8192;

/**
 * Greedy clustering at one zoom: in order, each place not yet taken gathers the untaken places
 * within CLUSTER_RADIUS_PX of it; the cluster sits at the mean of their positions.
 */
function groupPlaces(xs: Float64Array, ys: Float64Array, zoom: number): ClusterLayout {
  const count = xs.length;
  const clusterOf = new Int32Array(count).fill(-1);
  const clusters: PlaceCluster[] = [];
  if (zoom >= UNCLUSTERED_ZOOM) return { zoom, clusters, clusterOf };
  const radius = CLUSTER_RADIUS_PX / (TILE * 2 ** zoom);
  const radiusSq = radius * radius;
  // A grid of radius-sized cells: a place's neighbours are in its cell and the eight around.
  const cells = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const key =
      Math.floor((xs[i] as number) / radius) * GRID + Math.floor((ys[i] as number) / radius);
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  }
  const taken = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    if (taken[i]) continue;
    taken[i] = 1;
    const x = xs[i] as number;
    const y = ys[i] as number;
    const members = [i];
    const cx = Math.floor(x / radius);
    const cy = Math.floor(y / radius);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        const cell = cells.get(gx * GRID + gy);
        if (!cell) continue;
        for (const j of cell) {
          if (taken[j]) continue;
          const dx = (xs[j] as number) - x;
          const dy = (ys[j] as number) - y;
          if (dx * dx + dy * dy > radiusSq) continue;
          taken[j] = 1;
          members.push(j);
        }
      }
    }
    if (members.length < 2) continue;
    let sx = 0;
    let sy = 0;
    for (const m of members) {
      sx += xs[m] as number;
      sy += ys[m] as number;
      clusterOf[m] = clusters.length;
    }
    const { lat, lon } = unproject(sx / members.length, sy / members.length, 0, 1);
    clusters.push({ id: `${zoom}:${clusters.length}`, lat, lon, members });
  }
  return { zoom, clusters, clusterOf };
}

const CLUSTER_RADIUS = { min: 11, max: 26 };

function clusterRadius(count: number, maxCount: number): number {
  return scaledRadius(count, maxCount, CLUSTER_RADIUS);
}

/** A labelled DOM marker above the canvas, which cluster badges keep clear of. */
export interface Obstacle {
  lat: number;
  lon: number;
  /** Radius in CSS pixels. */
  r: number;
}

/** Room kept around a badge: its halo plus a gap. */
const BADGE_MARGIN_PX = 5;

/**
 * The canvas markers for one window: each place that stands alone keeps its own marker, and the
 * places of a cluster become one marker whose counts are their sums. Places in `apart` (the ones
 * with a DOM marker above the canvas: the busiest, the selected, the highlighted) keep their own
 * marker and are left out of their cluster's counts, so no event is counted twice on the map; a
 * cluster left with one place draws that place. `markers` are the places' own markers, in the
 * order of `summaries`. A cluster's badge sits at its places' centre, moved just far enough not
 * to cover another badge or one of the `obstacles` (the DOM markers).
 */
export function clusterPlaceMarkers(
  summaries: readonly PlaceSummary[],
  markers: readonly PlaceMarker[],
  layout: ClusterLayout,
  apart: ReadonlySet<string>,
  obstacles: readonly Obstacle[] = [],
): PlaceMarker[] {
  const { clusters, clusterOf } = layout;
  if (clusters.length === 0 || clusterOf.length !== summaries.length) return [...markers];
  const places = new Int32Array(clusters.length);
  const visible = new Float64Array(clusters.length);
  const total = new Float64Array(clusters.length);
  const unreviewed = new Float64Array(clusters.length);
  const wholeTotal = new Float64Array(clusters.length);
  for (let i = 0; i < summaries.length; i++) {
    const c = clusterOf[i] as number;
    if (c < 0) continue;
    const summary = summaries[i] as PlaceSummary;
    wholeTotal[c] = (wholeTotal[c] as number) + summary.totalCount;
    if (apart.has(summary.place.id)) continue;
    places[c] = (places[c] as number) + 1;
    visible[c] = (visible[c] as number) + summary.visibleCount;
    total[c] = (total[c] as number) + summary.totalCount;
    unreviewed[c] = (unreviewed[c] as number) + (summary.unreviewedCount ?? 0);
  }
  // Sized against whole clusters' totals: stable while the window moves.
  let maxTotal = 0;
  for (const t of wholeTotal) maxTotal = Math.max(maxTotal, t);
  const candidates: number[] = [];
  for (let c = 0; c < clusters.length; c++) if ((places[c] as number) >= 2) candidates.push(c);
  const positions = cachedBadgePositions(
    layout,
    candidates,
    candidates.map((c) => clusterRadius(wholeTotal[c] as number, maxTotal) + BADGE_MARGIN_PX),
    obstacles,
  );
  // Where each badge goes; null for a cluster left with fewer than two places (drawn on their own).
  const badgeAt: ({ lat: number; lon: number } | null)[] = new Array(clusters.length).fill(null);
  candidates.forEach((c, k) => {
    badgeAt[c] = positions[k] ?? null;
  });
  const result: PlaceMarker[] = [];
  for (let i = 0; i < summaries.length; i++) {
    const c = clusterOf[i] as number;
    if (c < 0 || !badgeAt[c] || apart.has((summaries[i] as PlaceSummary).place.id))
      result.push(markers[i] as PlaceMarker);
  }
  for (let c = 0; c < clusters.length; c++) {
    const position = badgeAt[c];
    if (!position) continue;
    const count = places[c] as number;
    const cluster = clusters[c] as PlaceCluster;
    const visibleCount = visible[c] as number;
    const totalCount = total[c] as number;
    const dimmed = visibleCount === 0;
    const shown = dimmed ? totalCount : visibleCount;
    result.push({
      id: `cluster:${cluster.id}`,
      name: `${count} places`,
      lat: position.lat,
      lon: position.lon,
      visibleCount,
      totalCount,
      radius: clusterRadius(shown, maxTotal),
      fullRadius: clusterRadius(wholeTotal[c] as number, maxTotal),
      color: CLUSTER_COLOR,
      category: "other",
      dimmed,
      selected: false,
      highlighted: false,
      countText: compactCount(shown),
      unreviewed: unreviewed[c] as number,
      cluster: { index: c, places: count },
    });
  }
  return result;
}

/**
 * The last badge layout, reused while its inputs stay the same: they change with the zoom, the
 * filters and the set of DOM-marked places, not with each step of a drag (the dodge took ~1 ms
 * a step at 400 places).
 */
let lastBadges: {
  layout: ClusterLayout;
  key: Float64Array;
  positions: { lat: number; lon: number }[];
} | null = null;

function cachedBadgePositions(
  layout: ClusterLayout,
  candidates: readonly number[],
  radii: readonly number[],
  obstacles: readonly Obstacle[],
): { lat: number; lon: number }[] {
  const key = new Float64Array(candidates.length * 2 + obstacles.length * 3);
  candidates.forEach((c, k) => {
    key[2 * k] = c;
    key[2 * k + 1] = radii[k] as number;
  });
  let at = candidates.length * 2;
  for (const o of obstacles) {
    key[at++] = o.lat;
    key[at++] = o.lon;
    key[at++] = o.r;
  }
  if (lastBadges && lastBadges.layout === layout && sameNumbers(lastBadges.key, key)) {
    return lastBadges.positions;
  }
  const badges = candidates.map((c, k) => {
    const cluster = layout.clusters[c] as PlaceCluster;
    return { lat: cluster.lat, lon: cluster.lon, r: radii[k] as number };
  });
  const positions = badgePositions(badges, obstacles, layout.zoom);
  lastBadges = { layout, key, positions };
  return positions;
}

function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Web Mercator at a whole zoom, in CSS pixels (Leaflet's 256 px tiles). Badges are kept apart at
// the whole level below the map's zoom: at the fractional zoom shown, distances are larger still.
const TILE = 256;
function project(lat: number, lon: number, zoom: number, tile = TILE): { x: number; y: number } {
  const size = tile * 2 ** zoom;
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return {
    x: ((lon + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}
function unproject(x: number, y: number, zoom: number, tile = TILE): { lat: number; lon: number } {
  const size = tile * 2 ** zoom;
  const n = Math.PI - (2 * Math.PI * y) / size;
  return {
    lat: (180 / Math.PI) * Math.atan(Math.sinh(n)),
    lon: (x / size) * 360 - 180,
  };
}

/** How far a badge may move from its places' centre, as a share of its radius. */
const MAX_SHIFT = 1;

/**
 * Badge centres moved off each other and off the obstacles (which stay put), by at most
 * MAX_SHIFT of their radius: a badge never wanders away from its places, even where that leaves
 * it partly under an obstacle.
 */
export function badgePositions(
  badges: readonly Obstacle[],
  obstacles: readonly Obstacle[],
  zoom: number,
): { lat: number; lon: number }[] {
  const circles: Circle[] = badges.map((b) => ({ ...project(b.lat, b.lon, zoom), r: b.r }));
  for (const o of obstacles) circles.push({ ...project(o.lat, o.lon, zoom), r: o.r, fixed: true });
  const offsets = dodgeCircles(circles);
  return badges.map((badge, k) => {
    let { dx, dy } = offsets[k] as { dx: number; dy: number };
    const shift = Math.hypot(dx, dy);
    const limit = badge.r * MAX_SHIFT;
    if (shift > limit) {
      dx *= limit / shift;
      dy *= limit / shift;
    }
    const { x, y } = circles[k] as Circle;
    return dx === 0 && dy === 0
      ? { lat: badge.lat, lon: badge.lon }
      : unproject(x + dx, y + dy, zoom);
  });
}

/** A cluster's member places, busiest in the window first (for its tooltip). */
export function clusterMembers(
  summaries: readonly PlaceSummary[],
  layout: ClusterLayout,
  clusterIndex: number,
  apart: ReadonlySet<string>,
): PlaceSummary[] {
  const cluster = layout.clusters[clusterIndex];
  if (!cluster) return [];
  return cluster.members
    .map((i) => summaries[i])
    .filter((s): s is PlaceSummary => s !== undefined && !apart.has(s.place.id))
    .sort(
      (a, b) =>
        b.visibleCount - a.visibleCount ||
        b.totalCount - a.totalCount ||
        compareIds(a.place.id, b.place.id),
    );
}
