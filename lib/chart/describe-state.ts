// Words for what a picture shows: its title, the subtitle (range, count, filters) and the credit
// line naming the sources. Used in the visible text and in the accessible <title>/<desc>.
import { formatPartialDate } from "../dates";
import { formatCount } from "../icu-free";
import { DATASET_NAME } from "../product";
import type { NewsEvent, Place, Source } from "../schema";
import type { ViewState } from "../view-state";
import type { ChartView } from "./chart-types";
import { categoryLabel } from "./theme";

export function chartTitle(view: ChartView, custom: string | null): string {
  if (custom) return custom;
  return `${DATASET_NAME}: ${view === "map" ? "map of events" : "timeline of events"}`;
}

function rangeText(state: ViewState, events: readonly NewsEvent[]): string {
  if (state.from || state.to)
    return `${state.from ? formatPartialDate(state.from) : "…"} – ${state.to ? formatPartialDate(state.to) : "…"}`;
  const first = events[0];
  const last = events.reduce<string | null>((max, e) => {
    const end = e.end ?? e.start;
    return max === null || end > max ? end : max;
  }, null);
  if (!first || !last) return "all dates";
  return `${formatPartialDate(first.start)} – ${formatPartialDate(last)}`;
}

/** `27 September 2020 – 1 November 2021 · 8 events · categories: war, visit · place: Baku`. */
export function subtitleText(
  state: ViewState,
  events: readonly NewsEvent[],
  places: readonly Place[],
): string {
  const parts = [
    rangeText(state, events),
    `${formatCount(events.length)} ${events.length === 1 ? "event" : "events"}`,
  ];
  if (state.cats) parts.push(`categories: ${state.cats.map(categoryLabel).join(", ") || "none"}`);
  if (state.place)
    parts.push(`place: ${places.find((p) => p.id === state.place)?.name ?? state.place}`);
  if (state.q) parts.push(`search: “${state.q}”`);
  if (state.reviewed) parts.push("reviewed only");
  return parts.join(" · ");
}

/** The sources the shown events cite, named by publisher and title, in a stable order. */
export function citedSources(events: readonly NewsEvent[], sources: readonly Source[]): Source[] {
  const cited = new Set(events.flatMap((e) => e.sources.map((s) => s.sourceId)));
  return sources
    .filter((s) => cited.has(s.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Short names for the credit line: the publisher, or the (shortened) title when there is none. */
export function creditText(
  events: readonly NewsEvent[],
  sources: readonly Source[],
  extra: string | null = null,
): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const s of citedSources(events, sources)) {
    const title = s.title.trim() || s.file;
    const short =
      Array.from(title).length > 60
        ? `${Array.from(title).slice(0, 59).join("").trimEnd()}…`
        : title;
    const name = s.publisher?.trim() || `“${short}”`;
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  const list = names.length > 0 ? `Sources: ${names.join("; ")}.` : "Sources: none shown.";
  return [list, extra].filter(Boolean).join(" ");
}
