// Runs in the browser before React hydrates a page (Next's instrumentation-client convention).
// The timeline and map code (vis-timeline, Leaflet: most of the page's script) and a large
// dataset (/api/dataset) are what the dashboard waits for. Left to the components, they are
// requested only once hydration reaches them; requested here, they download, parse and decode
// while the rest of the page's scripts load and hydrate. The components later make the same
// requests and get these (the bundler shares a chunk's load; lib/dataset-request.ts its fetch).
import { loadEventMap } from "@/components/map/load-event-map";
import { loadTimeline } from "@/components/timeline/load-timeline";
import { preloadedDatasetUrl, requestDataset } from "@/lib/dataset-request";
import { viewsDrawnAt } from "@/lib/views-drawn";

const views = viewsDrawnAt(new URL(window.location.href));
// Failures are reported where the code or data is used (the loaders, the provider).
if (views.timeline) loadTimeline().catch(() => undefined);
if (views.map) loadEventMap().catch(() => undefined);
const datasetUrl = preloadedDatasetUrl(document);
if (datasetUrl) requestDataset(datasetUrl).catch(() => undefined);
