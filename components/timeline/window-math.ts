// Pure window arithmetic for the zoom buttons, the keyboard and the play button: zoom around the
// centre, pan by a share of the span, clamp to limits. All in UTC ms.
import type { TimeWindow } from "../dashboard/types";

export const DAY_MS = 86_400_000;

export interface WindowLimits {
  /** Earliest start and latest end the window may reach. */
  min: number;
  max: number;
  zoomMinMs: number;
  zoomMaxMs: number;
}

/** Zoom limits around a dataset's extent: a week at most zoomed in, the extent (padded) out. */
export function limitsFor(extent: TimeWindow): WindowLimits {
  const span = Math.max(extent.endMs - extent.startMs, 365 * DAY_MS);
  const pad = span * 0.1;
  return {
    min: extent.startMs - pad,
    max: extent.endMs + pad,
    zoomMinMs: 7 * DAY_MS,
    zoomMaxMs: span + 2 * pad,
  };
}

/** Keep the span within the zoom limits and the window inside [min, max], shifting not shrinking. */
export function clampWindow(window: TimeWindow, limits: WindowLimits): TimeWindow {
  let span = window.endMs - window.startMs;
  span = Math.min(Math.max(span, limits.zoomMinMs), limits.zoomMaxMs, limits.max - limits.min);
  const centre = (window.startMs + window.endMs) / 2;
  let startMs = centre - span / 2;
  if (startMs < limits.min) startMs = limits.min;
  if (startMs + span > limits.max) startMs = limits.max - span;
  return { startMs: Math.round(startMs), endMs: Math.round(startMs + span) };
}

/** Zoom by `factor` around the centre (factor < 1 zooms in). */
export function zoomWindow(window: TimeWindow, factor: number, limits: WindowLimits): TimeWindow {
  const centre = (window.startMs + window.endMs) / 2;
  const half = ((window.endMs - window.startMs) * factor) / 2;
  return clampWindow({ startMs: centre - half, endMs: centre + half }, limits);
}

/** Pan by a share of the span (positive = later). */
export function panWindow(window: TimeWindow, share: number, limits: WindowLimits): TimeWindow {
  const shift = (window.endMs - window.startMs) * share;
  return clampWindow({ startMs: window.startMs + shift, endMs: window.endMs + shift }, limits);
}

/** A window of the same span centred on a span that is not (fully) visible; null if it is. */
export function windowToShow(
  window: TimeWindow,
  target: { startMs: number; endMs: number },
  limits: WindowLimits,
): TimeWindow | null {
  if (target.startMs >= window.startMs && target.endMs <= window.endMs) return null;
  const span = window.endMs - window.startMs;
  const targetSpan = target.endMs - target.startMs;
  if (targetSpan > span) {
    // Longer than the window: show its start (with a margin) rather than zooming out.
    if (target.startMs < window.endMs && target.endMs > window.startMs) return null;
    return clampWindow(
      { startMs: target.startMs - span * 0.1, endMs: target.startMs + span * 0.9 },
      limits,
    );
  }
  const centre = (target.startMs + target.endMs) / 2;
  return clampWindow({ startMs: centre - span / 2, endMs: centre + span / 2 }, limits);
}
