// @vitest-environment jsdom

import fc from "fast-check";
import L from "leaflet";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outside, type PlaceCircleOptions, restyle, styleOf } from "./canvas-place-markers";
import type { PlaceMarker } from "./to-place-markers";

const style = (overrides: Partial<PlaceCircleOptions> = {}): PlaceCircleOptions => ({
  tier: 1,
  batch: "1|#1d4ed8|false|false|false|false",
  radius: 6,
  fillColor: "#1d4ed8",
  fillOpacity: 0.85,
  color: "#ffffff",
  weight: 1,
  opacity: 1,
  ...overrides,
});

const marker = (overrides: Partial<PlaceMarker> = {}): PlaceMarker => ({
  id: "baku",
  name: "Baku",
  lat: 40.4,
  lon: 49.9,
  visibleCount: 3,
  totalCount: 9,
  radius: 6.2,
  fullRadius: 9,
  color: "#1d4ed8",
  category: "visit",
  dimmed: false,
  selected: false,
  highlighted: false,
  countText: "3",
  unreviewed: 0,
  ...overrides,
});

const clusterMarker = (overrides: Partial<PlaceMarker> = {}): PlaceMarker =>
  marker({
    id: "cluster:97",
    name: "4 places",
    radius: 16,
    countText: "1.2k",
    cluster: { index: 0, places: 4 },
    ...overrides,
  });

interface Internals {
  _radius: number;
  _point: L.Point;
  _pxBounds: L.Bounds;
  options: PlaceCircleOptions & { _dashArray?: number[] };
}

describe("restyle (a circle's new look without Leaflet's per-circle re-projection)", () => {
  let container: HTMLDivElement;
  let map: L.Map;

  beforeEach(() => {
    container = document.createElement("div");
    document.body.append(container);
    map = L.map(container, { center: [40, 49], zoom: 5 });
  });
  afterEach(() => {
    map.remove();
    container.remove();
  });

  it("changes options, radius and hit-test bounds the way setRadius + setStyle do", () => {
    const ours = L.circleMarker([40.4, 49.9], { ...style(), renderer: L.svg() }).addTo(map);
    const leaflets = L.circleMarker([40.4, 49.9], { ...style(), renderer: L.svg() }).addTo(map);
    const next = style({ radius: 14, weight: 3, color: "#111827", dashArray: "3 2", tier: 2 });
    restyle(ours, next);
    leaflets.setRadius(14);
    leaflets.setStyle(next);
    const a = ours as unknown as Internals;
    const b = leaflets as unknown as Internals;
    expect(a._radius).toBe(14);
    expect(a.options).toMatchObject({ radius: 14, weight: 3, color: "#111827", tier: 2 });
    expect(a.options._dashArray).toEqual([3, 2]);
    expect(a._point.equals(b._point)).toBe(true);
    expect(a._pxBounds.min?.equals(b._pxBounds.min as L.Point)).toBe(true);
    expect(a._pxBounds.max?.equals(b._pxBounds.max as L.Point)).toBe(true);
    // A later look without dashes clears them.
    restyle(ours, style({ radius: 5 }));
    expect(a.options.dashArray).toBeUndefined();
    expect(a.options._dashArray).toBeUndefined();
    expect(a._pxBounds.getSize().x).toBeLessThan(b._pxBounds.getSize().x);
  });

  it("leaves every option of every look as setStyle would", () => {
    const looks = [
      marker(),
      marker({ radius: 11, color: "#b45309" }),
      marker({ selected: true }),
      marker({ highlighted: true, unreviewed: 1 }),
      marker({ dimmed: true, unreviewed: 3 }),
      marker({ radius: 3 }),
      clusterMarker(),
      clusterMarker({ dimmed: true, radius: 14 }),
    ].map(styleOf);
    const ours = L.circleMarker([40.4, 49.9], { ...looks[0], renderer: L.svg() }).addTo(map);
    const leaflets = L.circleMarker([40.4, 49.9], { ...looks[0], renderer: L.svg() }).addTo(map);
    for (const look of [...looks, ...looks.reverse()]) {
      restyle(ours, look);
      leaflets.setRadius(look.radius ?? 0);
      leaflets.setStyle(look);
      const keys = new Set([...Object.keys(look), "dashArray"]);
      for (const key of keys)
        expect((ours.options as Record<string, unknown>)[key], key).toEqual(
          (leaflets.options as Record<string, unknown>)[key],
        );
      expect(ours.getRadius()).toBe(leaflets.getRadius());
    }
  });

  it("falls back to setStyle for a circle that is not on a map", () => {
    const loose = L.circleMarker([40.4, 49.9], style());
    restyle(loose, style({ radius: 9, fillColor: "#b45309" }));
    expect(loose.getRadius()).toBe(9);
    expect(loose.options.fillColor).toBe("#b45309");
  });
});

describe("styleOf (one shared options object per look and radius)", () => {
  it("gives the same object for the same look, whatever else differs", () => {
    const a = styleOf(marker());
    expect(styleOf(marker({ id: "shusha", visibleCount: 4, countText: "4" }))).toBe(a);
    expect(a).toMatchObject({ radius: 6.2, fillColor: "#1d4ed8", tier: 1, weight: 1 });
  });

  it("gives another object for another radius, colour, state or review status", () => {
    const a = styleOf(marker());
    for (const other of [
      marker({ radius: 6.3 }),
      marker({ color: "#b45309" }),
      marker({ selected: true }),
      marker({ highlighted: true }),
      marker({ dimmed: true }),
      marker({ unreviewed: 2 }),
    ]) {
      const style = styleOf(other);
      expect(style).not.toBe(a);
      expect(style.radius).toBe(other.radius);
    }
    expect(styleOf(marker({ selected: true })).weight).toBe(3);
    expect(styleOf(marker({ unreviewed: 2 })).dashArray).toBe("3 2");
    expect(styleOf(marker({ dimmed: true })).fillColor).toBe("#f8fafc");
  });

  it("draws clusters as count badges above plain places, whatever the places' colour", () => {
    const badge = styleOf(clusterMarker({ color: "#1d4ed8" }));
    expect(styleOf(clusterMarker({ color: "#b91c1c", countText: "7" }))).toBe(badge);
    expect(badge).toMatchObject({ fillColor: "#ffffff", labelColor: "#0f172a", halo: 4 });
    expect(badge.tier).toBeGreaterThan(styleOf(marker()).tier);
    expect(badge.tier).toBeLessThan(styleOf(marker({ highlighted: true })).tier);
    expect(badge.batch).not.toBe(styleOf(marker()).batch);
    expect(styleOf(marker()).labelColor).toBeUndefined();
    expect(styleOf(clusterMarker({ dimmed: true })).labelColor).toBe("#6b7280");
  });
});

describe("outside (Leaflet's off-canvas test for a circle, written out)", () => {
  const box = fc.record({
    x: fc.integer({ min: -500, max: 500 }),
    y: fc.integer({ min: -500, max: 500 }),
    w: fc.integer({ min: 0, max: 400 }),
    h: fc.integer({ min: 0, max: 400 }),
  });
  const bounds = (b: { x: number; y: number; w: number; h: number }) =>
    L.bounds([b.x, b.y], [b.x + b.w, b.y + b.h]);

  it("agrees with Leaflet's Bounds.intersects, edges included", () => {
    fc.assert(
      fc.property(box, box, fc.integer({ min: 0, max: 30 }), (own, covered, radius) => {
        const circle = {
          _radius: radius,
          _pxBounds: bounds(own),
          _point: L.point(own.x, own.y),
          _empty: () => {
            throw new Error("not called when the circle has bounds");
          },
          options: styleOf(marker()),
        };
        const leaflet = radius !== 0 && !bounds(covered).intersects(bounds(own));
        expect(outside(circle, bounds(covered))).toBe(leaflet);
      }),
    );
  });

  it("asks Leaflet when the circle has no bounds yet", () => {
    const circle = {
      _radius: 4,
      _point: L.point(0, 0),
      _empty: () => true,
      options: styleOf(marker()),
    };
    expect(outside(circle, L.bounds([0, 0], [10, 10]))).toBe(true);
  });
});
