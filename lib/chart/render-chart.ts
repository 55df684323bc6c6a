// One entry point for a still picture: view state → filtered events → SVG text.
import type { Dataset } from "../data-files";
import { eventSpanMs } from "../dates";
import { filterEvents } from "../filter-events";
import type { ChartData, ChartRequest } from "./chart-types";
import { renderMapSvg } from "./map-svg";
import { renderTimelineSvg } from "./timeline-svg";

export function chartDataFor(request: ChartRequest, dataset: Dataset): ChartData {
  const spans = dataset.events.map(eventSpanMs);
  return {
    // The map shows every place the filters allow, like the dashboard (selection is highlighted).
    events: filterEvents(dataset.events, request.state, dataset.places, {
      ignorePlace: request.view === "map",
    }),
    places: dataset.places,
    sources: dataset.sources,
    extent: spans.length
      ? {
          startMs: Math.min(...spans.map((s) => s.startMs)),
          endMs: Math.max(...spans.map((s) => s.endMs)),
        }
      : null,
  };
}

export function renderChartSvg(request: ChartRequest, dataset: Dataset): string {
  const data = chartDataFor(request, dataset);
  return request.view === "map" ? renderMapSvg(request, data) : renderTimelineSvg(request, data);
}
