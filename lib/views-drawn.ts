// Which of the two heavy client views (vis-timeline, Leaflet) a page draws, read from its URL, so
// instrumentation-client.ts can request their code before hydration on the pages that need it.
import { embedParts, parseEmbedView } from "./api-params";

export interface ViewsDrawn {
  timeline: boolean;
  map: boolean;
}

/** The dashboard draws both; an embed those its `view` names; every other page neither. */
export function viewsDrawnAt(url: URL): ViewsDrawn {
  if (url.pathname === "/") return { timeline: true, map: true };
  if (url.pathname !== "/embed") return { timeline: false, map: false };
  const { timeline, map } = embedParts(parseEmbedView(url.searchParams));
  return { timeline, map };
}
