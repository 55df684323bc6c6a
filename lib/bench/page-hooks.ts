// The tiny browser-side contract between a page and the benchmark harness (scripts/bench.ts).
// Any page (the dashboard, the baselines under app/bench/) may call these; the harness falls back
// to DOM heuristics when a page does not, and says so in its output.
//
// - markReady(): call once when the timeline items and the map markers are drawn and respond to
//   input. Sets `<html data-ready="1">` and `window.__atlasReady` (performance.now() at that moment).
// - whenReady(): resolves once markReady() has been called (the page defers decoration until then).
// - exposeBenchHooks({ placePoint, clusterPoint }): lets the harness (and the end-to-end tests)
//   click a place marker or a cluster badge drawn on a canvas (no DOM node to find); both return
//   viewport coordinates.

export interface BenchPoint {
  x: number;
  y: number;
  placeId: string;
}

export interface AtlasBenchHooks {
  /** Viewport point of a place marker to click: the given place, or any place with events. */
  placePoint(placeId?: string): BenchPoint | null;
  /** Viewport point of the largest cluster badge on the map (canvas mode), or null. */
  clusterPoint?(): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __atlasReady?: number;
    __atlasBench?: AtlasBenchHooks;
  }
}

const readyWaiters: (() => void)[] = [];

export function markReady(): void {
  if (typeof window === "undefined" || window.__atlasReady !== undefined) return;
  window.__atlasReady = performance.now();
  document.documentElement.dataset.ready = "1";
  for (const resolve of readyWaiters.splice(0)) resolve();
}

/** Resolves once the page has called markReady() (at once if it already has). */
export function whenReady(): Promise<void> {
  if (typeof window !== "undefined" && window.__atlasReady !== undefined) return Promise.resolve();
  return new Promise((resolve) => readyWaiters.push(resolve));
}

/** Install the hooks; returns a function that removes them (for effects' cleanup). */
export function exposeBenchHooks(hooks: AtlasBenchHooks): () => void {
  window.__atlasBench = hooks;
  return () => {
    if (window.__atlasBench === hooks) delete window.__atlasBench;
  };
}
