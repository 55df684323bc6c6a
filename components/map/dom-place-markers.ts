// Place markers as focusable DOM elements (L.divIcon), for up to a few hundred places. Each
// marker is created once and then patched in place (attributes, classes, sizes), so focus and
// hover survive every window change. After each change of zoom or markers, crowded markers are
// nudged apart (with a leader line to the true spot) and names placed where they fit.
import L from "leaflet";
import { dodgeCircles } from "./dodge-circles";
import type { MarkerHandlers } from "./marker-handlers";
import { type LabelRequest, placeLabels } from "./place-labels";
import { placeTooltipElement } from "./place-tooltip";
import {
  markerAriaLabel,
  type PlaceMarker,
  sameAriaLabel,
  sameMarkerLook,
} from "./to-place-markers";

interface Entry {
  marker: L.Marker;
  root: HTMLElement;
  dot: HTMLElement;
  count: HTMLElement;
  name: HTMLElement;
  leader: HTMLElement;
  current: PlaceMarker;
  dx: number;
  dy: number;
  /** Radius and offset last written to the element, as `r|dx|dy`. */
  placed: string;
}

/** Markers shrink a little when zoomed far out (a phone showing Turkey to Pakistan). */
export function zoomScale(zoom: number): number {
  return zoom >= 5 ? 1 : zoom >= 4 ? 0.9 : 0.8;
}

/** Extra room a label leaves around the selection / highlight ring. */
const RING_PX = 5;

/** Label metrics: the CSS of .ea-place__name (12.5px semibold). */
const LABEL_FONT = "600 12.5px";
const LABEL_HEIGHT_PX = 16;

/** Measures label widths in the page's own font, once per name. */
class TextMeasure {
  private readonly widths = new Map<string, number>();
  private context: CanvasRenderingContext2D | null | undefined;
  constructor(private readonly fontFamily: string) {}
  width(text: string): number {
    let width = this.widths.get(text);
    if (width !== undefined) return width;
    if (this.context === undefined) {
      this.context = document.createElement("canvas").getContext("2d");
      if (this.context) this.context.font = `${LABEL_FONT} ${this.fontFamily}`;
    }
    // Without a canvas (never in a real browser), a generous per-character estimate.
    width = Math.ceil(this.context ? this.context.measureText(text).width : text.length * 8.5) + 2;
    this.widths.set(text, width);
    return width;
  }
}

/** A circle on the map, in CSS pixels around a position. */
export interface AvoidCircle {
  lat: number;
  lon: number;
  r: number;
}

/** A marker someone is using: focused, under the pointer, or showing its tooltip. */
function isInUse(entry: Entry): boolean {
  return (
    entry.root.contains(document.activeElement) ||
    entry.root.matches(":hover") ||
    entry.marker.isTooltipOpen()
  );
}

export class DomPlaceMarkers {
  private readonly group: L.LayerGroup;
  private readonly entries = new Map<string, Entry>();
  /** What the last dodge was computed from; a new one is needed when it changes. */
  private dodgeKey = "";
  private scale = 1;
  private avoid: readonly AvoidCircle[] = [];
  private avoidKey = "";
  private readonly measure: TextMeasure;
  private readonly onZoom = () => {
    this.dodgeKey = "";
    this.layout();
  };
  private readonly onMove = () => this.layout();

  constructor(
    private readonly map: L.Map,
    private readonly handlers: MarkerHandlers,
  ) {
    this.group = L.layerGroup().addTo(map);
    this.measure = new TextMeasure(getComputedStyle(map.getContainer()).fontFamily || "sans-serif");
    map.on("zoomend viewreset", this.onZoom);
    map.on("moveend resize", this.onMove);
  }

  /**
   * `avoid`: circles the names keep clear of where they can (the canvas's count badges, at their
   * largest size, so that a window change alone does not move names).
   */
  update(markers: readonly PlaceMarker[], avoid: readonly AvoidCircle[] = []): void {
    const avoidKey = avoid.map((c) => `${c.lat}:${c.lon}:${c.r}`).join(",");
    const avoidChanged = avoidKey !== this.avoidKey;
    this.avoid = avoid;
    this.avoidKey = avoidKey;
    const incoming = new Set<string>();
    for (const marker of markers) incoming.add(marker.id);
    // Markers of places that leave are handed to places that come, when nobody is using them (not
    // focused, hovered or showing a tooltip): while the timeline moves, the busiest places change
    // one or two at a time, and rebinding a marker costs far less than a new Leaflet marker.
    const spare: Entry[] = [];
    for (const [id, entry] of this.entries) {
      if (incoming.has(id)) continue;
      this.entries.delete(id);
      if (isInUse(entry)) this.group.removeLayer(entry.marker);
      else spare.push(entry);
    }
    // Names are re-placed when markers come or go, the selection or highlight changes, or on
    // zoom / move end; a plain window change (counts, radii) keeps them where they are, which
    // spares a full label layout on every step of a timeline drag.
    let relayout = spare.length > 0 || avoidChanged;
    for (const marker of markers) {
      const entry = this.entries.get(marker.id);
      if (!entry) {
        const reused = spare.pop();
        this.entries.set(marker.id, reused ? this.rebind(reused, marker) : this.create(marker));
        relayout = true;
      } else if (entry.current !== marker && !sameMarkerLook(entry.current, marker)) {
        if (
          entry.current.selected !== marker.selected ||
          entry.current.highlighted !== marker.highlighted ||
          entry.current.fullRadius !== marker.fullRadius ||
          entry.current.lat !== marker.lat ||
          entry.current.lon !== marker.lon
        ) {
          relayout = true;
        }
        this.patch(entry, marker);
      }
    }
    for (const entry of spare) this.group.removeLayer(entry.marker);
    if (relayout) this.layout();
  }

  /** Viewport point (relative to the map container) of a place's marker, or null. */
  screenPoint(id: string): L.Point | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    const { x, y } = this.map.latLngToContainerPoint([entry.current.lat, entry.current.lon]);
    return L.point(x + entry.dx, y + entry.dy);
  }

  remove(): void {
    this.map.off("zoomend viewreset", this.onZoom);
    this.map.off("moveend resize", this.onMove);
    this.group.remove();
    this.entries.clear();
  }

  private layout(): void {
    const entries = [...this.entries.values()];
    const points = entries.map((e) => this.map.latLngToLayerPoint([e.current.lat, e.current.lon]));
    const key = `${this.map.getZoom()}|${entries
      .map((e) => `${e.current.id}:${e.current.lat}:${e.current.lon}:${e.current.fullRadius}`)
      .join(",")}`;
    const scale = zoomScale(this.map.getZoom());
    if (key !== this.dodgeKey || scale !== this.scale) {
      this.dodgeKey = key;
      this.scale = scale;
      const offsets = dodgeCircles(
        entries.map((e, i) => ({
          x: points[i]?.x ?? 0,
          y: points[i]?.y ?? 0,
          r: e.current.fullRadius * scale,
        })),
      );
      entries.forEach((entry, i) => {
        entry.dx = offsets[i]?.dx ?? 0;
        entry.dy = offsets[i]?.dy ?? 0;
        this.position(entry);
      });
    }
    const requests: LabelRequest[] = entries.map((e, i) => ({
      id: e.current.id,
      x: (points[i]?.x ?? 0) + e.dx,
      y: (points[i]?.y ?? 0) + e.dy,
      r: e.current.radius * scale + (e.current.selected || e.current.highlighted ? RING_PX : 0),
      width: this.measure.width(e.current.name),
      height: LABEL_HEIGHT_PX,
      priority:
        (e.current.selected ? 4e9 : 0) +
        (e.current.highlighted ? 2e9 : 0) +
        (e.current.dimmed ? 0 : 1e9) +
        e.current.totalCount,
      force: e.current.selected || e.current.highlighted,
    }));
    const topLeft = this.map.containerPointToLayerPoint([0, 0]);
    const size = this.map.getSize();
    const avoid = this.avoid.map(({ lat, lon, r }) => {
      const { x, y } = this.map.latLngToLayerPoint([lat, lon]);
      return { left: x - r, top: y - r, right: x + r, bottom: y + r };
    });
    const sides = placeLabels(
      requests,
      {
        left: topLeft.x + 2,
        top: topLeft.y + 2,
        right: topLeft.x + size.x - 2,
        bottom: topLeft.y + size.y - 2,
      },
      avoid,
    );
    for (const entry of entries) {
      const side = sides.get(entry.current.id) ?? "none";
      if (entry.root.dataset.labelSide !== side) entry.root.dataset.labelSide = side;
    }
  }

  /** Apply size and dodge offset: the element's centre sits dx,dy away from the true point. */
  private position(entry: Entry): void {
    const { root, leader, dx, dy } = entry;
    const r = Math.round(entry.current.radius * this.scale * 10) / 10;
    // Style writes invalidate the element's style even when they repeat a value.
    const placed = `${r}|${dx}|${dy}`;
    if (placed === entry.placed) return;
    entry.placed = placed;
    const size = `${r * 2}px`;
    root.style.width = size;
    root.style.height = size;
    root.style.marginLeft = `${dx - r}px`;
    root.style.marginTop = `${dy - r}px`;
    const distance = Math.hypot(dx, dy);
    if (distance > r * 0.5) {
      leader.style.display = "block";
      leader.style.width = `${distance}px`;
      leader.style.transform = `rotate(${Math.atan2(-dy, -dx)}rad)`;
    } else {
      leader.style.display = "none";
    }
  }

  private create(marker: PlaceMarker): Entry {
    const content = document.createElement("span");
    content.className = "ea-place__content";
    const leader = document.createElement("span");
    leader.className = "ea-place__leader";
    leader.setAttribute("aria-hidden", "true");
    const dot = document.createElement("span");
    dot.className = "ea-place__dot";
    const count = document.createElement("span");
    count.className = "ea-place__count";
    count.setAttribute("aria-hidden", "true");
    dot.append(count);
    const name = document.createElement("span");
    name.className = "ea-place__name";
    name.setAttribute("aria-hidden", "true");
    content.append(leader, dot, name);
    const icon = L.divIcon({
      className: "ea-place",
      html: content,
      // No size: the element is sized in position() so a radius change never rebuilds it.
      iconSize: null as unknown as L.PointExpression,
    });
    const leafletMarker = L.marker([marker.lat, marker.lon], {
      icon,
      keyboard: false, // handled below, with Space and Escape too
      riseOnHover: true,
      bubblingMouseEvents: false,
    });
    leafletMarker.addTo(this.group);
    const root = leafletMarker.getElement();
    if (!root) throw new Error("Leaflet did not create the marker element");
    root.setAttribute("role", "button");
    root.tabIndex = 0;
    root.dataset.placeId = marker.id;
    const entry: Entry = {
      marker: leafletMarker,
      root,
      dot,
      count,
      name,
      leader,
      current: marker,
      dx: 0,
      dy: 0,
      placed: "",
    };

    // The place is read when the event comes: a marker may be rebound to another place.
    const id = () => entry.current.id;
    leafletMarker.on("click", () => this.handlers.toggle(id()));
    leafletMarker.on("mouseover", () => this.handlers.hover(id()));
    leafletMarker.on("mouseout", () => this.handlers.hover(null));
    root.addEventListener("focus", () => this.handlers.hover(id()));
    root.addEventListener("blur", () => this.handlers.hover(null));
    root.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        this.handlers.toggle(id());
      } else if (event.key === "Escape") {
        event.preventDefault();
        this.handlers.clear();
      }
    });
    leafletMarker.bindTooltip(() => placeTooltipElement(entry.current), {
      direction: "top",
      className: "ea-tooltip-frame",
    });
    this.patch(entry, marker);
    return entry;
  }

  /** A spare marker made to show another place: patched like a change of its old place. */
  private rebind(entry: Entry, marker: PlaceMarker): Entry {
    entry.root.dataset.placeId = marker.id;
    this.patch(entry, marker);
    return entry;
  }

  private patch(entry: Entry, marker: PlaceMarker): void {
    const { root, count, name } = entry;
    const previous = entry.current;
    entry.current = marker;
    if (previous.lat !== marker.lat || previous.lon !== marker.lon) {
      entry.marker.setLatLng([marker.lat, marker.lon]);
    }
    const fresh = previous === marker;
    // Only what changed is written: every attribute write (even of the same value) invalidates
    // the marker's style, and a window change usually moves only counts and radii.
    if (fresh || previous.radius !== marker.radius) this.position(entry);
    if (fresh || previous.color !== marker.color)
      root.style.setProperty("--ea-place-color", marker.color);
    if (fresh || !sameAriaLabel(previous, marker))
      root.setAttribute("aria-label", markerAriaLabel(marker));
    if (fresh || previous.selected !== marker.selected) {
      root.setAttribute("aria-pressed", String(marker.selected));
      root.dataset.selected = String(marker.selected);
    }
    if (fresh || previous.dimmed !== marker.dimmed) root.dataset.dimmed = String(marker.dimmed);
    if (fresh || previous.unreviewed !== marker.unreviewed)
      root.dataset.unreviewed = String(marker.unreviewed > 0);
    if (fresh || previous.highlighted !== marker.highlighted)
      root.dataset.highlighted = String(marker.highlighted);
    if (fresh || previous.countText !== marker.countText) {
      count.textContent = marker.countText;
      count.classList.toggle("ea-place__count--small", marker.countText.length > 2);
    }
    if (fresh || previous.name !== marker.name) name.textContent = marker.name;
    if (
      fresh ||
      previous.selected !== marker.selected ||
      previous.highlighted !== marker.highlighted ||
      previous.dimmed !== marker.dimmed
    ) {
      entry.marker.setZIndexOffset(
        marker.selected ? 2000 : marker.highlighted ? 1000 : marker.dimmed ? -1000 : 0,
      );
    }
    const tooltip = entry.marker.getTooltip();
    if (tooltip) {
      tooltip.options.offset = [entry.dx, entry.dy - marker.radius * this.scale];
      if (entry.marker.isTooltipOpen()) tooltip.update();
    }
  }
}
