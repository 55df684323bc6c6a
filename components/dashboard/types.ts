// The dashboard's client-side contract: what the server sends the browser (only what is drawn)
// and what the single view-state store offers the three views. Timeline, map and list read from
// the store and call its actions; none keeps its own copy of the range, selection or filters.
import type { Category, EventStatus, Precision } from "@/lib/schema";
import type { ViewState } from "@/lib/view-state";

/** A place as drawn on the map. */
export interface ClientPlace {
  id: string;
  name: string;
  country: string;
  kind: string;
  lat: number;
  lon: number;
}

/** An event as drawn by the views: no summaries, quotes or source texts (the detail panel fetches those). */
export interface ClientEvent {
  id: string;
  title: string;
  category: Category;
  start: string;
  end: string | null;
  precision: Precision;
  /** Whole possible span in UTC ms: start of the first period to the (exclusive) end of the last. */
  startMs: number;
  endMs: number;
  places: string[];
  origin: string | null;
  status: EventStatus;
  confidence: number;
  sourceCount: number;
}

/** Time window in UTC ms, end exclusive. */
export interface TimeWindow {
  startMs: number;
  endMs: number;
}

export interface PlaceSummary {
  place: ClientPlace;
  /** Events at this place that pass the filters and overlap the visible window. */
  visibleCount: number;
  /** Events at this place that pass the filters, whatever the window. */
  totalCount: number;
  /** Category with most visible events (or total events when none is visible), for colour. */
  dominantCategory: Category;
  /** Visible events at this place that are machine-extracted and not yet reviewed. */
  unreviewedCount?: number;
}

export interface DashboardActions {
  /** Move the visible window. `commit: false` while dragging (views follow, URL untouched);
   * `commit: true` when the gesture ends (written to the URL). */
  setWindow(window: TimeWindow, options: { commit: boolean }): void;
  selectEvent(id: string | null): void;
  /** Select a place (toggle off when it is already selected). */
  selectPlace(id: string | null): void;
  toggleCategory(category: Category): void;
  setCategories(categories: Category[] | null): void;
  setQuery(query: string): void;
  setReviewedOnly(on: boolean): void;
  setHover(hover: HoverTarget | null): void;
}

export type HoverTarget = { kind: "event"; id: string } | { kind: "place"; id: string };

export interface DashboardStore extends DashboardActions {
  /** The committed state, mirrored in the URL. */
  state: ViewState;
  /** The live window (follows drags frame by frame). */
  window: TimeWindow;
  /** The live window names other days than the committed state (a drag or wheel in progress). */
  windowMoving: boolean;
  /** The whole dataset's extent, for zoom limits and the play button. */
  extent: TimeWindow;
  events: readonly ClientEvent[];
  places: readonly ClientPlace[];
  eventById: ReadonlyMap<string, ClientEvent>;
  placeById: ReadonlyMap<string, ClientPlace>;
  /** Events passing category/query/reviewed filters (any time, any place). */
  filteredEvents: readonly ClientEvent[];
  /** Filtered events overlapping the live window and at the selected place if any, by date. */
  visibleEvents: readonly ClientEvent[];
  /** Filtered events overlapping the live window at any place, by date (the timeline draws these:
   * a selected place highlights its events there rather than hiding the others). */
  windowEvents: readonly ClientEvent[];
  placeSummaries: readonly PlaceSummary[];
  /** Filtered events overlapping [startMs, endMs), by date, through the time index (cost: the
   * events returned). Changes identity only when the filters or the data change. */
  filteredInWindow(startMs: number, endMs: number): ClientEvent[];
  hover: HoverTarget | null;
}
