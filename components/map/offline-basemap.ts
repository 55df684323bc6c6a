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
  /** All country names live in one absolutely positioned box in the labels pane: no Leaflet
   * marker (and so no compositing layer) per name. Panning moves the pane; names are only
   * re-placed when the zoom changes. */
  private readonly labelBox: HTMLElement;
  private readonly labels: {
    element: HTMLElement;
    latLng: L.LatLng;
    minZoom: number;
    name: string;
  }[] = [];
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
    // Hidden during zoom animations (leaflet-zoom-hide), re-placed at zoomend.
    this.labelBox = L.DomUtil.create("div", "ea-country-labels leaflet-zoom-hide");
    this.labelBox.setAttribute("aria-hidden", "true");
    for (const label of layers.labels) {
      const element = document.createElement("div");
      element.className = "ea-country-label";
      const text = document.createElement("span");
      text.textContent = label.name;
      element.append(text);
      this.labelBox.append(element);
      this.labels.push({
        element,
        latLng: L.latLng(label.lat, label.lon),
        minZoom: label.minZoom,
        name: label.name.toLowerCase(),
      });
    }
    map.getPane(panes.labels)?.append(this.labelBox);
    map.on("zoomend viewreset", this.onZoom);
    map.on("moveend", this.onMove);
    this.cull();
    this.showLabels();
  }

  /** Hide the country names that a place marker already shows beside itself. */
  hideNames(names: ReadonlySet<string>): void {
    const next = new Set([...names].map((n) => n.toLowerCase()));
    // Called on every window change; only a different set of names needs the labels touched.
    if (next.size === this.hidden.size && [...next].every((n) => this.hidden.has(n))) return;
    this.hidden = next;
    this.showLabels();
  }

  remove(): void {
    this.map.off("zoomend viewreset", this.onZoom);
    this.labelBox.remove();
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
    for (const { element, latLng, minZoom, name } of this.labels) {
      const shown = zoom >= minZoom && !this.hidden.has(name);
      element.style.display = shown ? "" : "none";
      if (!shown) continue;
      // Layer points stay valid while panning (the pane moves); they change only with the zoom.
      const point = this.map.latLngToLayerPoint(latLng);
      element.style.left = `${point.x}px`;
      element.style.top = `${point.y}px`;
    }
  }
}
