// One entry point for a still picture: view state → filtered events → SVG text.
import type { Dataset } from "../data-files";
import { memoPerDataset } from "../dataset-memo";
import { eventSpanMs } from "../dates";
import { filterEvents } from "../filter-events";
import type { ChartData, ChartRequest } from "./chart-types";
import { renderMapSvg } from "./map-svg";
import { renderTimelineSvg } from "./timeline-svg";

/** The whole dataset's time extent, once per dataset (a loop: 100k spread arguments overflow). */
function datasetExtent(dataset: Dataset): ChartData["extent"] {
  return memoPerDataset("chart-extent", dataset, (d) => {
    if (d.events.length === 0) return null;
    let startMs = Infinity;
    let endMs = -Infinity;
    for (const event of d.events) {
      const span = eventSpanMs(event);
      if (span.startMs < startMs) startMs = span.startMs;
      if (span.endMs > endMs) endMs = span.endMs;
    }
    return { startMs, endMs };
  });
}

export function chartDataFor(request: ChartRequest, dataset: Dataset): ChartData {
  return {
    // The map shows every place the filters allow, like the dashboard (selection is highlighted).
    events: filterEvents(dataset.events, request.state, dataset.places, {
      ignorePlace: request.view === "map",
    }),
    places: dataset.places,
    sources: dataset.sources,
    extent: datasetExtent(dataset),
  };
}

export function renderChartSvg(request: ChartRequest, dataset: Dataset): string {
  const data = chartDataFor(request, dataset);
  return request.view === "map" ? renderMapSvg(request, data) : renderTimelineSvg(request, data);
}
