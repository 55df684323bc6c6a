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
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { flushSync, preload } from "react-dom";
import { type CompactDataset, decodeClientDataset } from "@/lib/client-dataset";
import { requestDataset } from "@/lib/dataset-request";
import { isoDay } from "@/lib/dates";
import type { Category } from "@/lib/schema";
import { createTimeIndex, forEachInWindow } from "@/lib/time-index";
import {
  parseViewState,
  resolveViewState,
  serializeViewState,
  type ViewState,
  windowMs,
} from "@/lib/view-state";
import { CATEGORIES } from "@/lib/vocabulary";
import { clientSearchText, makeEventMatcher } from "./event-matcher";
import { browserFrameHooks, LiveFollower } from "./live-follower";
import type {
  ClientEvent,
  ClientPlace,
  DashboardStore,
  HoverTarget,
  PlaceSummary,
  TimeWindow,
} from "./types";
import { UrlWriter } from "./url-writer";

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

/** The latest store, for components that subscribe to a slice of it (useDashboardSelector). */
interface StoreHub {
  current: DashboardStore | null;
  listeners: Set<() => void>;
}
const StoreHubContext = createContext<StoreHub | null>(null);

/**
 * A slice of the store; the component re-renders only when the slice changes (by `isEqual`,
 * Object.is by default), not on every frame of a drag as useDashboard() does.
 */
export function useDashboardSelector<T>(
  select: (store: DashboardStore) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const hub = useContext(StoreHubContext);
  if (!hub) throw new Error("useDashboardSelector() must be used inside <DashboardProvider>");
  const selectRef = useRef(select);
  selectRef.current = select;
  const equalRef = useRef(isEqual);
  equalRef.current = isEqual;
  const cache = useRef<{ value: T } | null>(null);
  const getSnapshot = useCallback((): T => {
    const next = selectRef.current(hub.current as DashboardStore);
    const previous = cache.current;
    if (previous && equalRef.current(previous.value, next)) return previous.value;
    cache.current = { value: next };
    return next;
  }, [hub]);
  const subscribe = useCallback(
    (listener: () => void) => {
      hub.listeners.add(listener);
      return () => {
        hub.listeners.delete(listener);
      };
    },
    [hub],
  );
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

/** A getter of the latest store that never causes a render (for event handlers and effects). */
export function useLatestDashboard(): () => DashboardStore {
  const hub = useContext(StoreHubContext);
  if (!hub) throw new Error("useLatestDashboard() must be used inside <DashboardProvider>");
  return useCallback(() => hub.current as DashboardStore, [hub]);
}

/** Shallow equality of two objects' own fields (for selectors returning a small record). */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.is(a[k], b[k]));
}

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
  // Named in the page's <head> (server render), so the browser fetches the dataset alongside the
  // scripts instead of after hydration; the fetch below then gets the preloaded response.
  if (remoteUrl) preload(remoteUrl, { as: "fetch", crossOrigin: "anonymous" });
  useEffect(() => {
    if (!remoteUrl) return;
    let cancelled = false;
    // Usually already under way (instrumentation-client.ts starts it before hydration).
    requestDataset(remoteUrl)
      .then((decoded) => {
        if (!cancelled) setData(decoded);
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

  // `render: false` (a window move): the URL and stateRef change, React state does not; the views
  // already show that window, and `state` below carries its days (no second render per gesture).
  // Such a move reaches the URL a moment later (url-writer.ts).
  // Made on first use: the provider also renders on the server, where there is no window.
  const urlWriterRef = useRef<UrlWriter | null>(null);
  const urlWriter = useCallback(() => {
    urlWriterRef.current ??= new UrlWriter(window);
    return urlWriterRef.current;
  }, []);
  const commit = useCallback(
    (next: ViewState, mode: "push" | "replace", render = true) => {
      const previous = stateRef.current;
      stateRef.current = next;
      if (render) setStateValue(next);
      const writer = urlWriter();
      const url = writer.urlFor(serializeViewState(next).toString());
      writer.write(
        url,
        mode === "replace" && !render
          ? "deferred"
          : mode === "push" && previous !== next
            ? "push"
            : "replace",
      );
    },
    [urlWriter],
  );
  // A move made just before leaving the page still reaches the URL (and so the history entry).
  useEffect(() => {
    const flush = () => urlWriter().flush();
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [urlWriter]);

  // Back/forward: the URL is the committed state (a move not yet written belonged to the entry
  // that was left).
  useEffect(() => {
    const onPopState = () => {
      urlWriter().drop();
      const parsed = parseViewState(new URLSearchParams(window.location.search)).state;
      stateRef.current = parsed;
      setStateValue(parsed);
      setLiveWindow(windowOfState(parsed, defaultWindow));
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [defaultWindow, urlWriter]);

  // Live window changes (a drag or wheel on the timeline): the first of a gesture is rendered at
  // once, effects included (flushSync), so the map and list change in the same frame as the
  // timeline; the rest of the gesture follows one frame behind (live-follower.ts).
  const [follower] = useState(
    () =>
      new LiveFollower<TimeWindow>(
        (next) => flushSync(() => setLiveWindow((old) => (sameWindow(old, next) ? old : next))),
        browserFrameHooks(),
      ),
  );
  const setWindow = useCallback(
    (next: TimeWindow, options: { commit: boolean }) => {
      if (!(Number.isFinite(next.startMs) && Number.isFinite(next.endMs))) return;
      if (next.endMs <= next.startMs) return;
      if (!options.commit) {
        follower.change(next);
        return;
      }
      follower.drop();
      setLiveWindow((old) => (sameWindow(old, next) ? old : next));
      const from = isoDay(next.startMs);
      const to = isoDay(next.endMs - 1);
      const current = stateRef.current;
      if (current.from !== from || current.to !== to)
        commit({ ...current, from, to }, "replace", false);
    },
    [commit, follower],
  );
  useEffect(() => () => follower.drop(), [follower]);

  const eventById = useMemo(() => {
    // A loop, not new Map(events.map(…)): no 100,000 [id, event] pairs to build and collect.
    const byId = new Map<string, ClientEvent>();
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as ClientEvent;
      byId.set(event.id, event);
    }
    return byId;
  }, [events]);
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
  // Positions (input order) of filtered events overlapping the live window, in index order: the
  // only per-frame work is proportional to the events in view.
  // Collected in a reused buffer and copied out as a typed array: a drag over 100,000 events makes
  // one such list per frame, and typed arrays cost the garbage collector nothing to scan.
  const positionBuffer = useRef<Int32Array | null>(null);
  const windowPositions = useMemo(() => {
    let buffer = positionBuffer.current ?? new Int32Array(1024);
    let count = 0;
    forEachInWindow(index, liveWindow.startMs, liveWindow.endMs, (position) => {
      if (mask[position] !== 1) return;
      if (count === buffer.length) {
        const bigger = new Int32Array(buffer.length * 2);
        bigger.set(buffer);
        buffer = bigger;
      }
      buffer[count++] = position;
    });
    positionBuffer.current = buffer;
    return buffer.slice(0, count);
  }, [index, mask, liveWindow]);
  // A frame that shows the same events keeps the same array (views compare by identity).
  const previousWindowEvents = useRef<readonly ClientEvent[]>(EMPTY_EVENTS);
  const windowEvents = useMemo(() => {
    const previous = previousWindowEvents.current;
    let same = previous.length === windowPositions.length;
    for (let i = 0; same && i < windowPositions.length; i++)
      same = previous[i] === events[windowPositions[i] as number];
    let next = previous;
    if (!same) {
      const fresh = new Array<ClientEvent>(windowPositions.length);
      for (let i = 0; i < windowPositions.length; i++)
        fresh[i] = events[windowPositions[i] as number] as ClientEvent;
      next = fresh;
    }
    previousWindowEvents.current = next;
    return next as ClientEvent[];
  }, [windowPositions, events]);
  const filteredInWindow = useCallback(
    (startMs: number, endMs: number): ClientEvent[] => {
      const out: ClientEvent[] = [];
      forEachInWindow(index, startMs, endMs, (position) => {
        if (mask[position] === 1) out.push(events[position] as ClientEvent);
      });
      return out;
    },
    [index, mask, events],
  );
  const place = state.place;
  const visibleEvents = useMemo(
    () => (place ? windowEvents.filter((e) => e.places.includes(place)) : windowEvents),
    [windowEvents, place],
  );
  // Per-place counts in typed arrays (place index × category), from a flat event → places index.
  const placeIndex = useMemo(() => buildPlaceIndex(events, places), [events, places]);
  const totals = useMemo(() => {
    const counts = newPlaceCounts(places.length);
    for (let position = 0; position < events.length; position++)
      if (mask[position] === 1) addToCounts(counts, placeIndex, position);
    return counts;
  }, [events.length, mask, places.length, placeIndex]);
  // One scratch buffer for the per-frame visible counts (no large allocation per frame).
  const scratch = useRef<PlaceCounts | null>(null);
  // Unchanged places keep their summary object, so the map can skip them by identity; when no
  // place changed, the array itself is kept.
  const previousSummaries = useRef<readonly PlaceSummary[]>([]);
  const placeSummaries = useMemo(() => {
    let visible = scratch.current;
    if (!visible || visible.count.length !== places.length) {
      visible = newPlaceCounts(places.length);
      scratch.current = visible;
    } else {
      visible.count.fill(0);
      visible.byCategory.fill(0);
      visible.unreviewed.fill(0);
    }
    // Indexed: an iterator over a typed array allocates a result object per step.
    for (let i = 0; i < windowPositions.length; i++)
      addToCounts(visible, placeIndex, windowPositions[i] as number);
    const previous = previousSummaries.current;
    let changed = previous.length !== places.length;
    const next = places.map((p, i): PlaceSummary => {
      const visibleCount = visible.count[i] ?? 0;
      const totalCount = totals.count[i] ?? 0;
      const dominantCategory = dominant(visible, i) ?? dominant(totals, i) ?? "other";
      const unreviewedCount = visible.unreviewed[i] ?? 0;
      const old = previous[i];
      if (
        old &&
        old.place === p &&
        old.visibleCount === visibleCount &&
        old.totalCount === totalCount &&
        old.dominantCategory === dominantCategory &&
        old.unreviewedCount === unreviewedCount
      )
        return old;
      changed = true;
      return { place: p, visibleCount, totalCount, dominantCategory, unreviewedCount };
    });
    const result = changed ? next : previous;
    previousSummaries.current = result;
    return result;
  }, [places, windowPositions, totals, placeIndex]);

  // The state the views see: the committed one, with the live window's days once the window has
  // moved away from what the committed state names (during a drag, and after a window commit,
  // which updates only the URL). Same identity while the days stay the same.
  const committedState = state;
  const liveFrom = isoDay(liveWindow.startMs);
  const liveTo = isoDay(liveWindow.endMs - 1);
  const showsCommitted = sameWindow(liveWindow, windowOfState(committedState, defaultWindow));
  const viewState = useMemo(
    () =>
      showsCommitted || (committedState.from === liveFrom && committedState.to === liveTo)
        ? committedState
        : { ...committedState, from: liveFrom, to: liveTo },
    [committedState, showsCommitted, liveFrom, liveTo],
  );

  const store = useMemo<DashboardStore>(
    () => ({
      state: viewState,
      window: liveWindow,
      windowMoving: viewState !== committedState,
      extent,
      events,
      places,
      eventById,
      placeById,
      filteredEvents,
      visibleEvents,
      windowEvents,
      placeSummaries,
      filteredInWindow,
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
      viewState,
      committedState,
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
      filteredInWindow,
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
  // Selector subscribers read the store rendered last; they are told after each commit.
  const hub = useRef<StoreHub>({ current: null, listeners: new Set() }).current;
  hub.current = store;
  useLayoutEffect(() => {
    if (store !== hub.current) return;
    for (const listener of hub.listeners) listener();
  }, [store, hub]);
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
      <StoreHubContext.Provider value={hub}>
        <DashboardContext.Provider value={store}>{children}</DashboardContext.Provider>
      </StoreHubContext.Provider>
    </DatasetStatusContext.Provider>
  );
}

const EMPTY_EVENTS: ClientEvent[] = [];
const EMPTY_PLACES: ClientPlace[] = [];

interface PlaceCounts {
  count: Uint32Array;
  /** count by place × category (CATEGORIES order). */
  byCategory: Uint32Array;
  /** count of unreviewed (extracted) events by place. */
  unreviewed: Uint32Array;
}

function newPlaceCounts(placeCount: number): PlaceCounts {
  return {
    count: new Uint32Array(placeCount),
    byCategory: new Uint32Array(placeCount * CATEGORIES.length),
    unreviewed: new Uint32Array(placeCount),
  };
}

const CATEGORY_INDEX = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));

/** Event position → its place indices (flat: offsets[p] … offsets[p+1]) and category index. */
interface PlaceIndex {
  offsets: Int32Array;
  placeIndices: Int32Array;
  category: Uint8Array;
  /** 1 for an unreviewed (extracted) event. */
  unreviewed: Uint8Array;
}

function buildPlaceIndex(
  events: readonly ClientEvent[],
  places: readonly ClientPlace[],
): PlaceIndex {
  const byId = new Map(places.map((p, i) => [p.id, i]));
  const offsets = new Int32Array(events.length + 1);
  let total = 0;
  for (let i = 0; i < events.length; i++) {
    total += (events[i] as ClientEvent).places.length;
    offsets[i + 1] = total;
  }
  const placeIndices = new Int32Array(total);
  const category = new Uint8Array(events.length);
  const unreviewed = new Uint8Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as ClientEvent;
    category[i] = CATEGORY_INDEX.get(event.category) ?? 0;
    unreviewed[i] = event.status === "extracted" ? 1 : 0;
    let at = offsets[i] as number;
    for (const id of event.places) placeIndices[at++] = byId.get(id) ?? -1;
  }
  return { offsets, placeIndices, category, unreviewed };
}

function addToCounts(counts: PlaceCounts, index: PlaceIndex, position: number): void {
  const c = index.category[position] as number;
  const u = index.unreviewed[position] as number;
  const end = index.offsets[position + 1] as number;
  for (let at = index.offsets[position] as number; at < end; at++) {
    const p = index.placeIndices[at] as number;
    if (p < 0) continue;
    counts.count[p] = (counts.count[p] as number) + 1;
    const k = p * CATEGORIES.length + c;
    counts.byCategory[k] = (counts.byCategory[k] as number) + 1;
    counts.unreviewed[p] = (counts.unreviewed[p] as number) + u;
  }
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
