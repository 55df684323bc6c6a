// The two benchmark baselines, built straight from the libraries' documented switches, to compare
// the dashboard against (see issue 8 and bench/README-table.md):
// - naive: every event a vis-timeline item and a DOM marker (L.marker + divIcon), no aggregation;
// - tuned: vis-timeline's own `cluster` option and Leaflet `preferCanvas` circle markers, one per event.
// Both keep the views in sync the simple way: a window change restyles the markers of events that
// left or entered it, a place click selects its events on the timeline.
import type * as Leaflet from "leaflet";
import type { DataSet as VisDataSet } from "vis-data/esnext";
import type { Timeline as VisTimeline } from "vis-timeline/esnext";
import type { BaselineData, BaselineEvent, BaselinePlace } from "./baseline-data";

export type BaselineVariant = "naive" | "tuned";

export interface BaselineLibraries {
  L: typeof Leaflet;
  Timeline: typeof VisTimeline;
  DataSet: typeof VisDataSet;
  utcMoment: (date: unknown) => unknown;
}

export interface MountedBaseline {
  /** Viewport point of the busiest place's marker (or the given place's). */
  placePoint(placeId?: string): { x: number; y: number; placeId: string } | null;
  destroy(): void;
}

const DAY_MS = 86_400_000;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

interface MarkerEntry {
  event: BaselineEvent;
  layer: Leaflet.Marker | Leaflet.CircleMarker;
  inWindow: boolean;
}

export function mountBaseline(
  variant: BaselineVariant,
  elements: { timeline: HTMLElement; map: HTMLElement },
  libs: BaselineLibraries,
  data: BaselineData,
  callbacks: { onReady(): void; onSelect(place: BaselinePlace | null, count: number): void },
): MountedBaseline {
  const { L, Timeline, DataSet } = libs;
  const placeById = new Map(data.places.map((p) => [p.id, p]));

  // ---- map: one marker per event at its first place
  const map = L.map(elements.map, {
    preferCanvas: variant === "tuned",
    attributionControl: false,
    worldCopyJump: false,
  });
  const located = data.places.map((p) => L.latLng(p.lat, p.lon));
  if (located.length > 0) map.fitBounds(L.latLngBounds(located), { padding: [20, 20] });
  else map.setView([40, 50], 4);
  const eventsByPlace = new Map<string, string[]>();
  const entries: MarkerEntry[] = [];
  const group = L.layerGroup();
  for (const event of data.events) {
    for (const id of event.places) {
      const list = eventsByPlace.get(id) ?? [];
      list.push(event.id);
      eventsByPlace.set(id, list);
    }
    const place = placeById.get(event.places[0] ?? "");
    if (!place) continue;
    const layer =
      variant === "naive"
        ? L.marker([place.lat, place.lon], {
            icon: L.divIcon({ className: "bench-dot", iconSize: [10, 10] }),
            title: place.name,
          })
        : L.circleMarker([place.lat, place.lon], {
            radius: 5,
            color: "#1e3a8a",
            weight: 1,
            fillColor: "#3b82f6",
            fillOpacity: 0.7,
          });
    layer.on("click", () => select(place.id));
    group.addLayer(layer);
    entries.push({ event, layer, inWindow: true });
  }
  group.addTo(map);

  const applyWindow = (startMs: number, endMs: number) => {
    for (const entry of entries) {
      const inWindow = entry.event.endMs > startMs && entry.event.startMs < endMs;
      if (variant === "naive") {
        // Naive: touch every marker's DOM on every window change.
        (entry.layer as Leaflet.Marker).setOpacity(inWindow ? 1 : 0.25);
      } else if (inWindow !== entry.inWindow) {
        (entry.layer as Leaflet.CircleMarker).setStyle({
          opacity: inWindow ? 1 : 0.3,
          fillOpacity: inWindow ? 0.7 : 0.15,
        });
      }
      entry.inWindow = inWindow;
    }
  };

  // ---- timeline: every event an item
  const items = new DataSet(
    data.events.map((e) => ({
      id: e.id,
      content: escapeHtml(e.title),
      start: e.startMs,
      ...(e.span ? { end: Math.max(e.endMs, e.startMs + DAY_MS), type: "range" } : { type: "box" }),
    })),
  );
  const timeline = new Timeline(elements.timeline, [], {
    start: data.window.startMs,
    end: data.window.endMs,
    height: "320px",
    zoomMin: DAY_MS,
    moment: libs.utcMoment,
    multiselect: true,
    ...(variant === "tuned"
      ? { cluster: { maxItems: 5, titleTemplate: "{count} events", showStipes: false } }
      : {}),
  } as ConstructorParameters<typeof VisTimeline>[2]);
  timeline.setItems(items);
  // vis-timeline 8.5.4: with `cluster`, setItems draws nothing until the window moves, and the root
  // stays visibility:hidden until a redraw follows the first "rangechanged" (emitted 200 ms after a
  // move). Nudge the window by 1 ms after the first frame, and redraw once that move has settled.
  const rootHidden = () => {
    const root = elements.timeline.querySelector<HTMLElement>(".vis-timeline");
    return !root || root.style.visibility === "hidden";
  };
  if (variant === "tuned") {
    requestAnimationFrame(() =>
      timeline.setWindow(data.window.startMs + 1, data.window.endMs + 1, { animation: false }),
    );
    timeline.on("rangechanged", () => {
      if (rootHidden()) timeline.redraw();
    });
  }
  timeline.on("rangechange", (props: { start: Date; end: Date }) =>
    applyWindow(props.start.valueOf(), props.end.valueOf()),
  );
  applyWindow(data.window.startMs, data.window.endMs);

  function select(placeId: string | null) {
    const ids = placeId ? (eventsByPlace.get(placeId) ?? []) : [];
    timeline.setSelection(ids);
    callbacks.onSelect(placeId ? (placeById.get(placeId) ?? null) : null, ids.length);
  }

  // ---- readiness: timeline drawn (visible, items or clusters in the DOM) and markers on the map
  let ready = false;
  const timelineDrawn = () => {
    const root = elements.timeline.querySelector<HTMLElement>(".vis-timeline");
    if (!root || getComputedStyle(root).visibility === "hidden") return false;
    return data.events.length === 0 || root.querySelector(".vis-item, .vis-cluster") !== null;
  };
  const checkReady = () => {
    if (ready) return;
    if (!timelineDrawn()) return;
    ready = true;
    requestAnimationFrame(() => requestAnimationFrame(() => callbacks.onReady()));
  };
  timeline.on("changed", checkReady);
  requestAnimationFrame(checkReady);

  let busiest: string | null = null;
  let most = -1;
  for (const [id, list] of eventsByPlace)
    if (list.length > most) {
      most = list.length;
      busiest = id;
    }

  return {
    placePoint(placeId) {
      const place = placeById.get(placeId ?? busiest ?? "");
      if (!place) return null;
      const point = map.latLngToContainerPoint([place.lat, place.lon]);
      const box = elements.map.getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y, placeId: place.id };
    },
    destroy() {
      timeline.destroy();
      map.remove();
    },
  };
}
