import { describe, expect, it } from "vitest";
import type { ClientEvent, ClientPlace, PlaceSummary } from "@/components/dashboard/types";
import type { Category } from "@/lib/schema";
import { CATEGORY_COLORS, DIMMED_COLOR } from "./category-colors";
import {
  compactCount,
  eventPlaceIds,
  type MarkerContext,
  markerAriaLabel,
  markerDetail,
  markerRadius,
  overlayPlaceIds,
  placeAriaLabel,
  sameMarkerLook,
  toPlaceMarkers,
} from "./to-place-markers";

function place(id: string, name: string, lat: number, lon: number): ClientPlace {
  return { id, name, country: "AZ", kind: "city", lat, lon };
}
function summary(
  p: ClientPlace,
  visibleCount: number,
  totalCount: number,
  dominantCategory: Category = "visit",
): PlaceSummary {
  return { place: p, visibleCount, totalCount, dominantCategory };
}
function event(id: string, places: string[], origin: string | null = null): ClientEvent {
  return {
    id,
    title: id,
    category: "visit",
    start: "2023-07-27",
    end: null,
    precision: "day",
    startMs: 0,
    endMs: 1,
    places,
    origin,
    status: "reviewed",
    confidence: 1,
    sourceCount: 1,
  };
}

const baku = place("baku", "Baku", 40.41, 49.87);
const kalbajar = place("kalbajar", "Kalbajar", 40.1, 46.04);
const islamabad = place("islamabad", "Islamabad", 33.69, 73.05);
const munir = event("munir-visit", ["baku"], "islamabad");
const context: MarkerContext = {
  selectedPlace: null,
  selectedEvent: null,
  hover: null,
  eventById: new Map([[munir.id, munir]]),
  mode: "dom",
};

describe("toPlaceMarkers", () => {
  const summaries = [
    summary(baku, 3, 4, "visit"),
    summary(kalbajar, 0, 1, "visit"),
    summary(islamabad, 2, 2, "drill"),
  ];

  it("gives one marker per place with its position and name", () => {
    const markers = toPlaceMarkers(summaries, context);
    expect(markers.map((m) => [m.id, m.name, m.lat, m.lon])).toEqual([
      ["baku", "Baku", 40.41, 49.87],
      ["kalbajar", "Kalbajar", 40.1, 46.04],
      ["islamabad", "Islamabad", 33.69, 73.05],
    ]);
  });

  it("colours by dominant category and greys out places with nothing in view", () => {
    const [b, k, i] = toPlaceMarkers(summaries, context);
    expect(b?.color).toBe(CATEGORY_COLORS.visit);
    expect(i?.color).toBe(CATEGORY_COLORS.drill);
    expect(k?.dimmed).toBe(true);
    expect(k?.color).toBe(DIMMED_COLOR);
    expect(b?.dimmed).toBe(false);
  });

  it("shows the visible count, or the total when nothing is in view", () => {
    const [b, k] = toPlaceMarkers(summaries, context);
    expect(b?.countText).toBe("3");
    expect(k?.countText).toBe("1");
  });

  it("names each marker starting with the place name", () => {
    const [b, k, i] = toPlaceMarkers(summaries, context);
    expect(b && markerAriaLabel(b)).toBe("Baku, 4 events, 3 in view");
    expect(k && markerAriaLabel(k)).toBe("Kalbajar, 1 event, none in view");
    expect(i && markerAriaLabel(i)).toBe("Islamabad, 2 events");
  });

  it("sizes by count, bigger for more events, within the mode's bounds", () => {
    const [b, k, i] = toPlaceMarkers(summaries, context);
    expect(b?.radius).toBeGreaterThan(i?.radius ?? Infinity);
    expect(i?.radius).toBeGreaterThan(k?.radius ?? Infinity);
    expect(markerRadius(0, 10, "dom")).toBe(11);
    expect(markerRadius(10, 10, "dom")).toBe(24);
    expect(markerRadius(1_000_000, 10, "canvas")).toBe(14);
    expect(markerRadius(1, 0, "canvas")).toBe(3);
  });

  it("marks the selected place", () => {
    const markers = toPlaceMarkers(summaries, { ...context, selectedPlace: "kalbajar" });
    expect(markers.filter((m) => m.selected).map((m) => m.id)).toEqual(["kalbajar"]);
  });

  it("highlights the hovered place, and both ends of a hovered or selected event", () => {
    const hoverPlace = toPlaceMarkers(summaries, {
      ...context,
      hover: { kind: "place", id: "baku" },
    });
    expect(hoverPlace.filter((m) => m.highlighted).map((m) => m.id)).toEqual(["baku"]);
    const hoverEvent = toPlaceMarkers(summaries, {
      ...context,
      hover: { kind: "event", id: "munir-visit" },
    });
    expect(hoverEvent.filter((m) => m.highlighted).map((m) => m.id)).toEqual(["baku", "islamabad"]);
    const selected = toPlaceMarkers(summaries, { ...context, selectedEvent: "munir-visit" });
    expect(selected.filter((m) => m.highlighted).map((m) => m.id)).toEqual(["baku", "islamabad"]);
  });

  it("ignores hover and selection of unknown events", () => {
    const markers = toPlaceMarkers(summaries, {
      ...context,
      hover: { kind: "event", id: "nope" },
      selectedEvent: "gone",
    });
    expect(markers.some((m) => m.highlighted)).toBe(false);
  });

  it("keeps place names as plain text (the layer sets them with textContent)", () => {
    const evil = place("x", '<img src=x onerror="alert(1)">', 0, 0);
    const [m] = toPlaceMarkers([summary(evil, 1, 1)], context);
    expect(m?.name).toBe('<img src=x onerror="alert(1)">');
    expect((m && markerAriaLabel(m))?.startsWith('<img src=x onerror="alert(1)">,')).toBe(true);
  });

  it("handles places whose events are all filtered out", () => {
    const [m] = toPlaceMarkers([summary(baku, 0, 0)], context);
    expect(m?.dimmed).toBe(true);
    expect(m && markerAriaLabel(m)).toBe("Baku, no events");
    expect(m?.countText).toBe("0");
  });

  it("returns nothing for no places", () => {
    expect(toPlaceMarkers([], context)).toEqual([]);
  });

  it("detects when a marker's look is unchanged", () => {
    const [a] = toPlaceMarkers(summaries, context);
    const [b] = toPlaceMarkers(summaries, context);
    const [c] = toPlaceMarkers(summaries, { ...context, selectedPlace: "baku" });
    if (!a || !b || !c) throw new Error("markers missing");
    expect(sameMarkerLook(a, b)).toBe(true);
    expect(sameMarkerLook(a, c)).toBe(false);
  });

  it("sees a change of what the accessible name or the tooltip says, even at the same size", () => {
    // Same radius and count text (the count drawn is the visible one) but another total, or
    // another dominant category: the name and the tooltip text differ, so the look does.
    const [a] = toPlaceMarkers([summary(baku, 3, 9)], context);
    const [moreTotal] = toPlaceMarkers([summary(baku, 3, 10)], { ...context, maxCount: 9 });
    const [otherCategory] = toPlaceMarkers([summary(baku, 3, 9, "war")], context);
    if (!a || !moreTotal || !otherCategory) throw new Error("markers missing");
    expect(markerAriaLabel(a)).not.toBe(markerAriaLabel(moreTotal));
    expect(sameMarkerLook(a, moreTotal)).toBe(false);
    expect(markerDetail(a)).not.toBe(markerDetail(otherCategory));
    expect(sameMarkerLook(a, otherCategory)).toBe(false);
  });
});

describe("overlayPlaceIds", () => {
  it("keeps the busiest places in view plus the wanted ones", () => {
    const summaries = [
      summary(baku, 5, 9),
      summary(kalbajar, 0, 1),
      summary(islamabad, 2, 2),
      summary(place("shusha", "Shusha", 39.7, 46.7), 3, 3),
    ];
    expect([...overlayPlaceIds(summaries, new Set(), 2)].sort()).toEqual(["baku", "shusha"]);
    expect([...overlayPlaceIds(summaries, new Set(["kalbajar"]), 1)].sort()).toEqual([
      "baku",
      "kalbajar",
    ]);
    expect(overlayPlaceIds(summaries, new Set(), 0).size).toBe(0);
  });
});

describe("helpers", () => {
  it("compacts large counts to fit on a marker", () => {
    expect(compactCount(0)).toBe("0");
    expect(compactCount(999)).toBe("999");
    expect(compactCount(1234)).toBe("1.2k");
    expect(compactCount(56_789)).toBe("56k");
    expect(compactCount(2_345_678)).toBe("2.3M");
  });

  it("pluralises the accessible name", () => {
    expect(placeAriaLabel("Shusha", 1, 1)).toBe("Shusha, 1 event");
    expect(placeAriaLabel("Shusha", 1, 2)).toBe("Shusha, 2 events, 1 in view");
    expect(placeAriaLabel("Karachi", 1950, 12_480, 1024)).toBe(
      "Karachi, 12,480 events, 1,950 in view, 1,024 unreviewed",
    );
  });

  it("lists an event's places with its origin once", () => {
    expect(eventPlaceIds(munir)).toEqual(["baku", "islamabad"]);
    expect(eventPlaceIds(event("e", ["baku", "islamabad"], "islamabad"))).toEqual([
      "baku",
      "islamabad",
    ]);
    expect(eventPlaceIds(undefined)).toEqual([]);
  });
});

describe("toPlaceMarkers reuse", () => {
  const context = {
    selectedPlace: null,
    selectedEvent: null,
    hover: null,
    eventById: new Map<string, ClientEvent>(),
    mode: "canvas" as const,
  };
  it("returns the same marker object for an unchanged summary, a new one when it changed", () => {
    const a = summary(baku, 5, 9);
    const b = summary(islamabad, 2, 2);
    const first = toPlaceMarkers([a, b], context);
    const changed = summary(islamabad, 1, 2);
    const second = toPlaceMarkers([a, changed], context);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.visibleCount).toBe(1);
    // Selection, hover and the scale are part of the look: a cached marker is not reused then.
    const selected = toPlaceMarkers([a, changed], { ...context, selectedPlace: "baku" });
    expect(selected[0]).not.toBe(first[0]);
    expect(selected[0]?.selected).toBe(true);
    const rescaled = toPlaceMarkers([a, changed], { ...context, maxCount: 100 });
    expect(rescaled[0]?.radius).toBeLessThan(first[0]?.radius ?? 0);
  });

  it("never gives a marker made for another summary, whatever the order or length", () => {
    const a = summary(baku, 5, 9);
    const b = summary(islamabad, 2, 2);
    const c = summary(kalbajar, 1, 1);
    const first = toPlaceMarkers([a, b, c], context);
    const swapped = toPlaceMarkers([b, a], context);
    expect(swapped.map((m) => m.id)).toEqual(["islamabad", "baku"]);
    expect(swapped.map((m) => m.visibleCount)).toEqual([2, 5]);
    const again = toPlaceMarkers([b, a, c], context);
    expect(again.map((m) => m.id)).toEqual(["islamabad", "baku", "kalbajar"]);
    expect(again[2]?.visibleCount).toBe(1);
    // Back in their first order: the same summaries give equal markers.
    const back = toPlaceMarkers([a, b, c], context);
    expect(back).toEqual(first);
  });
});

describe("unreviewed events on the map", () => {
  it("marks a place whose events in view include unreviewed ones, in its name and tooltip", () => {
    const withUnreviewed: PlaceSummary = { ...summary(kalbajar, 2, 2), unreviewedCount: 1 };
    const [marker] = toPlaceMarkers([withUnreviewed], context);
    expect(marker?.unreviewed).toBe(1);
    expect(marker && markerAriaLabel(marker)).toBe("Kalbajar, 2 events, 1 unreviewed");
    expect(marker && markerDetail(marker)).toMatch(/^1 unreviewed · /);
    const [reviewed] = toPlaceMarkers([summary(baku, 2, 2)], context);
    expect(reviewed?.unreviewed).toBe(0);
    expect(reviewed && markerAriaLabel(reviewed)).toBe("Baku, 2 events");
  });

  it("an unreviewed count change is a change of look", () => {
    const [a] = toPlaceMarkers([{ ...summary(kalbajar, 2, 2), unreviewedCount: 0 }], context);
    const [b] = toPlaceMarkers([{ ...summary(kalbajar, 2, 2), unreviewedCount: 1 }], context);
    expect(a && b && sameMarkerLook(a, b)).toBe(false);
  });
});
