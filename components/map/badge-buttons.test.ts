// @vitest-environment jsdom
import L from "leaflet";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BadgeButtons } from "./badge-buttons";
import type { MarkerHandlers } from "./marker-handlers";
import { testPlaceMarker } from "./test-place-marker";
import type { PlaceMarker } from "./to-place-markers";

function badge(id: string, index: number, overrides: Partial<PlaceMarker> = {}): PlaceMarker {
  return testPlaceMarker(id, {
    name: "3 places",
    visibleCount: 12,
    totalCount: 30,
    radius: 10,
    countText: "12",
    cluster: { index, places: 3 },
    ...overrides,
  });
}

describe("BadgeButtons (Leaflet in jsdom)", () => {
  let container: HTMLDivElement;
  let map: L.Map;
  let openCluster: ReturnType<typeof vi.fn<MarkerHandlers["openCluster"]>>;
  let showTooltip: ReturnType<typeof vi.fn<(id: string, open: boolean) => void>>;
  let buttons: BadgeButtons;
  const all = () => [...container.querySelectorAll<HTMLButtonElement>("button.ea-badge-button")];

  beforeEach(() => {
    container = document.createElement("div");
    document.body.append(container);
    map = L.map(container, { center: [40, 49], zoom: 5 });
    map.createPane("badges");
    openCluster = vi.fn<MarkerHandlers["openCluster"]>();
    showTooltip = vi.fn<(id: string, open: boolean) => void>();
    const handlers: MarkerHandlers = {
      toggle: vi.fn(),
      clear: vi.fn(),
      hover: vi.fn(),
      openCluster,
    };
    buttons = new BadgeButtons(map, handlers, "badges", showTooltip);
  });

  afterEach(() => {
    buttons.remove();
    map.remove();
    container.remove();
  });

  it("gives each badge a named button in the badges' pane, centred on it", () => {
    buttons.update([badge("c:5:1", 1), badge("c:5:2", 2, { lat: 41, lon: 50 })]);
    expect(all()).toHaveLength(2);
    const [first] = all();
    expect(first?.closest(".leaflet-pane")).toBe(map.getPane("badges"));
    expect(first?.type).toBe("button");
    expect(first?.getAttribute("aria-label")).toBe(
      "3 places close together, 30 events, 12 in view. Zoom in to see them",
    );
    const point = map.latLngToLayerPoint([40, 49]);
    expect(first?.style.left).toBe(`${point.x - 10}px`);
    expect(first?.style.top).toBe(`${point.y - 10}px`);
    expect(first?.style.width).toBe("20px");
  });

  it("opens the cluster on click (Enter and Space click a focused button) and shows its tooltip on focus", () => {
    buttons.update([badge("c:5:1", 1, { lat: 40.5, lon: 49.5 })]);
    const [button] = all();
    button?.click();
    expect(openCluster).toHaveBeenCalledWith(40.5, 49.5, 1);
    button?.focus();
    expect(showTooltip).toHaveBeenLastCalledWith("c:5:1", true);
    button?.blur();
    expect(showTooltip).toHaveBeenLastCalledWith("c:5:1", false);
  });

  it("renames and moves a badge in place as its counts and position change, keeping focus", () => {
    buttons.update([badge("c:5:1", 1)]);
    const [button] = all();
    button?.focus();
    buttons.update([badge("c:5:1", 1, { visibleCount: 0, radius: 4, lat: 40.2 })]);
    expect(all()).toEqual([button]);
    expect(document.activeElement).toBe(button);
    expect(button?.getAttribute("aria-label")).toBe(
      "3 places close together, 30 events, none in view. Zoom in to see them",
    );
    const point = map.latLngToLayerPoint([40.2, 49]);
    // The smallest badges still get a button large enough to show a focus ring.
    expect(button?.style.left).toBe(`${point.x - 8}px`);
    expect(button?.style.width).toBe("16px");
    // The click opens the cluster as it is now.
    button?.click();
    expect(openCluster).toHaveBeenLastCalledWith(40.2, 49, 1);
  });

  it("removes the buttons of badges no longer drawn, and all of them on remove()", () => {
    buttons.update([badge("c:5:1", 1), badge("c:5:2", 2)]);
    buttons.update([badge("c:5:2", 2)]);
    expect(all().map((b) => b.dataset.clusterId)).toEqual(["c:5:2"]);
    buttons.update([]);
    expect(all()).toHaveLength(0);
    buttons.update([badge("c:5:3", 3)]);
    buttons.remove();
    expect(container.querySelector(".ea-badge-buttons")).toBeNull();
  });

  it("places every button again when the map's layer origin moves (zoom, view reset)", () => {
    buttons.update([badge("c:5:1", 1)]);
    map.setView([45, 60], 6, { animate: false });
    const point = map.latLngToLayerPoint([40, 49]);
    expect(all()[0]?.style.left).toBe(`${point.x - 10}px`);
  });
});
