// Place markers as circles on one canvas, for thousands of places: no DOM node per place, and a
// window change only restyles the circles whose look changed. Canvas circles cannot take focus,
// so the map also keeps DOM markers for the selected and highlighted places (see event-map-view).
import L from "leaflet";
import type { MarkerHandlers } from "./marker-handlers";
import { placeTooltipElement } from "./place-tooltip";
import { type PlaceMarker, sameMarkerLook } from "./to-place-markers";

interface Entry {
  circle: L.CircleMarker;
  current: PlaceMarker;
  /** Update round that last saw this place (no Set allocated per update). */
  seen: number;
}

function styleOf(marker: PlaceMarker): L.CircleMarkerOptions {
  return {
    radius: marker.radius,
    // Dimmed places are hollow grey rings, as in the DOM markers.
    fillColor: marker.dimmed ? "#f8fafc" : marker.color,
    fillOpacity: marker.dimmed ? 0.5 : 0.85,
    color: marker.selected
      ? "#111827"
      : marker.highlighted
        ? "#f59e0b"
        : marker.dimmed
          ? marker.color
          : "#ffffff",
    weight: marker.selected || marker.highlighted ? 3 : marker.dimmed ? 1.2 : 1,
    // Unreviewed (machine-extracted) events in view: a dashed ring, as in the DOM markers.
    dashArray: marker.unreviewed > 0 ? "3 2" : undefined,
    opacity: marker.dimmed ? 0.7 : 1,
  };
}

export class CanvasPlaceMarkers {
  private readonly group: L.LayerGroup;
  private readonly renderer: L.Canvas;
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly map: L.Map,
    private readonly handlers: MarkerHandlers,
    pane: string,
  ) {
    this.renderer = L.canvas({ pane, padding: 0.2 });
    this.group = L.layerGroup().addTo(map);
  }

  private round = 0;

  update(markers: readonly PlaceMarker[]): void {
    const round = ++this.round;
    for (const marker of markers) {
      const entry = this.entries.get(marker.id);
      if (!entry) {
        this.entries.set(marker.id, this.create(marker, round));
        continue;
      }
      entry.seen = round;
      // Unchanged summaries give the very same marker object (to-place-markers caches them).
      if (entry.current === marker || sameMarkerLook(entry.current, marker)) {
        entry.current = marker;
        continue;
      }
      const previous = entry.current;
      entry.current = marker;
      if (previous.lat !== marker.lat || previous.lon !== marker.lon) {
        entry.circle.setLatLng([marker.lat, marker.lon]);
      }
      if (previous.radius !== marker.radius) entry.circle.setRadius(marker.radius);
      entry.circle.setStyle(styleOf(marker));
      if (marker.selected || marker.highlighted) entry.circle.bringToFront();
      if (entry.circle.isTooltipOpen()) entry.circle.getTooltip()?.update();
    }
    if (this.entries.size !== markers.length) {
      for (const [id, entry] of this.entries) {
        if (entry.seen === round) continue;
        this.group.removeLayer(entry.circle);
        this.entries.delete(id);
      }
    }
    this.drawNow();
  }

  /**
   * Leaflet's canvas renderer draws style changes at its next animation frame; when the update
   * itself runs in an animation frame (a timeline drag), that is one frame after the timeline
   * moved. Draw the pending changes now instead (Leaflet 1.9 internals, checked before use).
   */
  private drawNow(): void {
    const renderer = this.renderer as unknown as {
      _redrawRequest?: number | null;
      _redraw?: () => void;
    };
    if (renderer._redrawRequest == null || typeof renderer._redraw !== "function") return;
    L.Util.cancelAnimFrame(renderer._redrawRequest);
    renderer._redraw();
  }

  remove(): void {
    this.group.remove();
    this.renderer.remove();
    this.entries.clear();
  }

  /** Viewport point of a place's circle (for the benchmark harness), or null. */
  screenPoint(id: string): L.Point | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    return this.map.latLngToContainerPoint(entry.circle.getLatLng());
  }

  private create(marker: PlaceMarker, round: number): Entry {
    const circle = L.circleMarker([marker.lat, marker.lon], {
      ...styleOf(marker),
      renderer: this.renderer,
      bubblingMouseEvents: false,
    });
    const entry: Entry = { circle, current: marker, seen: round };
    const id = marker.id;
    circle.on("click", () => this.handlers.toggle(id));
    circle.on("mouseover", () => this.handlers.hover(id));
    circle.on("mouseout", () => this.handlers.hover(null));
    circle.bindTooltip(() => placeTooltipElement(entry.current), {
      direction: "top",
      className: "ea-tooltip-frame",
    });
    circle.addTo(this.group);
    return entry;
  }
}
