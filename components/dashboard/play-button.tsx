"use client";
// Play: the window slides forward through time until the end of the data; any interaction pauses.
import { useEffect, useRef, useState } from "react";
import { useDashboardSelector, useLatestDashboard } from "./dashboard-provider";

/** Share of the window's span moved per second. */
const SPEED = 0.25;

export function PlayButton() {
  // Not subscribed to the live window: the button need not re-render on every frame of a drag.
  const extent = useDashboardSelector((s) => s.extent);
  const setWindow = useDashboardSelector((s) => s.setWindow);
  const latest = useLatestDashboard();
  const [playing, setPlaying] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    let current = latest().window;
    if (current.endMs >= extent.endMs) {
      // At the end already: start again from the beginning.
      const span = current.endMs - current.startMs;
      current = { startMs: extent.startMs, endMs: extent.startMs + span };
    }
    const stop = () => setPlaying(false);
    const tick = (now: number) => {
      const span = current.endMs - current.startMs;
      const shift = (span * SPEED * (now - last)) / 1000;
      last = now;
      current = { startMs: current.startMs + shift, endMs: current.endMs + shift };
      if (current.endMs >= extent.endMs) {
        current = { startMs: extent.endMs - span, endMs: extent.endMs };
        setWindow(current, { commit: true });
        stop();
        return;
      }
      setWindow(current, { commit: false });
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    // Any interaction elsewhere pauses (the button itself toggles).
    const pause = (event: Event) => {
      if (button.current?.contains(event.target as Node)) return;
      stop();
    };
    const kinds = ["pointerdown", "keydown", "wheel", "touchstart"] as const;
    for (const kind of kinds) document.addEventListener(kind, pause, { capture: true });
    return () => {
      cancelAnimationFrame(frame);
      for (const kind of kinds) document.removeEventListener(kind, pause, { capture: true });
      setWindow(
        { startMs: Math.round(current.startMs), endMs: Math.round(current.endMs) },
        { commit: true },
      );
    };
  }, [playing, extent, setWindow, latest]);

  return (
    <button
      ref={button}
      type="button"
      onClick={() => setPlaying((p) => !p)}
      aria-pressed={playing}
      className="inline-flex h-9 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 print:hidden"
    >
      <span aria-hidden="true">{playing ? "❚❚" : "▶"}</span>
      {playing ? "Pause" : "Play"}
      {!playing && <span className="-ml-1 hidden sm:inline">{" through time"}</span>}
    </button>
  );
}
