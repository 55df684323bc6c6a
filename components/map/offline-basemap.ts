// The default basemap: Natural Earth countries drawn as vectors (muted land, readable borders)
// with country names that appear once they fit. Nothing is fetched from outside the app.
// Leaflet re-projects every path on each zoom, so only shapes near the view are kept on the map
// (culled on moveend): at the Caucasus the map handles a few dozen countries, not all of them.
import L from "leaflet";
import type { BasemapLayers } from "@/lib/basemap/to-basemap-layers";

export const BASEMAP_STYLE = {
  water: "#dce6ee",
  land: "#f4f2ed",
  coast: "#a9bccb",
  border: "#8d8a85",
} as const;

interface Shape {
  layer: L.Layer;
  bounds: L.LatLngBounds;
  shown: boolean;
}

/** How far beyond the view shapes are kept, as a fraction of the view's size. */
const KEEP_MARGIN = 0.6;

export class OfflineBasemap {
  private readonly group: L.LayerGroup;
  private readonly shapes: Shape[] = [];
  private readonly renderers: L.Renderer[];
  private readonly labels: { marker: L.Marker; minZoom: number; name: string }[] = [];
  /** Names drawn by a place marker already (a place that is a whole country). */
  private hidden = new Set<string>();
  private readonly onZoom = () => this.showLabels();
  private readonly onMove = () => this.cull();

  constructor(
    private readonly map: L.Map,
    layers: BasemapLayers,
    panes: { land: string; labels: string },
  ) {
    // Two SVG layers in one pane: borders always above land, whatever is culled or re-added.
    const landRenderer = L.svg({ pane: panes.land, padding: 0.5 }).addTo(map);
    const borderRenderer = L.svg({ pane: panes.land, padding: 0.5 }).addTo(map);
    this.renderers = [landRenderer, borderRenderer];
    this.group = L.layerGroup().addTo(map);
    const landStyle: L.PathOptions = {
      renderer: landRenderer,
      pane: panes.land,
      interactive: false,
      fillColor: BASEMAP_STYLE.land,
      fillOpacity: 1,
      color: BASEMAP_STYLE.coast,
      weight: 0.8,
    };
    for (const country of layers.countries.features) {
      const layer = L.geoJSON(country, {
        style: () => landStyle,
        ...landStyle,
      } as L.GeoJSONOptions);
      this.shapes.push({ layer, bounds: layer.getBounds(), shown: false });
    }
    // Borders go above every land shape; one layer per line so they can be culled too.
    const borderStyle: L.PolylineOptions = {
      renderer: borderRenderer,
      pane: panes.land,
      interactive: false,
      color: BASEMAP_STYLE.border,
      weight: 1.1,
      opacity: 0.9,
      fill: false,
    };
    for (const line of layers.borders.coordinates) {
      const latLngs = line.map(([lon = 0, lat = 0]) => L.latLng(lat, lon));
      const layer = L.polyline(latLngs, borderStyle);
      this.shapes.push({ layer, bounds: layer.getBounds(), shown: false });
    }
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
    map.on("moveend", this.onMove);
    this.cull();
    this.showLabels();
  }

  /** Hide the country names that a place marker already shows beside itself. */
  hideNames(names: ReadonlySet<string>): void {
    this.hidden = new Set([...names].map((n) => n.toLowerCase()));
    this.showLabels();
  }

  remove(): void {
    this.map.off("zoomend", this.onZoom);
    this.map.off("moveend", this.onMove);
    this.group.remove();
    for (const shape of this.shapes) shape.layer.remove();
    for (const renderer of this.renderers) renderer.remove();
    this.shapes.length = 0;
    this.labels.length = 0;
  }

  private cull(): void {
    const keep = this.map.getBounds().pad(KEEP_MARGIN);
    const toAdd: Shape[] = [];
    for (const shape of this.shapes) {
      const wanted = keep.intersects(shape.bounds);
      if (wanted === shape.shown) continue;
      shape.shown = wanted;
      if (wanted) toAdd.push(shape);
      else shape.layer.remove();
    }
    for (const shape of toAdd) shape.layer.addTo(this.map);
  }

  private showLabels(): void {
    const zoom = this.map.getZoom();
    for (const { marker, minZoom, name } of this.labels) {
      const element = marker.getElement();
      if (element) element.style.display = zoom >= minZoom && !this.hidden.has(name) ? "" : "none";
    }
  }
}
