// vis-timeline 8.5 does some work per item or per redraw that a timeline with hundreds of items
// changing every frame cannot afford (forced layouts, redundant redraws). These patches change
// that work on one Timeline instance only, through internals checked before use: when a later
// vis-timeline lacks them, each patch leaves the instance as it is.
import type { Timeline } from "vis-timeline/esnext";
import { LANES } from "./to-timeline-items";

/** Patches one Timeline right after it is created (see each function). */
export function tuneVisTimeline(timeline: Timeline): void {
  revealWithoutRangeWait(timeline);
  deferShowOnAdd(timeline);
  skipIdleScrollWrites(timeline);
  measureAxisTextOnce(timeline);
  hideEmptyMajorRow(timeline);
}

/** The flag vis-timeline's Core waits for before it shows its root (internal, vis-timeline 8.5). */
interface VisRevealInternals {
  initialRangeChangeDone?: unknown;
}

/**
 * vis-timeline keeps its root `visibility: hidden` until a "changed" event comes after its first
 * "rangechanged", and a window set without animation emits "rangechanged" from a 200 ms timer:
 * a timeline created on an explicit window, like this one, stays blank for those 200 ms after its
 * first items arrive, with nothing left to compute. The window was given at construction, so that
 * first range change has nothing to wait for: mark it done, and the next redraw shows the root.
 */
function revealWithoutRangeWait(timeline: Timeline): void {
  const core = timeline as unknown as VisRevealInternals;
  if (core.initialRangeChangeDone === false) core.initialRangeChangeDone = true;
}

/** True when the timeline's next redraw will show its root (no range change left to wait for). */
export function revealsOnNextRedraw(timeline: Timeline): boolean {
  return (timeline as unknown as VisRevealInternals).initialRangeChangeDone === true;
}

/** The parts of a vis-timeline group that `deferShowOnAdd` touches (internal, vis-timeline 8.5). */
interface VisGroupInternals {
  items: Record<string, unknown>;
  stackDirty: boolean;
  add(item: VisItemInternals): void;
  _addToSubgroup(item: VisItemInternals): void;
  orderSubgroups(): void;
}
interface VisItemInternals {
  id: string;
  data: { subgroup?: unknown };
  setParent(group: VisGroupInternals): void;
}

/**
 * vis-timeline shows and measures each added item on its own as it joins its group (a forced
 * layout per item, and a scan of the visible list: 20–150 ms for a few hundred items on a wheel
 * step). The redraw that follows every DataSet change shows new items anyway, measuring them
 * together in one batch; so the lanes' `add` keeps only the bookkeeping and leaves the showing to
 * that redraw. The rest of Group.add is unchanged (vis-timeline 8.5.x, Group.add).
 */
function deferShowOnAdd(timeline: Timeline): void {
  const groups = (
    timeline as unknown as { itemSet?: { groups?: Record<string, VisGroupInternals> } }
  ).itemSet?.groups;
  for (const lane of LANES) {
    const group = groups?.[lane.id];
    if (!group || typeof group._addToSubgroup !== "function") continue;
    group.add = function add(this: VisGroupInternals, item: VisItemInternals) {
      this.items[item.id] = item;
      item.setParent(this);
      this.stackDirty = true;
      if (item.data.subgroup !== undefined) {
        this._addToSubgroup(item);
        this.orderSubgroups();
      }
    };
  }
}

/** The parts of vis-timeline's Core that `skipIdleScrollWrites` reads (internal, 8.5). */
interface VisCoreInternals {
  props: {
    scrollTop: number;
    scrollTopMin: number;
    centerContainer: { height: number };
    center: { height: number };
    border: { top: number; bottom: number };
  };
  _updateScrollTop(): number;
}

/**
 * On every redraw and every wheel step, vis-timeline writes the lanes' scroll position to the DOM,
 * which forces a layout (4 ms a step at 1,000 events) even when nothing can scroll. When the
 * lanes fit and were not scrolled, that write changes nothing: skip it. vis-timeline's own
 * arithmetic (Core._updateScrollTop), from the sizes it measured in its last redraw.
 */
function skipIdleScrollWrites(timeline: Timeline): void {
  const core = timeline as unknown as VisCoreInternals;
  const update = core._updateScrollTop;
  if (typeof update !== "function" || !core.props) return;
  core._updateScrollTop = function (this: VisCoreInternals) {
    const { props } = this;
    const scrollTopMin = Math.min(
      props.centerContainer.height - props.border.top - props.border.bottom - props.center.height,
      0,
    );
    // Nothing to scroll now or at the last update: the panels already sit at 0.
    if (scrollTopMin === 0 && props.scrollTopMin === 0) {
      props.scrollTop = 0;
      return 0;
    }
    return update.call(this);
  };
}

/** The part of vis-timeline's TimeAxis that `measureAxisTextOnce` reads (internal, 8.5). */
interface VisTimeAxisInternals {
  props: {
    minorCharWidth?: number;
    minorCharHeight?: number;
    majorCharWidth?: number;
    majorCharHeight?: number;
  };
  _calculateCharSize(): void;
}

/**
 * vis-timeline measures the axis font (the size of a "0") on every redraw, a forced layout each
 * frame of a drag. The font does not change while the page is open: measure until the sizes are
 * real (not 0, as when the timeline was hidden) and keep them (TimeAxis._calculateCharSize).
 */
function measureAxisTextOnce(timeline: Timeline): void {
  const axis = (timeline as unknown as { timeAxis?: VisTimeAxisInternals }).timeAxis;
  const measure = axis?._calculateCharSize;
  if (!axis || typeof measure !== "function") return;
  axis._calculateCharSize = function (this: VisTimeAxisInternals) {
    const { props } = this;
    if (
      (props.minorCharWidth ?? 0) > 0 &&
      (props.minorCharHeight ?? 0) > 0 &&
      (props.majorCharWidth ?? 0) > 0 &&
      (props.majorCharHeight ?? 0) > 0
    )
      return;
    measure.call(this);
  };
}

/** The parts of vis-timeline's TimeAxis that `hideEmptyMajorRow` reads and sets (internal, 8.5). */
interface VisAxisScaleInternals {
  options?: { showMajorLabels?: boolean };
  step?: { scale?: string };
}

/**
 * vis-timeline has no label coarser than a year: when the axis counts in years it draws them in
 * the lower row and leaves the upper (major) row empty, a blank band above the years. While the
 * axis shows years, hide that row (TimeAxis option `showMajorLabels`, set on the axis alone: the
 * Timeline's own setOptions would re-measure every item); show it again when the axis counts in
 * months or finer. The scale follows the window's width in time, not the axis's height, so the
 * change cannot undo itself.
 */
function hideEmptyMajorRow(timeline: Timeline): void {
  const axis = (timeline as unknown as { timeAxis?: VisAxisScaleInternals }).timeAxis;
  const options = axis?.options;
  if (!axis || !options || typeof options.showMajorLabels !== "boolean") return;
  timeline.on("changed", () => {
    const scale = axis.step?.scale;
    if (scale === undefined) return;
    const wanted = scale !== "year";
    if (options.showMajorLabels === wanted) return;
    options.showMajorLabels = wanted;
    redrawKeepingItemSizes(timeline);
  });
}

/**
 * vis-timeline redraws its item set synchronously after each DataSet add, update and remove (with
 * forced layouts each time); a diff that does all three would redraw it three times. Inside
 * `apply` those redraws are noted, and one is done at the end (vis-timeline 8.5 ItemSet.redraw).
 */
export function oneItemSetRedraw(timeline: Timeline, apply: () => void): void {
  const itemSet = (timeline as unknown as { itemSet?: { redraw?: () => unknown } }).itemSet;
  if (!itemSet || typeof itemSet.redraw !== "function") {
    apply();
    return;
  }
  const original = itemSet.redraw;
  const own = Object.hasOwn(itemSet, "redraw");
  let wanted = false;
  itemSet.redraw = () => {
    wanted = true;
    return false;
  };
  try {
    apply();
  } finally {
    if (own) itemSet.redraw = original;
    else delete itemSet.redraw;
  }
  if (wanted) original.call(itemSet);
}

/**
 * A redraw that re-reads the lanes' sizes but keeps the items' measured sizes: vis-timeline's own
 * `redraw()` marks every item dirty first, so each one is measured again (a forced layout per
 * lane and 100 ms or more with a few hundred items). The "_change" event vis-timeline emits after
 * each DataSet change asks for the lighter redraw in the next animation frame (Core._redraw, 8.5);
 * where a vis-timeline lacks that event, the full redraw.
 */
export function redrawKeepingItemSizes(timeline: Timeline): void {
  const core = timeline as unknown as { emit?: (event: string, props: unknown) => void };
  if (typeof core.emit === "function") core.emit("_change", { queue: true });
  else timeline.redraw();
}
