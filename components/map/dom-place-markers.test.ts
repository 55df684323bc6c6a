// @vitest-environment jsdom
import L from "leaflet";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DomPlaceMarkers } from "./dom-place-markers";
import type { MarkerHandlers } from "./marker-handlers";
import { testPlaceMarker } from "./test-place-marker";
import { markerAriaLabel } from "./to-place-markers";

const marker = testPlaceMarker;

describe("DomPlaceMarkers (Leaflet in jsdom)", () => {
  let container: HTMLDivElement;
  let map: L.Map;
  let handlers: {
    toggle: ReturnType<typeof vi.fn<MarkerHandlers["toggle"]>>;
    clear: ReturnType<typeof vi.fn<MarkerHandlers["clear"]>>;
    hover: ReturnType<typeof vi.fn<MarkerHandlers["hover"]>>;
    openCluster: ReturnType<typeof vi.fn<MarkerHandlers["openCluster"]>>;
  };
  let layer: DomPlaceMarkers;

  beforeEach(() => {
    // jsdom has no canvas; the layer then estimates label widths instead of measuring them.
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    container = document.createElement("div");
    document.body.append(container);
    map = L.map(container, { center: [40, 49], zoom: 5 });
    handlers = {
      toggle: vi.fn<MarkerHandlers["toggle"]>(),
      clear: vi.fn<MarkerHandlers["clear"]>(),
      hover: vi.fn<MarkerHandlers["hover"]>(),
      openCluster: vi.fn<MarkerHandlers["openCluster"]>(),
    };
    layer = new DomPlaceMarkers(map, handlers);
  });

  afterEach(() => {
    layer.remove();
    map.remove();
    container.remove();
    vi.restoreAllMocks();
  });

  const element = (id: string) =>
    container.querySelector<HTMLElement>(`.ea-place[data-place-id="${id}"]`);

  it("renders a focusable button per place with data attributes and an accessible name", () => {
    layer.update([marker("baku"), marker("kalbajar", { dimmed: true, visibleCount: 0 })]);
    const baku = element("baku");
    expect(baku?.getAttribute("role")).toBe("button");
    expect(baku?.tabIndex).toBe(0);
    expect(baku?.getAttribute("aria-label")).toBe("baku, 1 event");
    expect(baku?.dataset.dimmed).toBe("false");
    expect(baku?.dataset.selected).toBe("false");
    expect(element("kalbajar")?.dataset.dimmed).toBe("true");
    expect(element("kalbajar")?.getAttribute("aria-label")).toBe("kalbajar, 1 event, none in view");
    expect(container.querySelectorAll(".ea-place")).toHaveLength(2);
  });

  it("writes names as text, never as HTML", () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    layer.update([marker("x", { name: evil })]);
    const root = element("x");
    expect(root?.querySelector("img")).toBeNull();
    expect(root?.querySelector(".ea-place__name")?.textContent).toBe(evil);
    expect(root?.getAttribute("aria-label")).toBe(`${evil}, 1 event`);
  });

  it("patches the same element on update (focus survives), and removes places that go", () => {
    layer.update([marker("baku"), marker("shusha")]);
    const before = element("baku");
    before?.focus();
    layer.update([
      marker("baku", {
        selected: true,
        countText: "3",
        radius: 16,
        visibleCount: 3,
        totalCount: 4,
      }),
    ]);
    const after = element("baku");
    expect(after).toBe(before);
    expect(document.activeElement).toBe(after);
    expect(after?.dataset.selected).toBe("true");
    expect(after?.getAttribute("aria-pressed")).toBe("true");
    expect(after?.getAttribute("aria-label")).toBe("baku, 4 events, 3 in view");
    expect(after?.querySelector(".ea-place__count")?.textContent).toBe("3");
    expect(element("shusha")).toBeNull();
  });

  it("selects with Enter and Space, clears with Escape, hovers on focus", () => {
    layer.update([marker("kalbajar")]);
    const root = element("kalbajar");
    root?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    root?.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true }));
    expect(handlers.toggle).toHaveBeenCalledTimes(2);
    expect(handlers.toggle).toHaveBeenCalledWith("kalbajar");
    root?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(handlers.clear).toHaveBeenCalledTimes(1);
    root?.dispatchEvent(new FocusEvent("focus"));
    expect(handlers.hover).toHaveBeenLastCalledWith("kalbajar");
    root?.dispatchEvent(new FocusEvent("blur"));
    expect(handlers.hover).toHaveBeenLastCalledWith(null);
  });

  it("selects on click", () => {
    layer.update([marker("baku")]);
    element("baku")?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(handlers.toggle).toHaveBeenCalledWith("baku");
  });

  it("hands the marker of a place that leaves to a place that comes, rebound entirely", () => {
    layer.update([marker("baku"), marker("shusha", { lat: 39.76, lon: 46.75 })]);
    const shushaElement = element("shusha");
    const before = container.querySelectorAll(".ea-place").length;
    layer.update([
      marker("baku"),
      marker("lachin", {
        name: "Lachin",
        lat: 39.64,
        lon: 46.55,
        color: "#b91c1c",
        countText: "12",
        visibleCount: 12,
        totalCount: 20,
        radius: 18,
        unreviewed: 2,
      }),
    ]);
    const lachin = element("lachin");
    expect(element("shusha")).toBeNull();
    expect(lachin).toBe(shushaElement);
    expect(container.querySelectorAll(".ea-place")).toHaveLength(before);
    expect(lachin?.getAttribute("aria-label")).toBe(markerAriaLabelOf("Lachin", 20, 12, 2));
    expect(lachin?.querySelector(".ea-place__name")?.textContent).toBe("Lachin");
    expect(lachin?.querySelector(".ea-place__count")?.textContent).toBe("12");
    expect(lachin?.style.getPropertyValue("--ea-place-color")).toBe("#b91c1c");
    expect(lachin?.dataset.unreviewed).toBe("true");
    expect(lachin?.style.width).toBe(`${18 * 2}px`);
    const at = map.latLngToLayerPoint([39.64, 46.55]);
    expect(L.DomUtil.getPosition(lachin as HTMLElement)).toEqual(at.round());
    lachin?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(handlers.toggle).toHaveBeenLastCalledWith("lachin");
    lachin?.dispatchEvent(new FocusEvent("focus"));
    expect(handlers.hover).toHaveBeenLastCalledWith("lachin");
    lachin?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(handlers.toggle).toHaveBeenLastCalledWith("lachin");
  });

  it("never rebinds the marker that has focus: it leaves with its place", () => {
    layer.update([marker("baku"), marker("shusha")]);
    const shusha = element("shusha");
    shusha?.focus();
    layer.update([marker("baku"), marker("lachin")]);
    expect(shusha?.isConnected).toBe(false);
    expect(element("lachin")).not.toBe(shusha);
    expect(element("lachin")?.getAttribute("aria-label")).toBe("lachin, 1 event");
  });

  it("names a place on the side away from a count badge, and again when the badges move", () => {
    Object.defineProperty(container, "clientWidth", { value: 800 });
    Object.defineProperty(container, "clientHeight", { value: 600 });
    map.invalidateSize();
    const at = map.latLngToLayerPoint([40, 49]);
    const badgeAt = (dx: number) => {
      const { lat, lng } = map.layerPointToLatLng(at.add([dx, 0]));
      return { lat, lon: lng, r: 14 };
    };
    layer.update([marker("baku")]);
    expect(element("baku")?.dataset.labelSide).toBe("right");
    layer.update([marker("baku")], [badgeAt(40)]);
    expect(element("baku")?.dataset.labelSide).toBe("left");
    layer.update([marker("baku")], [badgeAt(-40)]);
    expect(element("baku")?.dataset.labelSide).toBe("right");
  });
});

function markerAriaLabelOf(name: string, total: number, inView: number, unreviewed: number) {
  return markerAriaLabel(
    marker("any", { name, totalCount: total, visibleCount: inView, unreviewed }),
  );
}
