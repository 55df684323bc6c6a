// Aggregated places for still maps of many places: places whose circles would pile up (thousands of
// places at 100k events) are merged per screen grid cell into one circle at their count-weighted
// centre, sized against the largest cell, coloured by the cell's most frequent category. Maps with
// at most MAP_AGGREGATE_ABOVE places keep one circle per place.

import { formatCount } from "../icu-free";
import type { Category, Place } from "../schema";
import type { PlaceCount } from "./place-counts";

/** Above this many places with events, a map picture draws grid clusters. */
export const MAP_AGGREGATE_ABOVE = 200;
/** Grid cell size in px. */
const CELL_PX = 36;

export interface PlaceMark {
  pc: PlaceCount;
  x: number;
  y: number;
  r: number;
}

export interface ClusterMark extends PlaceMark {
  /** Places merged into this circle (the biggest first). */
  members: PlaceCount[];
}

/**
 * Merge projected place marks per grid cell. The cluster's `pc.place` is its biggest place renamed
 * `Name +k` (k other places), so labels and ids stay meaningful; its count is the cell's total.
 */
export function clusterPlaceMarks(marks: readonly PlaceMark[]): ClusterMark[] {
  const cells = new Map<string, PlaceMark[]>();
  for (const m of marks) {
    const key = `${Math.floor(m.x / CELL_PX)},${Math.floor(m.y / CELL_PX)}`;
    const cell = cells.get(key);
    if (cell) cell.push(m);
    else cells.set(key, [m]);
  }
  const clusters: Omit<ClusterMark, "r">[] = [];
  for (const cell of cells.values()) {
    // marks come biggest first (placeCounts order), so cell[0] is the biggest place.
    const first = cell[0] as PlaceMark;
    let count = 0;
    let sx = 0;
    let sy = 0;
    const byCategory = new Map<Category, number>();
    for (const m of cell) {
      count += m.pc.count;
      sx += m.x * m.pc.count;
      sy += m.y * m.pc.count;
      byCategory.set(m.pc.category, (byCategory.get(m.pc.category) ?? 0) + m.pc.count);
    }
    let category = first.pc.category;
    let best = -1;
    for (const [c, n] of byCategory)
      if (n > best) {
        best = n;
        category = c;
      }
    const place: Place =
      cell.length === 1
        ? first.pc.place
        : { ...first.pc.place, name: `${first.pc.place.name} +${cell.length - 1}` };
    clusters.push({
      pc: { place, count, category },
      x: sx / count,
      y: sy / count,
      members: cell.map((m) => m.pc),
    });
  }
  const max = Math.max(1, ...clusters.map((c) => c.pc.count));
  return clusters
    .map((c) => ({ ...c, r: 3 + 15 * Math.sqrt(c.pc.count / max) }))
    .sort((a, b) => b.pc.count - a.pc.count || (a.pc.place.id < b.pc.place.id ? -1 : 1));
}

/** `Baku and 11 nearby places: 1,234 events`. */
export function clusterTooltip(cluster: ClusterMark): string {
  const others = cluster.members.length - 1;
  const name = cluster.members[0]?.place.name ?? cluster.pc.place.name;
  const where =
    others > 0 ? `${name} and ${others} nearby ${others === 1 ? "place" : "places"}` : name;
  const n = cluster.pc.count;
  return `${where}: ${formatCount(n)} ${n === 1 ? "event" : "events"}`;
}
