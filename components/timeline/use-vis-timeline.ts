"use client";
// vis-timeline, created once per mount and then updated by diffing its DataSet against the specs the
// pure mapper produces. The store is the only owner of the window: user gestures flow timeline →
// store (live while dragging, committed on release); store changes flow back with setWindow, skipped
// while the user's own gesture is in progress so the two never fight.
import moment from "moment";
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DataSet } from "vis-data/esnext";
import { type DataGroup, type DataItem, Timeline, type TimelineOptions } from "vis-timeline/esnext";
import { markReady } from "@/lib/bench/page-hooks";
import { formatCount } from "@/lib/icu-free";
import type { ClientEvent, DashboardStore, TimeWindow } from "../dashboard/types";
import { AfterPaint } from "./after-paint";
import { BinCanvas } from "./bin-canvas";
import {
  type BinUnit,
  binFloor,
  binNext,
  binUnitFor,
  diffItems,
  eventsToBins,
  eventsToItems,
  LANES,
  MAX_ITEMS_IN_WINDOW,
  type TimelineBin,
  type TimelineItemSpec,
} from "./to-timeline-items";
import {
  oneItemSetRedraw,
  redrawKeepingItemSizes,
  revealsOnNextRedraw,
  tuneVisTimeline,
} from "./vis-timeline-patches";
import { limitsFor, windowToShow } from "./window-math";

interface VisItem extends DataItem {
  tooltipText: string;
  kind: "event" | "band";
}

/** The item's visible content, built from text nodes only. */
function contentElement(spec: TimelineItemSpec): HTMLElement {
  const root = document.createElement("span");
  if (spec.kind === "event") {
    root.className = "ev-label";
    root.textContent = spec.label;
  }
  return root;
}

function toVisItem(spec: TimelineItemSpec): VisItem {
  const item: VisItem = {
    id: spec.id,
    group: spec.group,
    type: spec.type,
    start: spec.start,
    content: contentElement(spec) as unknown as string,
    className: spec.className,
    tooltipText: spec.tooltip,
    kind: spec.kind,
  };
  if (spec.end !== null) item.end = spec.end;
  return item;
}

function laneGroups(): DataGroup[] {
  return LANES.map((lane) => {
    const label = document.createElement("span");
    label.className = `lane-label lane-${lane.id}`;
    label.textContent = lane.label;
    return { id: lane.id, content: label as unknown as string };
  });
}

/**
 * Tell the benchmark harness the page is ready once the timeline shows items or bins and the map
 * has drawn its place markers (DOM markers, or the canvas the circles are drawn on). Checked once a
 * frame, for at most ~20 s; markReady() itself ignores repeated calls.
 */
function markReadyWhenDrawn(timelineRoot: HTMLElement): void {
  let frames = 0;
  const check = () => {
    const timelineDrawn =
      (timelineRoot.querySelector(".vis-item") !== null ||
        Number(timelineRoot.querySelector<HTMLElement>(".bin-canvas")?.dataset.drawn ?? 0) > 0) &&
      timelineRoot.querySelector<HTMLElement>(".vis-timeline")?.style.visibility !== "hidden";
    const mapDrawn =
      document.querySelector(".leaflet-container [data-place-id], .leaflet-container canvas") !==
      null;
    if (timelineDrawn && mapDrawn) markReady();
    else if (++frames < 1200) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const NO_SPECS: TimelineItemSpec[] = [];
const NO_BINS: TimelineBin[] = [];

/** What the bins canvas says to assistive technology (the list below has the events themselves). */
function describeBins(bins: readonly TimelineBin[], unit: BinUnit): string {
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  return `Event counts per ${unit} in each lane (${formatCount(total)} events around the visible range). Zoom in to see the events themselves.`;
}

/**
 * vis-timeline keeps its root hidden until its first items are drawn after a completed range
 * change. tuneVisTimeline marks that range change done, so the next redraw shows the root; were that
 * patch not to apply (another vis-timeline), nudge the window by 1 ms: the rangechanged handler
 * redraws once vis-timeline emits it, 200 ms later.
 */
function revealTimeline(timeline: Timeline, frame: HTMLElement | null): void {
  const root = frame?.querySelector<HTMLElement>(".vis-timeline");
  if (root?.style.visibility !== "hidden") return;
  if (!revealsOnNextRedraw(timeline)) {
    const { start, end } = timeline.getWindow();
    timeline.setWindow(start.valueOf(), end.valueOf() + 1, { animation: false });
  }
  timeline.redraw();
}

type Mode = { kind: "items" } | { kind: "bins"; unit: BinUnit; coverage: TimeWindow };
/** One object, so memos keyed on the mode do not rerun every render. */
const ITEMS: Mode = { kind: "items" };

/** Items when few enough events are in view (always for a small dataset), otherwise bins. */
function chooseMode(store: DashboardStore, previous: Mode): Mode {
  if (
    store.filteredEvents.length <= MAX_ITEMS_IN_WINDOW ||
    store.windowEvents.length <= MAX_ITEMS_IN_WINDOW
  )
    return ITEMS;
  const { startMs, endMs } = store.window;
  const unit = binUnitFor(endMs - startMs);
  // Reuse the bins while the window stays inside their coverage at the same unit (cheap drags).
  if (
    previous.kind === "bins" &&
    previous.unit === unit &&
    previous.coverage.startMs <= startMs &&
    previous.coverage.endMs >= endMs
  )
    return previous;
  const span = endMs - startMs;
  return {
    kind: "bins",
    unit,
    coverage: {
      startMs: binFloor(startMs - span, unit),
      endMs: binNext(binFloor(endMs + span, unit), unit),
    },
  };
}

export function useVisTimeline(
  container: RefObject<HTMLDivElement | null>,
  store: DashboardStore,
): RefObject<Timeline | null> {
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<VisItem> | null>(null);
  const binCanvasRef = useRef<BinCanvas | null>(null);
  const drawnRef = useRef(new Map<string, TimelineItemSpec>());
  const storeRef = useRef(store);
  storeRef.current = store;
  const gestureRef = useRef(false);
  const modeRef = useRef<Mode>(ITEMS);
  /** Set once the timeline has first shown events or bins (and the readiness watch started). */
  const shownRef = useRef(false);
  const limits = useMemo(() => limitsFor(store.extent), [store.extent]);

  // Create once.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const initial = storeRef.current.window;
    const items = new DataSet<VisItem>();
    const groups = new DataSet<DataGroup>(laneGroups());
    const options: TimelineOptions = {
      // UTC everywhere: a date never shifts by a day in the reader's time zone.
      moment: (date: moment.MomentInput) => moment(date).utc(),
      showCurrentTime: false,
      start: initial.startMs,
      end: initial.endMs,
      min: limits.min,
      max: limits.max,
      zoomMin: limits.zoomMinMs,
      zoomMax: limits.zoomMaxMs,
      stack: true,
      orientation: { axis: "top", item: "top" },
      margin: { item: { horizontal: 2, vertical: 4 }, axis: 4 },
      minHeight: 230,
      maxHeight: 360,
      verticalScroll: true,
      selectable: true,
      multiselect: false,
      // data-id on each item: tests and tools can find an event's item.
      dataAttributes: ["id"],
      showTooltips: true,
      tooltip: {
        followMouse: true,
        overflowMethod: "cap",
        // An element built from text: vis-timeline would parse a string as HTML.
        template: (item: unknown) => {
          const text = (item as Partial<VisItem>).tooltipText;
          // No tooltip for the faded bands (an empty title hides the popup).
          if (!text) return "";
          const tip = document.createElement("div");
          tip.textContent = text;
          return tip as unknown as string;
        },
      },
      groupOrder: (a: DataGroup, b: DataGroup) =>
        LANES.findIndex((l) => l.id === a.id) - LANES.findIndex((l) => l.id === b.id),
    };
    const timeline = new Timeline(element, items, groups, options);
    tuneVisTimeline(timeline);
    timelineRef.current = timeline;
    itemsRef.current = items;
    // A bin opens onto its own period.
    binCanvasRef.current = new BinCanvas(timeline, element, (bin) =>
      storeRef.current.setWindow({ startMs: bin.start, endMs: bin.end }, { commit: true }),
    );

    timeline.on("rangechange", (props: { start: Date; end: Date; byUser: boolean }) => {
      if (!props.byUser) return;
      gestureRef.current = true;
      storeRef.current.setWindow(
        { startMs: props.start.valueOf(), endMs: props.end.valueOf() },
        { commit: false },
      );
    });
    timeline.on("rangechanged", (props: { start: Date; end: Date; byUser: boolean }) => {
      // The first completed range change is what lets vis-timeline show its root; it needs one
      // more redraw to notice (see the nudge below).
      if (element.querySelector<HTMLElement>(".vis-timeline")?.style.visibility === "hidden")
        requestAnimationFrame(() => timelineRef.current?.redraw());
      if (!props.byUser) return;
      gestureRef.current = false;
      storeRef.current.setWindow(
        { startMs: props.start.valueOf(), endMs: props.end.valueOf() },
        { commit: true },
      );
    });
    timeline.on("select", (props: { items: (string | number)[] }) => {
      const id = props.items[0];
      if (id === undefined) {
        storeRef.current.selectEvent(null);
        return;
      }
      storeRef.current.selectEvent(String(id));
    });
    timeline.on("itemover", (props: { item: string | number }) => {
      const item = items.get(props.item);
      if (item?.kind === "event") storeRef.current.setHover({ kind: "event", id: String(item.id) });
    });
    timeline.on("itemout", () => storeRef.current.setHover(null));

    return () => {
      binCanvasRef.current?.destroy();
      binCanvasRef.current = null;
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
      drawnRef.current = new Map();
    };
  }, [container, limits]);

  // Store window → timeline (not during the user's own gesture: the timeline is ahead of the store).
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || gestureRef.current) return;
    const current = timeline.getWindow();
    if (
      Math.abs(current.start.valueOf() - store.window.startMs) > 1 ||
      Math.abs(current.end.valueOf() - store.window.endMs) > 1
    )
      timeline.setWindow(store.window.startMs, store.window.endMs, { animation: false });
  }, [store.window]);

  // Items or bins, by diff.
  const mode = chooseMode(store, modeRef.current);
  modeRef.current = mode;
  const highlight = useMemo(
    () => ({ place: store.state.place, hover: store.hover }),
    [store.state.place, store.hover],
  );
  // Only what the current mode reads: while dragging over bins, nothing here changes per frame.
  const drawnEvents: readonly ClientEvent[] | null =
    mode.kind === "bins"
      ? null
      : store.filteredEvents.length <= MAX_ITEMS_IN_WINDOW
        ? store.filteredEvents
        : store.windowEvents;
  // Bins count only the events overlapping their coverage, found through the time index.
  const binSource = mode.kind === "bins" ? store.filteredInWindow : null;
  const specs = useMemo(
    () => (mode.kind === "items" ? eventsToItems(drawnEvents ?? [], highlight) : NO_SPECS),
    [mode, drawnEvents, highlight],
  );
  const bins = useMemo(
    () =>
      mode.kind === "bins"
        ? eventsToBins(
            binSource?.(mode.coverage.startMs, mode.coverage.endMs) ?? [],
            mode.coverage,
            mode.unit,
          )
        : NO_BINS,
    [mode, binSource],
  );
  // What the timeline should show; applied by one job after the next paint (see below).
  const wantedRef = useRef({ specs, bins, mode });
  wantedRef.current = { specs, bins, mode };
  const applyWanted = useCallback(() => {
    const items = itemsRef.current;
    const timeline = timelineRef.current;
    const binCanvas = binCanvasRef.current;
    const frame = container.current;
    if (!items || !timeline || !binCanvas) return;
    const wanted = wantedRef.current;
    const drawn = drawnRef.current;
    // Lane heights follow the mode (timeline.css). Set before the items change, so that the redraw
    // the change makes measures the lanes as they now are.
    const modeChanged = frame !== null && frame.dataset.mode !== wanted.mode.kind;
    if (modeChanged) frame.dataset.mode = wanted.mode.kind;
    const diff = diffItems(drawn, wanted.specs);
    if (diff.add.length + diff.update.length + diff.remove.length > 0) {
      oneItemSetRedraw(timeline, () => {
        if (diff.remove.length > 0) items.remove(diff.remove);
        if (diff.update.length > 0) items.update(diff.update.map(toVisItem));
        if (diff.add.length > 0) items.add(diff.add.map(toVisItem));
      });
      for (const id of diff.remove) drawn.delete(id);
      for (const spec of [...diff.update, ...diff.add]) drawn.set(spec.id, spec);
      const selected = storeRef.current.state.event;
      if (selected && drawn.has(selected)) timeline.setSelection([selected]);
    } else if (modeChanged) redrawKeepingItemSizes(timeline);
    if (binCanvas.bins !== wanted.bins)
      binCanvas.setBins(
        wanted.bins,
        wanted.mode.kind === "bins" ? describeBins(wanted.bins, wanted.mode.unit) : "",
      );
    if (drawn.size > 0 || wanted.bins.length > 0) revealTimeline(timeline, frame);
    if (!shownRef.current && frame && (drawn.size > 0 || wanted.bins.length > 0)) {
      shownRef.current = true;
      markReadyWhenDrawn(frame);
    }
  }, [container]);
  // Items that enter or leave, and new bins, are applied just after the frame that shows the new
  // window: vis-timeline has already moved what it draws within that frame, and the map and list
  // follow in the same frame; creating and measuring item elements (the costly part) then gets a
  // frame of its own instead of making that one late.
  const [scheduler] = useState(() => new AfterPaint());
  useEffect(() => () => scheduler.cancel(), [scheduler]);
  // Until the timeline first shows events or bins, no drawn frame can be made late: show them now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new wanted state is what triggers the job.
  useEffect(() => {
    if (shownRef.current) scheduler.run(applyWanted);
    else applyWanted();
  }, [specs, bins, mode, scheduler, applyWanted]);

  // Selection → timeline, bringing the event into view when it is outside the window.
  const selectedId = store.state.event;
  const { eventById } = store;
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    timeline.setSelection(selectedId && drawnRef.current.has(selectedId) ? [selectedId] : []);
    if (!selectedId) return;
    const current = storeRef.current;
    // eventById: a remote dataset may arrive after the selection was read from the URL.
    const event = eventById.get(selectedId);
    if (!event) return;
    const target = windowToShow(current.window, event, limits);
    if (target) current.setWindow(target, { commit: true });
  }, [selectedId, limits, eventById]);

  return timelineRef;
}
