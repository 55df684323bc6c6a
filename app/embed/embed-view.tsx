"use client";
// The embedded dashboard: the same provider and views as the full page, without site chrome, laid
// out for the chosen `view`. State stays inside the iframe (the provider writes the iframe's own
// URL); "Open full view" always points at the dashboard with the current state.
import {
  DashboardProvider,
  type DatasetSource,
  useDashboard,
} from "@/components/dashboard/dashboard-provider";
import type { TimeWindow } from "@/components/dashboard/types";
import { EventList } from "@/components/event-list/event-list";
import { EventMapLoader } from "@/components/map/event-map-loader";
import { TimelineLoader } from "@/components/timeline/timeline-loader";
import { limitsFor, zoomWindow } from "@/components/timeline/window-math";
import { embedParts, type EmbedView as View } from "@/lib/api-params";
import { PRODUCT_NAME } from "@/lib/product";
import { serializeViewState, type ViewState } from "@/lib/view-state";
import { ResizeReporter } from "./resize-reporter";

export interface EmbedViewProps {
  source: DatasetSource;
  initialState: ViewState;
  defaultWindow: TimeWindow;
  extent: TimeWindow;
  view: View;
  title: string;
  credit: string;
}

export function EmbedView({ view, title, credit, ...provider }: EmbedViewProps) {
  return (
    <DashboardProvider {...provider}>
      <EmbedLayout view={view} title={title} credit={credit} />
      <ResizeReporter />
    </DashboardProvider>
  );
}

function EmbedLayout({ view, title, credit }: { view: View; title: string; credit: string }) {
  const store = useDashboard();
  const showAll = () =>
    store.setWindow(zoomWindow(store.extent, 1.04, limitsFor(store.extent)), { commit: true });
  const query = serializeViewState(store.state).toString();
  const fullView = `/${query ? `?${query}` : ""}`;
  const { timeline: withTimeline, map: withMap, list: withList } = embedParts(view);

  return (
    <div className="flex flex-col gap-2 bg-white p-2" data-embed-view={view}>
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <p className="min-w-0 truncate font-semibold text-slate-900">{title}</p>
        <a
          href={fullView}
          target="_blank"
          rel="noopener"
          className="shrink-0 text-xs font-medium text-blue-700 underline underline-offset-2"
        >
          Open full view ↗
        </a>
      </div>
      {withTimeline && (
        <section aria-label="Timeline" className="relative">
          <TimelineLoader />
        </section>
      )}
      {(withMap || withList) && (
        <div
          className={
            withMap && withList ? "grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(240px,340px)]" : ""
          }
        >
          {withMap && (
            <section
              aria-label="Map"
              className="relative h-[340px] overflow-hidden rounded border border-slate-200"
            >
              <EventMapLoader />
            </section>
          )}
          {withList && (
            <div className={`flex min-h-0 flex-col ${view === "list" ? "h-[480px]" : "h-[340px]"}`}>
              <EventList onShowAll={showAll} />
            </div>
          )}
        </div>
      )}
      <p className="text-[11px] leading-snug text-slate-500">
        {credit} · {PRODUCT_NAME}
      </p>
    </div>
  );
}
