"use client";
// The map view: a thin React shell around Leaflet objects that are created once (basemap, marker
// layers, links) and then updated by diff from pure descriptors (to-place-markers, to-origin-links).
// It reads only what the dashboard store gives; EventMap (event-map.tsx) wires it to the store.
import "leaflet/dist/leaflet.css";
import "./event-map.css";
import L from "leaflet";
import { useEffect, useMemo, useRef, useState } from "react";
import { MapContainer, TileLayer, useMap } from "react-leaflet";
import type { DashboardStore } from "@/components/dashboard/types";
import { loadBasemap } from "@/lib/basemap/load-basemap";
import { exposeBenchHooks, whenReady } from "@/lib/bench/page-hooks";
import { BadgeButtons } from "./badge-buttons";
import { BADGE_HALO_PX, CanvasPlaceMarkers } from "./canvas-place-markers";
import { DomPlaceMarkers, zoomScale } from "./dom-place-markers";
import type { MarkerHandlers } from "./marker-handlers";
import { BASEMAP_STYLE, OfflineBasemap } from "./offline-basemap";
import { OriginLinksLayer } from "./origin-links-layer";
import {
  type ClusterLayout,
  clusterMembers,
  clusterPlaceMarkers,
  PlaceClusterIndex,
} from "./place-clusters";
import { toOriginLinks } from "./to-origin-links";
import {
  eventPlaceIds,
  highlightedPlaceIds,
  type MarkerMode,
  maxTotalCount,
  overlayPlaceIds,
  type PlaceMarker,
  toPlaceMarkers,
} from "./to-place-markers";

/** The part of the dashboard store the map reads and calls. */
export type MapStore = Pick<
  DashboardStore,
  | "state"
  | "placeSummaries"
  | "windowEvents"
  | "eventById"
  | "placeById"
  | "hover"
  | "selectPlace"
  | "setHover"
>;

/**
 * Above this many places, circles on one canvas replace DOM markers. Each DOM marker is its own
 * positioned element that the browser lays out, layers and paints on every window change; past
 * ~120 that dominated timeline drags (measured: 10k events, ~400 places, 300 ms map updates).
 * The seeds (10 places) and small datasets stay fully DOM.
 */
export const CANVAS_THRESHOLD = 120;
/** In canvas mode, how many of the busiest places still get a DOM marker with name and count. */
const OVERLAY_TOP_PLACES = 20;

const PANES = {
  land: { name: "ea-land", zIndex: 200 },
  labels: { name: "ea-labels", zIndex: 300 },
  links: { name: "ea-links", zIndex: 420 },
  canvasMarkers: { name: "ea-canvas-markers", zIndex: 450 },
} as const;

const FIT_OPTIONS: L.FitBoundsOptions = { padding: [36, 36], maxZoom: 7 };
const FALLBACK_VIEW = { center: [39, 58] as L.LatLngTuple, zoom: 4 };

/** Opt-in remote tiles (inlined at build time); the offline vector basemap otherwise. */
const TILE_URL = process.env.NEXT_PUBLIC_TILE_URL || "";
const TILE_ATTRIBUTION = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION || "";

function placesBounds(store: MapStore): L.LatLngBounds | null {
  if (store.placeSummaries.length === 0) return null;
  return L.latLngBounds(store.placeSummaries.map(({ place }) => [place.lat, place.lon]));
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}

export function EventMapView({ store, className }: { store: MapStore; className?: string }) {
  // Only the first render decides the initial view; later fits are done imperatively.
  const [initialBounds] = useState(() => placesBounds(store));
  return (
    <div
      className={`ea-map ${className ?? ""}`}
      role="region"
      aria-label="Map of event places"
      style={{ background: BASEMAP_STYLE.water }}
    >
      <MapContainer
        className="ea-map__leaflet"
        {...(initialBounds
          ? { bounds: initialBounds, boundsOptions: FIT_OPTIONS }
          : { center: FALLBACK_VIEW.center, zoom: FALLBACK_VIEW.zoom })}
        minZoom={2}
        maxZoom={10}
        zoomSnap={0.25}
        zoomDelta={0.5}
        wheelPxPerZoomLevel={120}
        maxBounds={[
          [-85, -220],
          [85, 220],
        ]}
        maxBoundsViscosity={0.8}
        worldCopyJump={false}
      >
        {TILE_URL ? <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} /> : null}
        <MapLayers store={store} fitted={initialBounds !== null} />
      </MapContainer>
    </div>
  );
}

function usePanes(map: L.Map): void {
  useState(() => {
    for (const { name, zIndex } of Object.values(PANES)) {
      if (map.getPane(name)) continue;
      const pane = map.createPane(name);
      pane.style.zIndex = String(zIndex);
    }
    // Labels and links must never catch clicks meant for markers or the map.
    for (const name of [PANES.labels.name, PANES.links.name]) {
      const pane = map.getPane(name);
      if (pane) pane.style.pointerEvents = "none";
    }
    map.attributionControl?.setPrefix(
      TILE_URL
        ? '<a href="https://leafletjs.com">Leaflet</a>'
        : '<a href="https://leafletjs.com">Leaflet</a> · Countries: <a href="https://www.naturalearthdata.com">Natural Earth</a>',
    );
    return true;
  });
}

function MapLayers({ store, fitted }: { store: MapStore; fitted: boolean }) {
  const map = useMap();
  usePanes(map);

  // Leaflet listeners are bound once; they reach the latest store through this ref.
  const storeRef = useRef(store);
  storeRef.current = store;
  // The clusters on screen, for a badge's click and tooltip (set below, on every render).
  const clusterState = useRef<{
    index: PlaceClusterIndex | null;
    layout: ClusterLayout | null;
    apart: ReadonlySet<string>;
  }>({ index: null, layout: null, apart: new Set() });
  const [handlers] = useState<MarkerHandlers>(() => ({
    toggle(id) {
      const current = storeRef.current;
      current.selectPlace(current.state.place === id ? null : id);
    },
    clear() {
      storeRef.current.selectPlace(null);
    },
    hover(id) {
      storeRef.current.setHover(id ? { kind: "place", id } : null);
    },
    openCluster(lat, lon, clusterIndex) {
      const { index, layout } = clusterState.current;
      const split = index && layout ? index.expansionZoom(layout, clusterIndex) : map.getZoom() + 1;
      const target = Math.min(Math.max(split, map.getZoom() + 1), map.getMaxZoom());
      map.flyTo([lat, lon], target, { animate: !prefersReducedMotion(), duration: 0.5 });
    },
  }));

  const mode: MarkerMode = store.placeSummaries.length > CANVAS_THRESHOLD ? "canvas" : "dom";
  const { placeSummaries, state, hover, eventById, windowEvents, placeById } = store;
  const markers = useMemo(
    () =>
      toPlaceMarkers(placeSummaries, {
        selectedPlace: state.place,
        selectedEvent: state.event,
        hover,
        eventById,
        mode,
      }),
    [placeSummaries, state.place, state.event, hover, eventById, mode],
  );
  // In canvas mode the busiest places and the selected / highlighted ones keep focusable,
  // labelled DOM markers above the canvas (the list remains the keyboard way to all of them).
  const overlayIds = useMemo(() => {
    if (mode === "dom") return null;
    const wanted = highlightedPlaceIds({ hover, selectedEvent: state.event, eventById });
    if (state.place) wanted.add(state.place);
    return overlayPlaceIds(placeSummaries, wanted, OVERLAY_TOP_PLACES);
  }, [mode, placeSummaries, state.place, state.event, hover, eventById]);
  const domMarkers = useMemo(() => {
    if (!overlayIds) return markers;
    const ids = overlayIds;
    return toPlaceMarkers(
      placeSummaries.filter((s) => ids.has(s.place.id)),
      {
        selectedPlace: state.place,
        selectedEvent: state.event,
        hover,
        eventById,
        mode: "dom",
        // Sized against all places: the overlay's members change as the window moves, and a
        // scale of its own would resize (and re-lay out) every one of them on each step.
        maxCount: maxTotalCount(placeSummaries),
      },
    );
  }, [overlayIds, markers, placeSummaries, state.place, state.event, hover, eventById]);
  // On the canvas, places closer together than a marker's width are drawn as one cluster; the
  // places with a DOM marker are left out of their clusters' counts.
  const zoom = useWholeZoom(map);
  const clusterIndex = useClusterIndex(mode, placeById, placeSummaries);
  const layout = useMemo(() => clusterIndex?.layoutAt(zoom) ?? null, [clusterIndex, zoom]);
  const canvasMarkers = useMemo(() => {
    if (!layout || !overlayIds) return markers;
    const scale = zoomScale(layout.zoom);
    const obstacles = domMarkers.map(({ lat, lon, fullRadius }) => ({
      lat,
      lon,
      r: fullRadius * scale,
    }));
    return clusterPlaceMarkers(placeSummaries, markers, layout, overlayIds, obstacles);
  }, [layout, overlayIds, placeSummaries, markers, domMarkers]);
  clusterState.current = { index: clusterIndex, layout, apart: overlayIds ?? new Set() };
  const links = useMemo(
    () =>
      toOriginLinks(windowEvents, {
        placeById,
        eventById,
        selectedEvent: state.event,
        hover,
      }),
    [windowEvents, placeById, eventById, state.event, hover],
  );

  const domLayer = useRef<DomPlaceMarkers | null>(null);
  const canvasLayer = useRef<CanvasPlaceMarkers | null>(null);
  const badgeButtons = useRef<BadgeButtons | null>(null);
  const linksLayer = useRef<OriginLinksLayer | null>(null);

  useEffect(() => {
    const layer = new DomPlaceMarkers(map, handlers);
    domLayer.current = layer;
    const links = new OriginLinksLayer(map, PANES.links.name);
    linksLayer.current = links;
    return () => {
      layer.remove();
      links.remove();
      domLayer.current = null;
      linksLayer.current = null;
    };
  }, [map, handlers]);

  useEffect(() => {
    if (mode !== "canvas") return;
    const membersOf = (marker: PlaceMarker) => {
      const { layout: current, apart } = clusterState.current;
      if (!current || !marker.cluster) return [];
      return clusterMembers(storeRef.current.placeSummaries, current, marker.cluster.index, apart);
    };
    const layer = new CanvasPlaceMarkers(map, handlers, PANES.canvasMarkers.name, membersOf);
    canvasLayer.current = layer;
    const buttons = new BadgeButtons(map, handlers, PANES.canvasMarkers.name, (id, open) =>
      layer.showTooltip(id, open),
    );
    badgeButtons.current = buttons;
    return () => {
      buttons.remove();
      layer.remove();
      canvasLayer.current = null;
      badgeButtons.current = null;
    };
  }, [map, handlers, mode]);

  useEffect(() => {
    canvasLayer.current?.update(mode === "canvas" ? canvasMarkers : []);
    const clusters = mode === "canvas" ? canvasMarkers.filter((marker) => marker.cluster) : [];
    badgeButtons.current?.update(clusters);
    // Names of DOM markers keep clear of the count badges where they can.
    const badges = clusters.map(({ lat, lon, fullRadius }) => ({
      lat,
      lon,
      r: fullRadius + BADGE_HALO_PX,
    }));
    domLayer.current?.update(domMarkers, badges);
    // How many cluster badges are drawn, for tests and for anyone inspecting the page.
    const container = map.getContainer();
    if (container.dataset.badges !== String(badges.length))
      container.dataset.badges = String(badges.length);
  }, [map, mode, canvasMarkers, domMarkers]);

  useEffect(() => {
    linksLayer.current?.update(links);
  }, [links]);

  // Lets the benchmark harness click a place drawn on the canvas (no DOM node to find).
  useEffect(
    () =>
      exposeBenchHooks({
        placePoint(placeId) {
          const pointOf = (id: string) =>
            domLayer.current?.screenPoint(id) ?? canvasLayer.current?.screenPoint(id) ?? null;
          const id = placeId ?? busiestPlaceInView(map, storeRef.current, pointOf);
          if (!id) return null;
          const point = pointOf(id);
          if (!point) return null;
          const rect = map.getContainer().getBoundingClientRect();
          return { x: rect.left + point.x, y: rect.top + point.y, placeId: id };
        },
        clusterPoint() {
          const point = canvasLayer.current?.largestBadgePoint();
          if (!point) return null;
          const rect = map.getContainer().getBoundingClientRect();
          return { x: rect.left + point.x, y: rect.top + point.y };
        },
      }),
    [map],
  );

  const countryPlaceNames = useMemo(
    () =>
      new Set(placeSummaries.filter((s) => s.place.kind === "country").map((s) => s.place.name)),
    [placeSummaries],
  );
  // The land waits for the markers: with a fetched dataset, the idle time before it arrives would
  // otherwise go to parsing the basemap, which then delays the markers themselves.
  useOfflineBasemap(map, countryPlaceNames, placeSummaries.length > 0);
  useFitPlaces(map, store, fitted);
  useFollowSelection(map, store);
  useEscapeClears(map, handlers);
  return null;
}

/**
 * The place with most events in the window whose own marker (not a cluster's) is inside the
 * visible map.
 */
function busiestPlaceInView(
  map: L.Map,
  store: MapStore,
  pointOf: (id: string) => L.Point | null,
): string | null {
  const view = map.getBounds().pad(-0.05);
  let best: string | null = null;
  let bestCount = 0;
  for (const { place, visibleCount } of store.placeSummaries) {
    if (
      visibleCount > bestCount &&
      view.contains([place.lat, place.lon]) &&
      pointOf(place.id) !== null
    ) {
      best = place.id;
      bestCount = visibleCount;
    }
  }
  return best;
}

function useOfflineBasemap(
  map: L.Map,
  hiddenNames: ReadonlySet<string>,
  markersDrawn: boolean,
): void {
  const basemap = useRef<OfflineBasemap | null>(null);
  const hiddenRef = useRef(hiddenNames);
  hiddenRef.current = hiddenNames;
  useEffect(() => {
    basemap.current?.hideNames(hiddenNames);
  }, [hiddenNames]);
  // Loaded once the markers are up and the timeline (when the page has one) is drawn, or after a
  // few seconds whatever happens: the land is decoration, the first interaction must not wait.
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let timer = 0;
    const fallback = new Promise<void>((resolve) => {
      timer = window.setTimeout(resolve, BASEMAP_FALLBACK_MS);
    });
    const hasTimeline = document.querySelector("[data-timeline-slot]") !== null;
    const drawn = !markersDrawn
      ? fallback
      : hasTimeline
        ? Promise.race([whenReady(), fallback])
        : Promise.resolve();
    void drawn.then(() => {
      if (!cancelled) setWanted(true);
    });
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [markersDrawn]);
  useEffect(() => {
    if (TILE_URL || !wanted) return;
    let layer: OfflineBasemap | null = null;
    let cancelled = false;
    // The basemap is ~0.75 MB of topology: parse and draw it after the markers are up and the
    // page is idle, so it never delays the first interaction with the dashboard.
    whenIdle()
      .then(() => (cancelled ? null : loadBasemap()))
      .then(async (layers) => {
        if (!layers || cancelled) return;
        await whenIdle();
        if (!cancelled) {
          layer = new OfflineBasemap(map, layers, {
            land: PANES.land.name,
            labels: PANES.labels.name,
          });
          layer.hideNames(hiddenRef.current);
          basemap.current = layer;
        }
      })
      .catch((error: unknown) => {
        // The markers still work on plain water; say why the land is missing.
        console.warn("Event Atlas: the offline basemap could not be loaded", error);
      });
    return () => {
      cancelled = true;
      layer?.remove();
      basemap.current = null;
    };
  }, [map, wanted]);
}

/** The map's zoom rounded down to a whole level, updated when a zoom ends. */
function useWholeZoom(map: L.Map): number {
  const [zoom, setZoom] = useState(() => Math.floor(map.getZoom()));
  useEffect(() => {
    const onZoom = () => {
      map.getContainer().dataset.zoom = String(map.getZoom());
      setZoom(Math.floor(map.getZoom()));
    };
    onZoom(); // the first fit may have happened before this effect
    map.on("zoomend", onZoom);
    return () => {
      map.off("zoomend", onZoom);
    };
  }, [map]);
  return zoom;
}

/**
 * One cluster index per dataset's places, in canvas mode only (a dataset with few places draws
 * every place on its own). Keyed by the places map, which changes only with the dataset; the
 * summaries list every place in the same order for its whole life.
 */
function useClusterIndex(
  mode: MarkerMode,
  placeById: MapStore["placeById"],
  summaries: readonly { place: { lat: number; lon: number } }[],
): PlaceClusterIndex | null {
  const summariesRef = useRef(summaries);
  summariesRef.current = summaries;
  return useMemo(
    () =>
      mode === "canvas" && placeById.size > 0
        ? new PlaceClusterIndex(summariesRef.current.map((s) => s.place))
        : null,
    [mode, placeById],
  );
}

/** When a dataset has no places at all, the land still comes. */
const BASEMAP_FALLBACK_MS = 3000;

function whenIdle(timeout = 800): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === "function") {
      window.requestIdleCallback(() => resolve(), { timeout });
    } else {
      window.setTimeout(resolve, 1);
    }
  });
}

/** Fit all places once they exist and the map has a size (a hidden tab has none). */
function useFitPlaces(map: L.Map, store: MapStore, fittedAtStart: boolean): void {
  const storeRef = useRef(store);
  storeRef.current = store;
  const fitted = useRef(false);
  const hasPlaces = store.placeSummaries.length > 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when a remote dataset's places arrive.
  useEffect(() => {
    const container = map.getContainer();
    const fitIfNeeded = () => {
      if (fitted.current || container.clientWidth === 0 || container.clientHeight === 0) return;
      const bounds = placesBounds(storeRef.current);
      if (!bounds) return;
      fitted.current = true;
      map.fitBounds(bounds, { ...FIT_OPTIONS, animate: false });
    };
    // MapContainer already fitted if it started with a size.
    if (fittedAtStart && container.clientWidth > 0 && container.clientHeight > 0) {
      fitted.current = true;
    }
    fitIfNeeded();
    const observer = new ResizeObserver(() => {
      map.invalidateSize({ pan: false });
      fitIfNeeded();
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [map, fittedAtStart, hasPlaces]);
}

/** Selecting an event flies to its places; selecting a place off-screen pans to it. */
function useFollowSelection(map: L.Map, store: MapStore): void {
  const storeRef = useRef(store);
  storeRef.current = store;
  const eventId = store.state.event;
  const placeId = store.state.place;
  useEffect(() => {
    if (!eventId) return;
    const { eventById, placeById } = storeRef.current;
    const event = eventById.get(eventId);
    // Fly to where it happened (Baku for a visit from Islamabad); the arc points to the origin.
    const ids = event && event.places.length > 0 ? event.places : eventPlaceIds(event);
    const points = ids
      .map((id) => placeById.get(id))
      .filter((place) => place !== undefined)
      .map((place) => L.latLng(place.lat, place.lon));
    if (points.length === 0) return;
    const animate = !prefersReducedMotion();
    const bounds = L.latLngBounds(points);
    if (points.length === 1) {
      map.flyTo(bounds.getCenter(), Math.max(map.getZoom(), 6), { animate, duration: 0.6 });
    } else {
      map.flyToBounds(bounds, { ...FIT_OPTIONS, animate, duration: 0.6 });
    }
  }, [map, eventId]);
  useEffect(() => {
    if (!placeId) return;
    const place = storeRef.current.placeById.get(placeId);
    if (!place) return;
    const point = L.latLng(place.lat, place.lon);
    if (!map.getBounds().pad(-0.08).contains(point)) {
      map.panTo(point, { animate: !prefersReducedMotion() });
    }
  }, [map, placeId]);
}

/** Escape anywhere on the map (not only on a marker) clears the selected place. */
function useEscapeClears(map: L.Map, handlers: MarkerHandlers): void {
  useEffect(() => {
    const container = map.getContainer();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && event.target === container) handlers.clear();
    };
    container.addEventListener("keydown", onKey);
    return () => container.removeEventListener("keydown", onKey);
  }, [map, handlers]);
}
