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

/** Circle options plus the drawing tier: dimmed places below the others, highlights on top. */
export type PlaceCircleOptions = L.CircleMarkerOptions & { tier: number; batch: string };

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
    (marker.unreviewed > 0 ? 8 : 0);
  // Radii stay far below 1,000 px, so flags and radius make one exact number key.
  const key = flags * 1000 + marker.radius;
  let byKey = styles.get(marker.color);
  if (!byKey) {
    byKey = new Map();
    styles.set(marker.color, byKey);
  }
  let style = byKey.get(key);
  if (!style) {
    style = makeStyle(marker);
    byKey.set(key, style);
  }
  return style;
}

function makeStyle(marker: PlaceMarker): PlaceCircleOptions {
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
  };
}

/** What the batched renderer reads of a Leaflet circle marker (Leaflet 1.9 internals). */
interface DrawnCircle {
  _point: L.Point;
  _radius: number;
  _pxBounds?: L.Bounds;
  _empty(): boolean;
  options: PlaceCircleOptions & { _dashArray?: number[] };
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
      ctx.beginPath();
      for (const layer of batch) {
        const { x, y } = layer._point;
        const r = Math.max(Math.round(layer._radius), 1);
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, Math.PI * 2);
      }
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
    }
    this._drawing = false;
    ctx.restore();
  },
}) as unknown as new (
  options?: L.RendererOptions,
) => L.Canvas;

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

  constructor(
    private readonly map: L.Map,
    private readonly handlers: MarkerHandlers,
    pane: string,
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
