// Which rows of a fixed-row-height list are in view (plus an overscan on both sides).
export function visibleRowRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan: number,
): { first: number; last: number } {
  const first = Math.min(rowCount, Math.max(0, Math.floor(scrollTop / rowHeight) - overscan));
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}

export interface ListScroll {
  top: number;
  height: number;
}

/**
 * The scroll state to render rows for, after a scroll or a resize of the list. A list that only
 * got shorter at the same scroll position keeps its state: the rows already rendered still cover
 * it, and a render for it would come a frame after the change that shrank the list (a place
 * selected, say, whose banner takes room above the rows), drawing that frame a second time.
 */
export function nextListScroll(previous: ListScroll, top: number, height: number): ListScroll {
  if (top === previous.top && height <= previous.height) return previous;
  return { top, height };
}
