// Pure builders for the Share dialog: every link is the current view state (with the visible
// window made explicit, so a picture or a CSV shows exactly what is on screen) on this origin.
import type { TimeWindow } from "@/components/dashboard/types";
import type { EmbedView } from "@/lib/api-params";
import { isoDay } from "@/lib/dates";
import { embedUrl, iframeHtml } from "@/lib/embed-snippet";
import { serializeViewState, type ViewState } from "@/lib/view-state";

/** 300 dpi for print: a 96-dpi layout pixel scaled by 300 / 96. */
export const PRINT_DPI = 300;

export function shownState(state: ViewState, window: TimeWindow): ViewState {
  return { ...state, from: isoDay(window.startMs), to: isoDay(window.endMs - 1) };
}

export interface ShareLinks {
  page: string;
  embed: string;
  snippet: string;
  svg: { timeline: string; map: string };
  png: { timeline: string; map: string };
  png300: { timeline: string; map: string };
  csv: string;
  geojson: string;
  json: string;
}

export function shareLinks(
  origin: string,
  state: ViewState,
  window: TimeWindow,
  view: EmbedView,
  size: { width: number; height: number },
): ShareLinks {
  const shown = serializeViewState(shownState(state, window));
  const page = serializeViewState(state).toString();
  const embed = embedUrl(origin, shown, view);
  const picture = (
    ext: "svg" | "png",
    chart: "timeline" | "map",
    extra: Record<string, string> = {},
  ) => {
    const params = new URLSearchParams(shown);
    params.set("view", chart);
    for (const [k, v] of Object.entries(extra)) params.set(k, v);
    return `${origin}/api/chart.${ext}?${params}`;
  };
  const data = (ext: string) => `${origin}/api/events.${ext}${shown.size ? `?${shown}` : ""}`;
  return {
    page: `${origin}/${page ? `?${page}` : ""}`,
    embed,
    snippet: iframeHtml(embed, size.width, size.height),
    svg: { timeline: picture("svg", "timeline"), map: picture("svg", "map") },
    png: {
      timeline: picture("png", "timeline", { scale: "2" }),
      map: picture("png", "map", { scale: "2" }),
    },
    png300: {
      timeline: picture("png", "timeline", { dpi: String(PRINT_DPI), download: "1" }),
      map: picture("png", "map", { dpi: String(PRINT_DPI), download: "1" }),
    },
    csv: data("csv"),
    geojson: data("geojson"),
    json: data("json"),
  };
}
