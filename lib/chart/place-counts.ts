// How many shown events each place has, and the category that colours its circle.
import { CATEGORIES, type Category, type NewsEvent, type Place } from "../schema";

export interface PlaceCount {
  place: Place;
  count: number;
  /** Most frequent category; ties go to the earlier category in CATEGORIES. */
  category: Category;
}

export function placeCounts(events: readonly NewsEvent[], places: readonly Place[]): PlaceCount[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const tallies = new Map<string, Map<Category, number>>();
  for (const event of events) {
    for (const id of new Set(event.places)) {
      if (!byId.has(id)) continue;
      const tally = tallies.get(id) ?? new Map<Category, number>();
      tally.set(event.category, (tally.get(event.category) ?? 0) + 1);
      tallies.set(id, tally);
    }
  }
  const counts: PlaceCount[] = [];
  for (const [id, tally] of tallies) {
    let category: Category = "other";
    let best = -1;
    for (const c of CATEGORIES) {
      const n = tally.get(c) ?? 0;
      if (n > best) {
        best = n;
        category = c;
      }
    }
    const count = [...tally.values()].reduce((a, b) => a + b, 0);
    counts.push({ place: byId.get(id) as Place, count, category });
  }
  // Biggest first so small circles are drawn on top; ids break ties for a stable order.
  return counts.sort((a, b) => b.count - a.count || (a.place.id < b.place.id ? -1 : 1));
}
