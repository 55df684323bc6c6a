// The client's mirror of lib/filter-events.ts for the filters that do not depend on time or place
// (categories, reviewed-only, text query). Time is answered by the time index, place by the
// provider. The query matches the title, category and place names the browser has; summaries and
// actors stay on the server (they are not sent), so a query naming only an actor finds less here.
import { foldText } from "@/lib/filter-events";
import type { ViewState } from "@/lib/view-state";
import type { ClientEvent } from "./types";

export type EventMatcher = (event: ClientEvent) => boolean;

/** Folded text a query is matched against. */
export function clientSearchText(event: ClientEvent, placeName: (id: string) => string): string {
  return foldText([event.title, event.category, ...event.places.map(placeName)].join(" \u0000 "));
}

export function makeEventMatcher(
  state: Pick<ViewState, "cats" | "reviewed" | "q">,
  searchText: (event: ClientEvent) => string,
): EventMatcher {
  const cats = state.cats ? new Set(state.cats) : null;
  const query = foldText(state.q.trim());
  return (event) => {
    if (cats && !cats.has(event.category)) return false;
    if (state.reviewed && event.status !== "reviewed") return false;
    if (query && !searchText(event).includes(query)) return false;
    return true;
  };
}
