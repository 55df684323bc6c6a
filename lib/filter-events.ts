// The one definition of "which events does a view state show", used by the server (exports,
// pictures, embeds) and mirrored by the client's indexed filter (tests keep the two equal).
import { eventSpanMs } from "./dates";
import type { NewsEvent, Place } from "./schema";
import { type ViewState, windowMs } from "./view-state";

/** Lower-case, accent-free text for matching (`Şuşa` → `susa`). */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .replace(/ə/g, "e")
    .toLowerCase();
}

export function searchTextOf(event: NewsEvent, placeName: (id: string) => string): string {
  return foldText(
    [
      event.title,
      event.summary,
      event.category,
      ...event.actors.map((a) => `${a.name} ${a.role ?? ""}`),
      ...event.places.map(placeName),
    ].join(" \u0000 "),
  );
}

/** Does the event overlap [startMs, endMs)? Open bounds are unbounded. */
export function overlapsWindow(
  span: { startMs: number; endMs: number },
  window: { startMs: number | null; endMs: number | null },
): boolean {
  return (
    (window.endMs === null || span.startMs < window.endMs) &&
    (window.startMs === null || span.endMs > window.startMs)
  );
}

export interface FilterOptions {
  /** Ignore the selected place (the map still shows every place in the window). */
  ignorePlace?: boolean;
  /** Ignore the time window (the place list of a selection spans all time). */
  ignoreWindow?: boolean;
}

/** Events a view state shows, in date order. */
export function filterEvents(
  events: readonly NewsEvent[],
  state: ViewState,
  places: readonly Place[],
  options: FilterOptions = {},
): NewsEvent[] {
  const names = new Map(places.map((p) => [p.id, p.name]));
  const window = windowMs(state);
  const query = foldText(state.q.trim());
  return sortEventsByDate(
    events.filter((event) => {
      if (state.cats && !state.cats.includes(event.category)) return false;
      if (state.reviewed && event.status !== "reviewed") return false;
      if (!options.ignorePlace && state.place && !event.places.includes(state.place)) return false;
      if (!options.ignoreWindow && !overlapsWindow(eventSpanMs(event), window)) return false;
      if (query && !searchTextOf(event, (id) => names.get(id) ?? id).includes(query)) return false;
      return true;
    }),
  );
}

export function sortEventsByDate<T extends { start: string; end: string | null; id: string }>(
  events: readonly T[],
): T[] {
  return [...events].sort((a, b) => {
    const sa = eventSpanMs(a);
    const sb = eventSpanMs(b);
    return sa.startMs - sb.startMs || sa.endMs - sb.endMs || a.id.localeCompare(b.id);
  });
}
