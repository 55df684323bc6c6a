// A place marker for unit tests of the map's layers: one place in Baku's area with one event in
// view, unless `overrides` say otherwise. Test code only (imported by *.test.ts).
import type { PlaceMarker } from "./to-place-markers";

export function testPlaceMarker(id: string, overrides: Partial<PlaceMarker> = {}): PlaceMarker {
  return {
    id,
    name: id,
    lat: 40,
    lon: 49,
    visibleCount: 1,
    totalCount: 1,
    radius: 12,
    fullRadius: 12,
    color: "#1d4ed8",
    category: "visit",
    dimmed: false,
    selected: false,
    highlighted: false,
    countText: "1",
    unreviewed: 0,
    ...overrides,
  };
}
