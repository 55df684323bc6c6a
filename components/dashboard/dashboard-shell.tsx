"use client";
import { useEffect, useState } from "react";
// The dashboard's client layout: filters, the timeline across the top, the map beside the list and
// the detail panel. On a phone the three views stack behind a segmented control (list one tap away)
// and the detail panel becomes a bottom sheet.
import { PrintSummary } from "@/components/share/print-summary";
import type { ViewState } from "@/lib/view-state";
import { DetailPanel } from "../detail/detail-panel";
import { EventList } from "../event-list/event-list";
import { EventMapLoader } from "../map/event-map-loader";
import { TimelineLoader } from "../timeline/timeline-loader";
import { limitsFor, zoomWindow } from "../timeline/window-math";
import {
  DashboardProvider,
  type DatasetSource,
  shallowEqual,
  useDashboardSelector,
  useDatasetStatus,
} from "./dashboard-provider";
import { FilterBar } from "./filter-bar";
import type { TimeWindow } from "./types";
import { useMediaQuery } from "./use-media-query";

type Tab = "timeline" | "map" | "list";
const TABS: { id: Tab; label: string }[] = [
  { id: "timeline", label: "Timeline" },
  { id: "map", label: "Map" },
  { id: "list", label: "List" },
];

export function DashboardShell(props: {
  source: DatasetSource;
  initialState: ViewState;
  defaultWindow: TimeWindow;
  extent: TimeWindow;
}) {
  return (
    <DashboardProvider {...props}>
      <DashboardLayout />
    </DashboardProvider>
  );
}

function DashboardLayout() {
  // A slice that changes with selections, not with every frame of a drag: the layout (and the
  // filter bar, list and detail panel below it) does not re-render while the window moves.
  const store = useDashboardSelector(
    (s) => ({
      setWindow: s.setWindow,
      selectPlace: s.selectPlace,
      extent: s.extent,
      placeById: s.placeById,
      place: s.state.place,
      event: s.state.event,
      windowEmpty: s.windowEvents.length === 0,
      visibleCount: s.state.place ? s.visibleEvents.length : 0,
    }),
    shallowEqual,
  );
  const { status, error } = useDatasetStatus();
  const [tab, setTab] = useState<Tab>("timeline");
  const wide = useMediaQuery("(min-width: 768px)");
  const showAll = () =>
    store.setWindow(zoomWindow(store.extent, 1.04, limitsFor(store.extent)), { commit: true });
  const onPhone = (id: Tab) => (tab === id ? "" : "hidden md:block");
  const empty = status === "ready" && store.windowEmpty;

  // Escape clears a selected place once no event is open (the detail panel takes Escape first).
  const { selectPlace } = store;
  const state = { place: store.place, event: store.event };
  const selectedPlace = state.place ? store.placeById.get(state.place) : undefined;
  useEffect(() => {
    if (!state.place || state.event) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (event.target instanceof HTMLInputElement) return;
      selectPlace(null);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [state.place, state.event, selectPlace]);

  return (
    <div className="flex flex-col gap-4 px-4 pb-6 lg:px-6">
      {status === "error" && (
        <p
          role="alert"
          className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800"
        >
          The events could not be loaded: {error}
        </p>
      )}
      <FilterBar />
      <PrintSummary />
      <div className="flex rounded-lg border border-slate-300 bg-white p-1 md:hidden print:hidden">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            aria-pressed={tab === t.id}
            onClick={() => setTab(t.id)}
            className={`flex-1 rounded-md py-1.5 text-sm font-medium ${
              tab === t.id ? "bg-slate-900 text-white" : "text-slate-700"
            }`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section aria-label="Timeline" className={`relative ${onPhone("timeline")}`}>
        <TimelineLoader />
        {empty && (
          <div className="pointer-events-none absolute inset-x-0 bottom-6 flex justify-center">
            <div className="pointer-events-auto flex items-center gap-3 rounded-lg border border-slate-200 bg-white/95 px-4 py-2 text-sm text-slate-700 shadow">
              No events in this range — zoom out.
              <button
                type="button"
                onClick={showAll}
                className="rounded border border-slate-300 px-2 py-1 font-medium hover:bg-slate-100"
              >
                Show everything
              </button>
            </div>
          </div>
        )}
      </section>
      <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(320px,420px)]">
        <section
          aria-label="Map"
          className={`relative h-[420px] overflow-hidden rounded-lg border border-slate-200 bg-white md:h-[560px] ${onPhone("map")}`}
        >
          {/* Leaflet cannot measure a hidden container: on a phone the map mounts when shown. */}
          {(wide || tab === "map") && <EventMapLoader />}
        </section>
        {tab === "map" && selectedPlace && (
          <button
            type="button"
            onClick={() => setTab("list")}
            className="rounded-lg border border-blue-200 bg-blue-50 px-3 py-2 text-left text-sm font-medium text-blue-900 md:hidden"
          >
            {store.visibleCount} {store.visibleCount === 1 ? "event" : "events"} at{" "}
            {selectedPlace.name} in view — show the list
          </button>
        )}
        <div className="flex min-h-0 flex-col gap-3 md:h-[560px]">
          {store.event && (
            <div className="fixed inset-x-2 bottom-2 z-[1100] flex max-h-[68vh] flex-col md:static md:z-auto md:max-h-[58%] md:flex-none">
              <DetailPanel />
            </div>
          )}
          <div
            className={`min-h-0 flex-col ${tab === "list" ? "flex h-[70vh]" : "hidden"} md:flex md:h-auto md:flex-1`}
          >
            <EventList onShowAll={showAll} />
          </div>
        </div>
      </div>
    </div>
  );
}
