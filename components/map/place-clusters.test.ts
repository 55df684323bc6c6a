import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClientPlace, PlaceSummary } from "@/components/dashboard/types";
import {
  badgePositions,
  type ClusterLayout,
  clusterMembers,
  clusterPlaceMarkers,
  PlaceClusterIndex,
  UNCLUSTERED_ZOOM,
} from "./place-clusters";
import { clusterTooltipLines } from "./place-tooltip";
import { type PlaceMarker, toPlaceMarkers } from "./to-place-markers";

function place(id: string, lat: number, lon: number): ClientPlace {
  return { id, name: id[0]?.toUpperCase() + id.slice(1), country: "AZ", kind: "city", lat, lon };
}
function summary(p: ClientPlace, visibleCount: number, totalCount: number): PlaceSummary {
  return { place: p, visibleCount, totalCount, dominantCategory: "visit", unreviewedCount: 0 };
}

// Karabakh towns a few km apart, Baku ~250 km east of them, Islamabad ~2,000 km away.
const kalbajar = place("kalbajar", 40.1, 46.04);
const lachin = place("lachin", 39.64, 46.55);
const shusha = place("shusha", 39.76, 46.75);
const aghdam = place("aghdam", 39.99, 46.93);
const baku = place("baku", 40.41, 49.87);
const islamabad = place("islamabad", 33.69, 73.05);
const places = [kalbajar, lachin, shusha, aghdam, baku, islamabad];

/** A window: counts in view and in total per place. */
const windowSummaries = [
  summary(kalbajar, 2, 5),
  summary(lachin, 0, 3),
  summary(shusha, 7, 9),
  summary(aghdam, 1, 1),
  summary(baku, 40, 60),
  summary(islamabad, 12, 20),
];

const canvasMarkers = (summaries: readonly PlaceSummary[]): PlaceMarker[] =>
  toPlaceMarkers(summaries, {
    selectedPlace: null,
    selectedEvent: null,
    hover: null,
    eventById: new Map(),
    mode: "canvas",
  });

/** Each place's cluster, as a list of member-id lists (order-free). */
function groups(layout: ClusterLayout, list: readonly ClientPlace[]): string[][] {
  return layout.clusters
    .map((c) => c.members.map((i) => list[i]?.id ?? "?").sort())
    .sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

describe("PlaceClusterIndex", () => {
  const index = new PlaceClusterIndex(places);

  it("groups the Karabakh towns at a country-wide zoom, never with Islamabad", () => {
    const layout = index.layoutAt(5);
    const withKalbajar = layout.clusters[layout.clusterOf[0] as number];
    expect(withKalbajar?.members.map((i) => places[i]?.id).sort()).toEqual(
      expect.arrayContaining(["aghdam", "kalbajar", "lachin", "shusha"]),
    );
    expect(layout.clusterOf[5]).toBe(-1);
  });

  it("splits them as the map zooms in, and draws every place alone at the highest zooms", () => {
    expect(groups(index.layoutAt(9), places).every((g) => g.length < 4)).toBe(true);
    expect(index.layoutAt(UNCLUSTERED_ZOOM).clusters).toEqual([]);
    expect([...index.layoutAt(UNCLUSTERED_ZOOM).clusterOf]).toEqual(places.map(() => -1));
  });

  it("keeps one layout per whole zoom level (fractional zooms use the level below)", () => {
    expect(index.layoutAt(5.75)).toBe(index.layoutAt(5));
    expect(index.layoutAt(5.75).zoom).toBe(5);
  });

  it("gives each cluster the first zoom at which its places are no longer all together", () => {
    const layout = index.layoutAt(4);
    expect(layout.clusters.length).toBeGreaterThan(0);
    layout.clusters.forEach((cluster, c) => {
      const split = index.expansionZoom(layout, c);
      expect(split).toBeGreaterThan(4);
      expect(split).toBeLessThanOrEqual(UNCLUSTERED_ZOOM);
      const together = (zoom: number) =>
        index
          .layoutAt(zoom)
          .clusters.some((other) => cluster.members.every((m) => other.members.includes(m)));
      expect(together(split)).toBe(false);
      for (let zoom = 5; zoom < split; zoom++) expect(together(zoom)).toBe(true);
    });
  });

  it("places every cluster's members within reach of its centre (greedy around a seed)", () => {
    // At zoom 5, 36 px is ~1.6° of longitude; a seed gathers places within that of itself, so
    // every member is within twice of the centre.
    const layout = index.layoutAt(5);
    for (const cluster of layout.clusters)
      for (const m of cluster.members) {
        const p = places[m] as ClientPlace;
        expect(Math.hypot(p.lat - cluster.lat, p.lon - cluster.lon)).toBeLessThan(3.2);
      }
  });

  it("puts every place in at most one cluster, and clusterOf names it (any places, any zoom)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lat: fc.double({ min: 20, max: 50, noNaN: true }),
            lon: fc.double({ min: 30, max: 80, noNaN: true }),
          }),
          { maxLength: 60 },
        ),
        fc.integer({ min: 0, max: UNCLUSTERED_ZOOM }),
        (points, zoom) => {
          const layout = new PlaceClusterIndex(points).layoutAt(zoom);
          const seen = new Set<number>();
          layout.clusters.forEach((cluster, c) => {
            expect(cluster.members.length).toBeGreaterThanOrEqual(2);
            for (const m of cluster.members) {
              expect(seen.has(m)).toBe(false);
              seen.add(m);
              expect(layout.clusterOf[m]).toBe(c);
            }
          });
          for (let i = 0; i < points.length; i++)
            if (!seen.has(i)) expect(layout.clusterOf[i]).toBe(-1);
        },
      ),
    );
  });
});

describe("clusterPlaceMarkers", () => {
  const index = new PlaceClusterIndex(places);
  const layout = index.layoutAt(5);
  const summaries = windowSummaries;
  const markers = canvasMarkers(summaries);

  it("draws the Karabakh towns as one badge whose counts are their sums", () => {
    const out = clusterPlaceMarkers(summaries, markers, layout, new Set());
    const badge = out.find((m) => m.cluster);
    expect(badge).toMatchObject({
      visibleCount: 10,
      totalCount: 18,
      countText: "10",
      dimmed: false,
      cluster: { places: 4 },
    });
    expect(out.map((m) => m.id)).not.toContain("kalbajar");
    // Places alone keep their very marker object (the layer skips them by identity).
    expect(out).toContain(markers[5]);
  });

  it("leaves a place with its own DOM marker out of its badge, and draws it on its own", () => {
    const out = clusterPlaceMarkers(summaries, markers, layout, new Set(["shusha"]));
    expect(out.find((m) => m.cluster)).toMatchObject({ visibleCount: 3, cluster: { places: 3 } });
    expect(out).toContain(markers[2]);
  });

  it("draws the last place of a badge on its own", () => {
    const out = clusterPlaceMarkers(
      summaries,
      markers,
      layout,
      new Set(["kalbajar", "lachin", "shusha"]),
    );
    expect(out.some((m) => m.cluster)).toBe(false);
    expect(out).toContain(markers[3]);
  });

  it("greys a badge with nothing in view and shows its total instead", () => {
    const quiet = summaries.map((s) => ({ ...s, visibleCount: 0 }));
    const badge = clusterPlaceMarkers(quiet, canvasMarkers(quiet), layout, new Set()).find(
      (m) => m.cluster,
    );
    expect(badge).toMatchObject({ dimmed: true, countText: "18", visibleCount: 0 });
  });

  it("counts every event in view exactly once, whatever is drawn apart (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(50), { minLength: places.length, maxLength: places.length }),
        fc.subarray(places.map((p) => p.id)),
        fc.integer({ min: 0, max: UNCLUSTERED_ZOOM }),
        (counts, apartIds, zoom) => {
          const list = places.map((p, i) => summary(p, counts[i] ?? 0, (counts[i] ?? 0) + 1));
          const out = clusterPlaceMarkers(
            list,
            canvasMarkers(list),
            index.layoutAt(zoom),
            new Set(apartIds),
          );
          const drawn = out.reduce((sum, m) => sum + m.visibleCount, 0);
          expect(drawn).toBe(list.reduce((sum, s) => sum + s.visibleCount, 0));
          const placesDrawn = out.reduce((sum, m) => sum + (m.cluster?.places ?? 1), 0);
          expect(placesDrawn).toBe(places.length);
          for (const id of apartIds) expect(out.some((m) => m.id === id)).toBe(true);
        },
      ),
    );
  });

  it("returns the places' own markers when nothing clusters (a summaries list of another size)", () => {
    expect(clusterPlaceMarkers(summaries.slice(1), markers.slice(1), layout, new Set())).toEqual(
      markers.slice(1),
    );
  });

  it("moves a badge off a DOM marker it would sit on, but no further than its radius", () => {
    const badge = clusterPlaceMarkers(summaries, markers, layout, new Set()).find((m) => m.cluster);
    if (!badge) throw new Error("no badge");
    const over = { lat: badge.lat, lon: badge.lon, r: 12 };
    const moved = clusterPlaceMarkers(summaries, markers, layout, new Set(), [over]).find(
      (m) => m.cluster,
    );
    expect(moved && (moved.lat !== badge.lat || moved.lon !== badge.lon)).toBe(true);
  });
});

describe("badgePositions", () => {
  // At zoom 5 a degree of longitude is 256 · 32 / 360 ≈ 22.8 px.
  const zoom = 5;
  const pxPerDegree = (256 * 2 ** zoom) / 360;
  const distancePx = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
    Math.hypot((a.lon - b.lon) * pxPerDegree, (a.lat - b.lat) * pxPerDegree * 1.3);

  it("leaves a badge with room where it is", () => {
    const badge = { lat: 40, lon: 47, r: 15 };
    expect(badgePositions([badge], [{ lat: 40, lon: 55, r: 20 }], zoom)).toEqual([
      { lat: 40, lon: 47 },
    ]);
  });

  it("pushes a badge away from an obstacle, which stays put, by at most its radius", () => {
    const badge = { lat: 40, lon: 47, r: 15 };
    const [moved] = badgePositions([badge], [{ lat: 40, lon: 47.3, r: 20 }], zoom);
    if (!moved) throw new Error("no position");
    expect(moved.lon).toBeLessThan(47);
    expect(distancePx(moved, badge)).toBeLessThanOrEqual(15.5);
  });

  it("separates two badges on the same spot", () => {
    const [a, b] = badgePositions(
      [
        { lat: 40, lon: 47, r: 10 },
        { lat: 40, lon: 47, r: 10 },
      ],
      [],
      zoom,
    );
    if (!a || !b) throw new Error("no positions");
    expect(distancePx(a, b)).toBeGreaterThan(15);
  });
});

describe("a cluster's tooltip", () => {
  const index = new PlaceClusterIndex(places);
  const layout = index.layoutAt(5);
  const summaries = windowSummaries;

  it("lists the places busiest in view first, without those drawn apart", () => {
    const c = layout.clusterOf[0] as number;
    expect(clusterMembers(summaries, layout, c, new Set()).map((s) => s.place.id)).toEqual([
      "shusha",
      "kalbajar",
      "aghdam",
      "lachin",
    ]);
    expect(
      clusterMembers(summaries, layout, c, new Set(["shusha"])).map((s) => s.place.id),
    ).toEqual(["kalbajar", "aghdam", "lachin"]);
    expect(clusterMembers(summaries, layout, 99, new Set())).toEqual([]);
  });

  it("says how many places and events, names the busiest five, and what a click does", () => {
    const members = ["a", "b", "c", "d", "e", "f", "g"].map((id, i) =>
      summary(place(id, 40, 47), 7 - i, 10),
    );
    const badge = {
      ...canvasMarkers([summary(baku, 28, 70)])[0],
      visibleCount: 28,
      totalCount: 70,
      unreviewed: 2,
      dimmed: false,
    } as PlaceMarker;
    expect(clusterTooltipLines(badge, members)).toEqual({
      title: "7 places close together",
      lines: [
        "28 events in view of 70",
        "2 unreviewed",
        "A: 7",
        "B: 6",
        "C: 5",
        "D: 4",
        "E: 3",
        "and 2 more",
        "Click to zoom in",
      ],
    });
    const big = { ...badge, visibleCount: 14242, totalCount: 36591, unreviewed: 1500 };
    expect(
      clusterTooltipLines(big, [summary(place("gyumri", 40.8, 43.8), 1950, 4000)]).lines,
    ).toEqual([
      "14,242 events in view of 36,591",
      "1,500 unreviewed",
      "Gyumri: 1,950",
      "Click to zoom in",
    ]);
    const quiet = { ...badge, visibleCount: 0, dimmed: true, unreviewed: 0 };
    expect(clusterTooltipLines(quiet, members.slice(0, 2)).lines).toEqual([
      "70 events, none in the visible range",
      "A: 10",
      "B: 10",
      "Click to zoom in",
    ]);
  });
});
