// The default basemap: Natural Earth countries drawn as vectors (muted land, readable borders)
// with country names that appear once they fit. Nothing is fetched from outside the app.
import L from "leaflet";
import type { BasemapLayers } from "@/lib/basemap/to-basemap-layers";

export const BASEMAP_STYLE = {
  water: "#dce6ee",
  land: "#f4f2ed",
  coast: "#a9bccb",
  border: "#8d8a85",
} as const;

export class OfflineBasemap {
  private readonly group: L.LayerGroup;
  private readonly labels: {
    marker: L.Marker;
    minZoom: number;
    name: string;
  }[] = [];
  /** Names drawn by a place marker already (a place that is a whole country). */
  private hidden = new Set<string>();
  private readonly onZoom = () => this.showLabels();

  constructor(
    private readonly map: L.Map,
    layers: BasemapLayers,
    panes: { land: string; labels: string },
  ) {
    const renderer = L.svg({ pane: panes.land, padding: 0.5 });
    this.group = L.layerGroup().addTo(map);
    L.geoJSON(layers.countries, {
      renderer,
      pane: panes.land,
      interactive: false,
      style: {
        fillColor: BASEMAP_STYLE.land,
        fillOpacity: 1,
        color: BASEMAP_STYLE.coast,
        weight: 0.8,
      },
    } as L.GeoJSONOptions).addTo(this.group);
    L.geoJSON(layers.borders, {
      renderer,
      pane: panes.land,
      interactive: false,
      style: { color: BASEMAP_STYLE.border, weight: 1.1, opacity: 0.9, fill: false },
    } as L.GeoJSONOptions).addTo(this.group);
    for (const label of layers.labels) {
      const element = document.createElement("span");
      element.textContent = label.name;
      const marker = L.marker([label.lat, label.lon], {
        icon: L.divIcon({
          className: "ea-country-label",
          html: element,
          iconSize: null as unknown as L.PointExpression,
        }),
        pane: panes.labels,
        interactive: false,
        keyboard: false,
      }).addTo(this.group);
      marker.getElement()?.setAttribute("aria-hidden", "true");
      this.labels.push({ marker, minZoom: label.minZoom, name: label.name.toLowerCase() });
    }
    map.on("zoomend", this.onZoom);
    this.showLabels();
  }

  /** Hide the country names that a place marker already shows beside itself. */
  hideNames(names: ReadonlySet<string>): void {
    this.hidden = new Set([...names].map((n) => n.toLowerCase()));
    this.showLabels();
  }

  private showLabels(): void {
    const zoom = this.map.getZoom();
    for (const { marker, minZoom, name } of this.labels) {
      const element = marker.getElement();
      if (element) element.style.display = zoom >= minZoom && !this.hidden.has(name) ? "" : "none";
    }
  }

  remove(): void {
    this.map.off("zoomend", this.onZoom);
    this.group.remove();
    this.labels.length = 0;
  }
}
