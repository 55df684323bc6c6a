"use client";
// The accessible way into everything: the same events the other views show (filters, window and
// selected place), by date, one button per row. Long lists are virtualised (only the rows in view
// are in the DOM, with aria-setsize/aria-posinset); short ones render whole. Arrow keys move
// between rows; the count is announced politely.
import { type KeyboardEvent, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { formatEventDate } from "@/lib/dates";
import { formatCount } from "@/lib/icu-free";
import { CategoryChip } from "../dashboard/category-chip";
import {
  shallowEqual,
  useDashboardSelector,
  useDatasetStatus,
  useLatestDashboard,
} from "../dashboard/dashboard-provider";
import type { ClientEvent } from "../dashboard/types";
import { type ListScroll, nextListScroll, visibleRowRange } from "./visible-rows";

const ROW_HEIGHT = 84;
/** Up to this many rows render whole (no virtualisation). */
const VIRTUALISE_ABOVE = 30;

export function EventList({ onShowAll }: { onShowAll: () => void }) {
  const { status } = useDatasetStatus();
  const [scroll, setScroll] = useState<ListScroll>({ top: 0, height: 600 });
  // The rows in the DOM, read by the selector's equality: while the window moves, the list
  // re-renders only when its count or the rows it shows change.
  const shownRange = useRef({ first: 0, last: 0 });
  const {
    rows: selectedRows,
    windowMoving,
    state,
    placeById,
    hover,
    selectEvent,
    setHover,
    selectPlace,
  } = useDashboardSelector(
    (s) => ({
      rows: s.visibleEvents,
      windowMoving: s.windowMoving,
      state: { event: s.state.event, place: s.state.place },
      placeById: s.placeById,
      hover: s.hover,
      selectEvent: s.selectEvent,
      setHover: s.setHover,
      selectPlace: s.selectPlace,
    }),
    (a, b) =>
      sameShownRows(a.rows, b.rows, shownRange.current) &&
      shallowEqual(a.state, b.state) &&
      shallowEqual({ ...a, rows: 0, state: 0 }, { ...b, rows: 0, state: 0 }),
  );
  const latest = useLatestDashboard();
  // Render from the latest rows: the selected array may be an older one that only matched in the
  // rows shown before a scroll.
  const latestRows = latest().visibleEvents;
  const liveRows = latestRows.length === selectedRows.length ? latestRows : selectedRows;
  // While the window moves (drag, wheel, play), the rows follow at lower priority, just after the
  // timeline and the map are drawn, so those frames lay out and paint no new rows. A click on a
  // place, a filter or a settled window shows its rows at once.
  const trailingRows = useDeferredValue(liveRows);
  const rows = windowMoving ? trailingRows : liveRows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = rows.length > VIRTUALISE_ABOVE;
  const range = virtual
    ? visibleRowRange(scroll.top, scroll.height, ROW_HEIGHT, rows.length, 6)
    : { first: 0, last: rows.length };
  shownRange.current = range;

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setScroll((old) => nextListScroll(old, el.scrollTop, el.clientHeight));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Bring the selected row into view (selection may come from the timeline or the map).
  const selected = state.event;
  useEffect(() => {
    const el = scroller.current;
    if (!el || !selected) return;
    const i = rows.findIndex((e) => e.id === selected);
    if (i < 0) return;
    const top = i * ROW_HEIGHT;
    if (virtual) {
      if (top < el.scrollTop || top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
        el.scrollTop = Math.max(0, top - el.clientHeight / 3);
    } else {
      el.querySelector<HTMLElement>(`[data-event-row="${CSS.escape(selected)}"]`)?.scrollIntoView({
        block: "nearest",
      });
    }
  }, [selected, rows, virtual]);

  const focusRow = (i: number) => {
    const el = scroller.current;
    const all = latest().visibleEvents;
    const at = Math.max(0, Math.min(all.length - 1, i));
    const target = all[at];
    if (!el || !target) return;
    const top = at * ROW_HEIGHT;
    if (virtual && (top < el.scrollTop || top + ROW_HEIGHT > el.scrollTop + el.clientHeight))
      el.scrollTop = Math.max(0, top - el.clientHeight / 2);
    // The row may only exist after the scroll re-renders the window of rows.
    requestAnimationFrame(() =>
      el.querySelector<HTMLElement>(`[data-event-row="${CSS.escape(target.id)}"]`)?.focus(),
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const moves: Record<string, number> = {
      ArrowDown: i + 1,
      ArrowUp: i - 1,
      Home: 0,
      End: latest().visibleEvents.length - 1,
      PageDown: i + 8,
      PageUp: i - 8,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    focusRow(to);
  };

  const keyDown = useRef(onKeyDown);
  keyDown.current = onKeyDown;
  // The rows' elements depend only on these: while the window moves the list renders its trailing
  // rows again (useDeferredValue) and this hands React the same elements, so nothing is diffed.
  const rowItems = useMemo(
    () =>
      rows.slice(range.first, range.last).map((event, offset) => {
        const i = range.first + offset;
        const isSelected = event.id === selected;
        const isHover =
          (hover?.kind === "event" && hover.id === event.id) ||
          (hover?.kind === "place" && event.places.includes(hover.id));
        return (
          <li
            key={event.id}
            aria-setsize={rows.length}
            aria-posinset={i + 1}
            style={
              virtual ? { position: "absolute", top: i * ROW_HEIGHT, left: 0, right: 0 } : undefined
            }
            className="border-b border-slate-100"
          >
            <button
              type="button"
              data-event-row={event.id}
              aria-pressed={isSelected}
              onClick={() => selectEvent(isSelected ? null : event.id)}
              onKeyDown={(e) => keyDown.current(e, i)}
              onMouseEnter={() => setHover({ kind: "event", id: event.id })}
              onMouseLeave={() => setHover(null)}
              onFocus={() => setHover({ kind: "event", id: event.id })}
              onBlur={() => setHover(null)}
              style={{ height: ROW_HEIGHT }}
              className={`flex w-full flex-col justify-center gap-1 px-3 text-left transition-colors ${
                isSelected
                  ? "bg-blue-50 shadow-[inset_4px_0_0_#1d4ed8]"
                  : isHover
                    ? "bg-amber-50"
                    : "hover:bg-slate-50"
              }`}
            >
              <span className="flex items-center gap-2 text-xs text-slate-600">
                <span className="font-medium tabular-nums text-slate-700">
                  {formatEventDate(event)}
                </span>
                <CategoryChip category={event.category} />
                {event.status === "extracted" && (
                  <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900">
                    unreviewed
                  </span>
                )}
              </span>
              <span className="line-clamp-1 text-sm font-medium text-slate-900">{event.title}</span>
              <span className="line-clamp-1 text-xs text-slate-600">
                {event.places.map((id) => placeById.get(id)?.name ?? id).join(", ") ||
                  "No place named"}
                {" · "}
                {event.sourceCount} {event.sourceCount === 1 ? "source" : "sources"}
              </span>
            </button>
          </li>
        );
      }),
    // onKeyDown is read through a ref: a new closure each render would defeat the memo.
    [rows, range.first, range.last, selected, hover, virtual, placeById, selectEvent, setHover],
  );
  const count =
    status === "loading"
      ? "Loading events…"
      : `${formatCount(rows.length)} ${rows.length === 1 ? "event" : "events"} in view`;
  const place = state.place ? placeById.get(state.place) : undefined;
  const countText = `${count}${place ? ` at ${place.name}` : ""}`;
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(countText), 700);
    return () => clearTimeout(timer);
  }, [countText]);

  return (
    <section aria-labelledby="event-list-title" className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-baseline justify-between gap-2 px-1 pb-2">
        <h2 id="event-list-title" className="text-base font-semibold text-slate-900">
          Events
        </h2>
        <p className="text-sm text-slate-600" data-testid="event-count">
          {countText}
        </p>
        {/* Announced once the view settles, not on every frame of a drag or of play. */}
        <p aria-live="polite" className="sr-only">
          {announced}
        </p>
      </div>
      {place && (
        <div className="mb-2 flex items-center justify-between gap-2 rounded border border-blue-200 bg-blue-50 px-3 py-1.5 text-sm text-blue-900 print:hidden">
          <span>
            Showing events at <strong>{place.name}</strong>
          </span>
          <button
            type="button"
            className="rounded px-2 py-0.5 text-blue-800 underline hover:bg-blue-100"
            onClick={() => selectPlace(null)}
          >
            Show all places
          </button>
        </div>
      )}
      <div
        ref={scroller}
        data-event-list
        onScroll={(e) => {
          const { scrollTop, clientHeight } = e.currentTarget;
          setScroll((old) => nextListScroll(old, scrollTop, clientHeight));
        }}
        className="min-h-0 flex-1 overflow-y-auto rounded-lg border border-slate-200 bg-white"
      >
        {rows.length === 0 && status === "ready" ? (
          <div className="flex flex-col items-center gap-3 p-8 text-center text-slate-600">
            <p>No events in this range{place ? ` at ${place.name}` : ""} — zoom out.</p>
            <button
              type="button"
              onClick={onShowAll}
              className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
            >
              Show the whole timeline
            </button>
          </div>
        ) : (
          <ol
            aria-label="Events in view, by date"
            style={virtual ? { height: rows.length * ROW_HEIGHT, position: "relative" } : undefined}
          >
            {rowItems}
          </ol>
        )}
      </div>
    </section>
  );
}

/** Same count and the same events in the rows shown (the rest of the list is not in the DOM). */
function sameShownRows(
  a: readonly ClientEvent[],
  b: readonly ClientEvent[],
  shown: { first: number; last: number },
): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const last = Math.min(shown.last, a.length);
  for (let i = shown.first; i < last; i++) if (a[i] !== b[i]) return false;
  return true;
}
