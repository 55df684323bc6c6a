// Place markers as circles on one canvas, for thousands of places: no DOM node per place, and a
// window change only restyles the circles whose look changed. Canvas circles cannot take focus,
// so the map also keeps DOM markers for the selected and highlighted places (see event-map-view).
import L from "leaflet";
import type { PlaceSummary } from "@/components/dashboard/types";
import { CLUSTER_COLOR, DIMMED_COLOR } from "./category-colors";
import type { MarkerHandlers } from "./marker-handlers";
import { clusterTooltipElement, placeTooltipElement } from "./place-tooltip";
import { type PlaceMarker, sameMarkerLook } from "./to-place-markers";

interface Entry {
  circle: L.CircleMarker;
  current: PlaceMarker;
  /** Update round that last saw this place (no Set allocated per update). */
  seen: number;
}

/**
 * Circle options plus the drawing tier (dimmed places below the others, clusters above them,
 * highlights on top) and, for clusters, the colour of the count drawn inside and a halo.
 */
export type PlaceCircleOptions = L.CircleMarkerOptions & {
  tier: number;
  batch: string;
  labelColor?: string;
  halo?: number;
};

/**
 * One options object per colour, look and radius, made once and shared (restyle copies it into
 * the circle's own options). A window change at 100,000 events restyles ~3,000 circles, and a new
 * object with its batch key for each was the largest allocation of the step.
 */
const styles = new Map<string, Map<number, PlaceCircleOptions>>();

export function styleOf(marker: PlaceMarker): PlaceCircleOptions {
  const flags =
    (marker.selected ? 1 : 0) |
    (marker.highlighted ? 2 : 0) |
    (marker.dimmed ? 4 : 0) |
    (marker.unreviewed > 0 ? 8 : 0) |
    (marker.cluster ? 16 : 0);
  // Radii stay far below 1,000 px, so flags and radius make one exact number key.
  const key = flags * 1000 + marker.radius;
  // A cluster's badge does not depend on its colour field.
  const colorKey = marker.cluster ? "cluster" : marker.color;
  let byKey = styles.get(colorKey);
  if (!byKey) {
    byKey = new Map();
    styles.set(colorKey, byKey);
  }
  let style = byKey.get(key);
  if (!style) {
    style = makeStyle(marker);
    byKey.set(key, style);
  }
  return style;
}

function makeStyle(marker: PlaceMarker): PlaceCircleOptions {
  if (marker.cluster) return makeClusterStyle(marker);
  const tier = marker.selected || marker.highlighted ? 2 : marker.dimmed ? 0 : 1;
  return {
    tier,
    // Circles with the same batch key look the same: the renderer draws them as one path.
    batch: `${tier}|${marker.color}|${marker.dimmed}|${marker.selected}|${marker.highlighted}|${marker.unreviewed > 0}`,
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
    // Places carry no count and no halo on the canvas (set, so that every look names them).
    labelColor: undefined,
    halo: undefined,
  };
}

/** How far a count badge's halo reaches beyond its circle, in CSS pixels. */
export const BADGE_HALO_PX = 4;

/** A white count badge with a dark ring and a faint halo; grey when none is in view. */
function makeClusterStyle(marker: PlaceMarker): PlaceCircleOptions {
  return {
    tier: 1.5,
    batch: `cluster|${marker.dimmed}`,
    radius: marker.radius,
    fillColor: marker.dimmed ? "#f8fafc" : "#ffffff",
    fillOpacity: marker.dimmed ? 0.75 : 0.95,
    color: marker.dimmed ? DIMMED_COLOR : CLUSTER_COLOR,
    weight: 1.5,
    dashArray: undefined,
    opacity: marker.dimmed ? 0.8 : 1,
    labelColor: marker.dimmed ? "#6b7280" : "#0f172a",
    halo: BADGE_HALO_PX,
  };
}

const LABEL_FONT = "600 11px system-ui, -apple-system, 'Segoe UI', sans-serif";

/** What the batched renderer reads of a Leaflet circle marker (Leaflet 1.9 internals). */
interface DrawnCircle {
  _point: L.Point;
  _radius: number;
  _pxBounds?: L.Bounds;
  _empty(): boolean;
  options: PlaceCircleOptions & { _dashArray?: number[]; text?: string };
}
interface CanvasInternals {
  _ctx: CanvasRenderingContext2D;
  /** The area the canvas covers, in layer points. */
  _bounds?: L.Bounds;
  _redrawBounds: L.Bounds | null;
  _drawFirst: { layer: DrawnCircle; next: CanvasInternals["_drawFirst"] } | null;
  _drawing: boolean;
  _redrawRequest: number | null;
}

/**
 * Leaflet's canvas renderer fills and strokes every circle on its own (two paint calls and five
 * state changes each): ~6 ms a frame for a few thousand places. This one draws all circles of the
 * same look as one path, filled and stroked once, tier by tier (dimmed, plain, highlighted).
 * Geometry, hit testing and tooltips stay Leaflet's (Leaflet 1.9 internals: _requestRedraw, _draw). Overlapping circles of one look are filled as
 * their union (nonzero rule), with every outline on top.
 */
const BatchedCanvas = L.Canvas.extend({
  // Every redraw is a whole one (a drag restyles circles everywhere), so the changed-area
  // bookkeeping Leaflet does per restyled circle is skipped.
  _requestRedraw(this: CanvasInternals & { _map: L.Map | null; _redraw(): void }) {
    if (!this._map) return;
    this._redrawBounds = null;
    this._redrawRequest ??= L.Util.requestAnimFrame(this._redraw, this);
  },
  _draw(this: CanvasInternals) {
    const ctx = this._ctx;
    const bounds = this._redrawBounds;
    ctx.save();
    if (bounds?.min) {
      const size = bounds.getSize();
      ctx.beginPath();
      ctx.rect(bounds.min.x, bounds.min.y, size.x, size.y);
      ctx.clip();
    }
    this._drawing = true;
    const batches = new Map<string, DrawnCircle[]>();
    const covered = this._bounds;
    // Every circle in view is drawn (the clip keeps the redraw inside the changed bounds): one
    // test per circle fewer than Leaflet, whose changed bounds cover most of the map in a drag.
    for (let order = this._drawFirst; order; order = order.next) {
      const layer = order.layer;
      if (covered ? outside(layer, covered) : layer._empty()) continue;
      const batch = batches.get(layer.options.batch);
      if (batch) batch.push(layer);
      else batches.set(layer.options.batch, [layer]);
    }
    const ordered = [...batches.values()].sort(
      (a, b) => (a[0]?.options.tier ?? 0) - (b[0]?.options.tier ?? 0),
    );
    for (const batch of ordered) {
      const o = (batch[0] as DrawnCircle).options;
      if (o.halo) {
        traceCircles(ctx, batch, o.halo);
        ctx.globalAlpha = 0.18;
        ctx.fillStyle = o.color ?? CLUSTER_COLOR;
        ctx.fill("nonzero");
      }
      traceCircles(ctx, batch, 0);
      if (o.fill !== false) {
        ctx.globalAlpha = o.fillOpacity ?? 0.2;
        ctx.fillStyle = o.fillColor ?? o.color ?? "#3388ff";
        ctx.fill("nonzero");
      }
      if (o.stroke !== false && o.weight !== 0) {
        ctx.setLineDash(o._dashArray ?? []);
        ctx.globalAlpha = o.opacity ?? 1;
        ctx.lineWidth = o.weight ?? 3;
        ctx.strokeStyle = o.color ?? "#3388ff";
        ctx.stroke();
      }
      if (o.labelColor) drawLabels(ctx, batch, o.labelColor);
    }
    this._drawing = false;
    ctx.restore();
  },
}) as unknown as new (
  options?: L.RendererOptions,
) => L.Canvas;

/** One path of every circle of a batch, each `grow` px wider than its radius (a halo). */
function traceCircles(ctx: CanvasRenderingContext2D, batch: readonly DrawnCircle[], grow: number) {
  ctx.beginPath();
  for (const layer of batch) {
    const { x, y } = layer._point;
    const r = Math.max(Math.round(layer._radius), 1) + grow;
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  }
}

/** The count inside each circle of a batch (clusters). */
function drawLabels(ctx: CanvasRenderingContext2D, batch: readonly DrawnCircle[], color: string) {
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  ctx.fillStyle = color;
  ctx.font = LABEL_FONT;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  for (const layer of batch) {
    const text = layer.options.text;
    if (text) ctx.fillText(text, layer._point.x, layer._point.y + 0.5);
  }
}

/** The count a cluster's circle shows (places show none on the canvas). */
function setText(circle: L.CircleMarker, marker: PlaceMarker): void {
  (circle.options as DrawnCircle["options"]).text = marker.cluster ? marker.countText : undefined;
}

/**
 * Leaflet's CircleMarker._empty (a circle off the canvas is not drawn) with the bounds test
 * written out: Bounds.intersects, called for each of ~3,000 circles a frame at 100,000 events,
 * was ~5% of a window change's script time in a CPU profile.
 */
export function outside(circle: DrawnCircle, covered: L.Bounds): boolean {
  if (!circle._radius) return false;
  const min = circle._pxBounds?.min;
  const max = circle._pxBounds?.max;
  const from = covered.min;
  const to = covered.max;
  if (!min || !max || !from || !to) return circle._empty();
  return max.x < from.x || min.x > to.x || max.y < from.y || min.y > to.y;
}

/** What restyle() touches of a Leaflet circle marker: the drawn fields, checked before use. */
type RestylableCircle = Pick<DrawnCircle, "options" | "_radius" | "_pxBounds"> & {
  _point?: L.Point;
  _updateBounds?: () => void;
  _clickTolerance?: () => number;
};

const dashArrays = new Map<string, number[]>();

/**
 * New look and radius for a circle already on the map. Leaflet's setRadius + setStyle would
 * re-project the circle's point twice and re-parse its dash pattern on every window change (a few
 * thousand circles per frame in a drag); the point has not moved, so only the options, the radius
 * and the hit-test bounds change here, and the batched renderer redraws everything once.
 */
export function restyle(circle: L.CircleMarker, style: PlaceCircleOptions): void {
  const internals = circle as unknown as RestylableCircle;
  if (typeof internals._updateBounds !== "function" || !internals._point) {
    circle.setStyle(style); // not on a map yet, or other Leaflet internals: the public way
    return;
  }
  // Field by field, not L.Util.setOptions: its generic copy loop was a third of a restyle's time.
  const options = internals.options;
  options.tier = style.tier;
  options.batch = style.batch;
  options.radius = style.radius;
  options.fillColor = style.fillColor;
  options.fillOpacity = style.fillOpacity;
  options.color = style.color;
  options.weight = style.weight;
  options.opacity = style.opacity;
  options.labelColor = style.labelColor;
  options.halo = style.halo;
  internals._radius = style.radius ?? internals._radius;
  const dash = style.dashArray;
  options.dashArray = dash; // a look without dashes clears them
  if (typeof dash === "string") {
    let parsed = dashArrays.get(dash);
    if (!parsed) {
      parsed = dash.split(/[, ]+/).map(Number);
      dashArrays.set(dash, parsed);
    }
    options._dashArray = parsed;
  } else {
    options._dashArray = undefined;
  }
  updateBounds(internals);
}

/**
 * The hit-test bounds for the new radius: Leaflet's CircleMarker._updateBounds, but written into
 * the circle's existing Bounds (no new points and bounds for every circle of every step).
 */
function updateBounds(circle: RestylableCircle): void {
  const bounds = circle._pxBounds;
  const point = circle._point;
  if (!bounds?.min || !bounds.max || !point || typeof circle._clickTolerance !== "function") {
    circle._updateBounds?.();
    return;
  }
  const reach = circle._radius + circle._clickTolerance();
  bounds.min.x = point.x - reach;
  bounds.min.y = point.y - reach;
  bounds.max.x = point.x + reach;
  bounds.max.y = point.y + reach;
}

export class CanvasPlaceMarkers {
  private readonly group: L.LayerGroup;
  private readonly renderer: L.Canvas;
  private readonly entries = new Map<string, Entry>();

  /**
   * @param clusterMembers a cluster marker's places, busiest first, for its tooltip (read when
   *   the tooltip opens, not on every window change).
   */
  constructor(
    private readonly map: L.Map,
    private readonly handlers: MarkerHandlers,
    pane: string,
    private readonly clusterMembers: (marker: PlaceMarker) => readonly PlaceSummary[] = () => [],
  ) {
    this.renderer = new BatchedCanvas({ pane, padding: 0.2 });
    this.group = L.layerGroup().addTo(map);
  }

  private round = 0;

  update(markers: readonly PlaceMarker[]): void {
    const round = ++this.round;
    let restyled = false;
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
      restyle(entry.circle, styleOf(marker));
      setText(entry.circle, marker);
      restyled = true;
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
    if (restyled) (this.renderer as unknown as { _requestRedraw(): void })._requestRedraw();
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

  /** Opens or closes a marker's tooltip (a badge's, as its keyboard button takes or loses focus). */
  showTooltip(id: string, open: boolean): void {
    const circle = this.entries.get(id)?.circle;
    if (!circle) return;
    if (open) circle.openTooltip();
    else circle.closeTooltip();
  }

  /** Viewport point of a place's circle (for the benchmark harness), or null. */
  screenPoint(id: string): L.Point | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    return this.map.latLngToContainerPoint(entry.circle.getLatLng());
  }

  /** Container point of the largest cluster badge inside the map's view (for tests), or null. */
  largestBadgePoint(): L.Point | null {
    const size = this.map.getSize();
    let best: L.Point | null = null;
    let bestRadius = 0;
    for (const { current, circle } of this.entries.values()) {
      if (!current.cluster || current.radius <= bestRadius) continue;
      const point = this.map.latLngToContainerPoint(circle.getLatLng());
      const r = current.radius;
      if (point.x < r || point.y < r || point.x > size.x - r || point.y > size.y - r) continue;
      best = point;
      bestRadius = r;
    }
    return best;
  }

  private create(marker: PlaceMarker, round: number): Entry {
    const circle = L.circleMarker([marker.lat, marker.lon], {
      ...styleOf(marker),
      renderer: this.renderer,
      bubblingMouseEvents: false,
    });
    setText(circle, marker);
    const entry: Entry = { circle, current: marker, seen: round };
    const id = marker.id;
    // A cluster's id names its members at one zoom: it stays a cluster for its whole life.
    if (marker.cluster) {
      circle.on("click", () => {
        const { lat, lon, cluster } = entry.current;
        if (cluster) this.handlers.openCluster(lat, lon, cluster.index);
      });
    } else {
      circle.on("click", () => this.handlers.toggle(id));
      circle.on("mouseover", () => this.handlers.hover(id));
      circle.on("mouseout", () => this.handlers.hover(null));
    }
    const tooltip = () =>
      entry.current.cluster
        ? clusterTooltipElement(entry.current, this.clusterMembers(entry.current))
        : placeTooltipElement(entry.current);
    circle.bindTooltip(tooltip, {
      // A badge's tooltip is a tall list: beside the badge, towards the map's middle.
      direction: marker.cluster ? "auto" : "top",
      className: marker.cluster ? "ea-tooltip-frame ea-tooltip-frame--list" : "ea-tooltip-frame",
    });
    circle.addTo(this.group);
    return entry;
  }
}
