"use client";
// The single source of truth of the dashboard. The committed view state lives here and in the URL
// (pushState for selections and filters, replaceState for window moves and typing; popstate
// restores it); the live window follows drags frame by frame. Everything the views draw is derived
// here once, memoised, through the time index, so no view keeps its own copy of range or selection.
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { type CompactDataset, decodeClientDataset } from "@/lib/client-dataset";
import { isoDay } from "@/lib/dates";
import type { Category } from "@/lib/schema";
import { CATEGORIES } from "@/lib/schema";
import { createTimeIndex, forEachInWindow } from "@/lib/time-index";
import {
  parseViewState,
  resolveViewState,
  serializeViewState,
  type ViewState,
  windowMs,
} from "@/lib/view-state";
import { clientSearchText, makeEventMatcher } from "./event-matcher";
import type {
  ClientEvent,
  ClientPlace,
  DashboardStore,
  HoverTarget,
  PlaceSummary,
  TimeWindow,
} from "./types";

export type DatasetSource =
  | { kind: "inline"; data: CompactDataset }
  | { kind: "remote"; url: string; eventCount: number };

export interface DatasetStatus {
  status: "loading" | "ready" | "error";
  error: string | null;
  /** Total number of events the server announced (known before a remote dataset arrives). */
  eventCount: number;
}

const DashboardContext = createContext<DashboardStore | null>(null);
const DatasetStatusContext = createContext<DatasetStatus | null>(null);

/** The dashboard store; throws when used outside <DashboardProvider>. */
export function useDashboard(): DashboardStore {
  const store = useContext(DashboardContext);
  if (!store)
    throw new Error(
      "useDashboard() must be used inside <DashboardProvider> (components/dashboard/dashboard-provider.tsx)",
    );
  return store;
}

export function useDatasetStatus(): DatasetStatus {
  const status = useContext(DatasetStatusContext);
  if (!status) throw new Error("useDatasetStatus() must be used inside <DashboardProvider>");
  return status;
}

/** The window a state names, falling back to the default for a missing side. */
export function windowOfState(state: ViewState, fallback: TimeWindow): TimeWindow {
  const w = windowMs(state);
  const startMs = w.startMs ?? fallback.startMs;
  let endMs = w.endMs ?? fallback.endMs;
  if (endMs <= startMs) endMs = startMs + 86_400_000;
  return { startMs, endMs };
}

function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a.startMs === b.startMs && a.endMs === b.endMs;
}

interface ProviderProps {
  source: DatasetSource;
  initialState: ViewState;
  defaultWindow: TimeWindow;
  extent: TimeWindow;
  children: ReactNode;
}

export function DashboardProvider({
  source,
  initialState,
  defaultWindow,
  extent,
  children,
}: ProviderProps) {
  const [data, setData] = useState<{ events: ClientEvent[]; places: ClientPlace[] } | null>(() =>
    source.kind === "inline" ? decodeClientDataset(source.data) : null,
  );
  const [loadError, setLoadError] = useState<string | null>(null);
  const remoteUrl = source.kind === "remote" ? source.url : null;
  useEffect(() => {
    if (!remoteUrl) return;
    let cancelled = false;
    fetch(remoteUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`the dataset request failed (${response.status})`);
        return response.json() as Promise<CompactDataset>;
      })
      .then((compact) => {
        if (!cancelled) setData(decodeClientDataset(compact));
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
    };
  }, [remoteUrl]);

  const events = data?.events ?? EMPTY_EVENTS;
  const places = data?.places ?? EMPTY_PLACES;

  const [state, setStateValue] = useState<ViewState>(initialState);
  const stateRef = useRef(state);
  const [liveWindow, setLiveWindow] = useState<TimeWindow>(() =>
    windowOfState(initialState, defaultWindow),
  );
  const [hover, setHoverValue] = useState<HoverTarget | null>(null);

  const commit = useCallback((next: ViewState, mode: "push" | "replace") => {
    const previous = stateRef.current;
    stateRef.current = next;
    setStateValue(next);
    const query = serializeViewState(next).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`)
      return;
    if (mode === "push" && previous !== next) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);

  // Back/forward: the URL is the committed state.
  useEffect(() => {
    const onPopState = () => {
      const parsed = parseViewState(new URLSearchParams(window.location.search)).state;
      stateRef.current = parsed;
      setStateValue(parsed);
      setLiveWindow(windowOfState(parsed, defaultWindow));
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [defaultWindow]);

  // Drags call setWindow many times a frame; the views follow at most once per animation frame.
  const frame = useRef<number | null>(null);
  const pendingWindow = useRef<TimeWindow | null>(null);
  const setWindow = useCallback(
    (next: TimeWindow, options: { commit: boolean }) => {
      if (!(Number.isFinite(next.startMs) && Number.isFinite(next.endMs))) return;
      if (next.endMs <= next.startMs) return;
      if (options.commit) {
        if (frame.current !== null) cancelAnimationFrame(frame.current);
        frame.current = null;
        pendingWindow.current = null;
        setLiveWindow((old) => (sameWindow(old, next) ? old : next));
        const from = isoDay(next.startMs);
        const to = isoDay(next.endMs - 1);
        const current = stateRef.current;
        if (current.from !== from || current.to !== to) commit({ ...current, from, to }, "replace");
        return;
      }
      pendingWindow.current = next;
      if (frame.current === null)
        frame.current = requestAnimationFrame(() => {
          frame.current = null;
          const pending = pendingWindow.current;
          pendingWindow.current = null;
          if (pending) setLiveWindow((old) => (sameWindow(old, pending) ? old : pending));
        });
    },
    [commit],
  );
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const eventById = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  const placeById = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);

  // A remote dataset arrives after the URL was parsed: drop ids it does not know.
  useEffect(() => {
    if (!data) return;
    const current = stateRef.current;
    const resolved = resolveViewState(current, {
      hasPlace: (id) => placeById.has(id),
      hasEvent: (id) => eventById.has(id),
    }).state;
    if (resolved.place !== current.place || resolved.event !== current.event)
      commit(resolved, "replace");
  }, [data, placeById, eventById, commit]);

  const selectEvent = useCallback(
    (id: string | null) => {
      const current = stateRef.current;
      if (current.event === id) return;
      commit({ ...current, event: id }, "push");
    },
    [commit],
  );
  const selectPlace = useCallback(
    (id: string | null) => {
      const current = stateRef.current;
      const place = id !== null && current.place === id ? null : id;
      if (current.place === place) return;
      commit({ ...current, place }, "push");
    },
    [commit],
  );
  const setCategories = useCallback(
    (categories: Category[] | null) => {
      const current = stateRef.current;
      const cats =
        categories === null || categories.length === CATEGORIES.length
          ? null
          : CATEGORIES.filter((c) => categories.includes(c));
      commit({ ...current, cats }, "push");
    },
    [commit],
  );
  const toggleCategory = useCallback(
    (category: Category) => {
      const shown = stateRef.current.cats ?? [...CATEGORIES];
      setCategories(
        shown.includes(category) ? shown.filter((c) => c !== category) : [...shown, category],
      );
    },
    [setCategories],
  );
  const setQuery = useCallback(
    (q: string) => commit({ ...stateRef.current, q: q.slice(0, 200) }, "replace"),
    [commit],
  );
  const setReviewedOnly = useCallback(
    (reviewed: boolean) => commit({ ...stateRef.current, reviewed }, "push"),
    [commit],
  );
  const setHover = useCallback((next: HoverTarget | null) => {
    setHoverValue((old) =>
      old === next || (old && next && old.kind === next.kind && old.id === next.id) ? old : next,
    );
  }, []);

  // Derived data, each step memoised on what it reads.
  const index = useMemo(() => createTimeIndex(events), [events]);
  const placeName = useCallback((id: string) => placeById.get(id)?.name ?? id, [placeById]);
  const needsText = state.q.trim() !== "";
  const searchTexts = useMemo(
    () => (needsText ? events.map((e) => clientSearchText(e, placeName)) : null),
    [needsText, events, placeName],
  );
  const { cats, reviewed, q } = state;
  const mask = useMemo(() => {
    // The matcher asks for the text of the event being tested, which is the one at `at`.
    let at = 0;
    const matches = makeEventMatcher({ cats, reviewed, q }, () => searchTexts?.[at] ?? "");
    const out = new Uint8Array(events.length);
    for (at = 0; at < events.length; at++) out[at] = matches(events[at] as ClientEvent) ? 1 : 0;
    return out;
  }, [events, searchTexts, cats, reviewed, q]);
  const filteredEvents = useMemo(() => events.filter((_, i) => mask[i] === 1), [events, mask]);
  const windowEvents = useMemo(() => {
    const out: ClientEvent[] = [];
    forEachInWindow(index, liveWindow.startMs, liveWindow.endMs, (position) => {
      if (mask[position] === 1) out.push(events[position] as ClientEvent);
    });
    return out;
  }, [index, mask, events, liveWindow]);
  const place = state.place;
  const visibleEvents = useMemo(
    () => (place ? windowEvents.filter((e) => e.places.includes(place)) : windowEvents),
    [windowEvents, place],
  );
  // Per-place counts in typed arrays (place index × category): cheap enough for every drag frame.
  const placeIndexOf = useMemo(() => {
    const byId = new Map(places.map((p, i) => [p.id, i]));
    return events.map((e) => Int32Array.from(e.places.map((id) => byId.get(id) ?? -1)));
  }, [events, places]);
  const positionOf = useMemo(() => new Map(events.map((e, i) => [e, i])), [events]);
  const totals = useMemo(
    () => countByPlace(filteredEvents, places.length, positionOf, placeIndexOf),
    [filteredEvents, places.length, positionOf, placeIndexOf],
  );
  // Unchanged places keep their summary object, so the map can skip them by identity.
  const previousSummaries = useRef<readonly PlaceSummary[]>([]);
  const placeSummaries = useMemo(() => {
    const visible = countByPlace(windowEvents, places.length, positionOf, placeIndexOf);
    const previous = previousSummaries.current;
    const next = places.map((p, i): PlaceSummary => {
      const visibleCount = visible.count[i] ?? 0;
      const totalCount = totals.count[i] ?? 0;
      const dominantCategory = dominant(visible, i) ?? dominant(totals, i) ?? "other";
      const old = previous[i];
      return old &&
        old.place === p &&
        old.visibleCount === visibleCount &&
        old.totalCount === totalCount &&
        old.dominantCategory === dominantCategory
        ? old
        : { place: p, visibleCount, totalCount, dominantCategory };
    });
    previousSummaries.current = next;
    return next;
  }, [places, windowEvents, totals, positionOf, placeIndexOf]);

  const store = useMemo<DashboardStore>(
    () => ({
      state,
      window: liveWindow,
      extent,
      events,
      places,
      eventById,
      placeById,
      filteredEvents,
      visibleEvents,
      windowEvents,
      placeSummaries,
      hover,
      setWindow,
      selectEvent,
      selectPlace,
      toggleCategory,
      setCategories,
      setQuery,
      setReviewedOnly,
      setHover,
    }),
    [
      state,
      liveWindow,
      extent,
      events,
      places,
      eventById,
      placeById,
      filteredEvents,
      visibleEvents,
      windowEvents,
      placeSummaries,
      hover,
      setWindow,
      selectEvent,
      selectPlace,
      toggleCategory,
      setCategories,
      setQuery,
      setReviewedOnly,
      setHover,
    ],
  );
  const eventCount = source.kind === "remote" ? source.eventCount : events.length;
  const status = useMemo<DatasetStatus>(
    () => ({
      status: loadError ? "error" : data ? "ready" : "loading",
      error: loadError,
      eventCount,
    }),
    [loadError, data, eventCount],
  );
  return (
    <DatasetStatusContext.Provider value={status}>
      <DashboardContext.Provider value={store}>{children}</DashboardContext.Provider>
    </DatasetStatusContext.Provider>
  );
}

const EMPTY_EVENTS: ClientEvent[] = [];
const EMPTY_PLACES: ClientPlace[] = [];

interface PlaceCounts {
  count: Uint32Array;
  /** count by place × category (CATEGORIES order). */
  byCategory: Uint32Array;
}

const CATEGORY_INDEX = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));

function countByPlace(
  list: readonly ClientEvent[],
  placeCount: number,
  positionOf: ReadonlyMap<ClientEvent, number>,
  placeIndexOf: readonly Int32Array[],
): PlaceCounts {
  const count = new Uint32Array(placeCount);
  const byCategory = new Uint32Array(placeCount * CATEGORIES.length);
  for (const event of list) {
    const indices = placeIndexOf[positionOf.get(event) ?? -1];
    if (!indices) continue;
    const c = CATEGORY_INDEX.get(event.category) ?? 0;
    for (const p of indices) {
      if (p < 0) continue;
      count[p] = (count[p] as number) + 1;
      const k = p * CATEGORIES.length + c;
      byCategory[k] = (byCategory[k] as number) + 1;
    }
  }
  return { count, byCategory };
}

function dominant(counts: PlaceCounts, place: number): Category | null {
  let best: Category | null = null;
  let bestCount = 0;
  for (let c = 0; c < CATEGORIES.length; c++) {
    const n = counts.byCategory[place * CATEGORIES.length + c] as number;
    if (n > bestCount) {
      best = CATEGORIES[c] as Category;
      bestCount = n;
    }
  }
  return best;
}
