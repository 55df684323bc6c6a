"use client";
// The timeline view: vis-timeline (through useVisTimeline) with zoom buttons and keyboard control.
// The focusable frame takes arrow keys (pan) and +/− (zoom); everything goes through the store.
import "vis-timeline/styles/vis-timeline-graph2d.css";
import "./timeline.css";
import { type KeyboardEvent, useEffect, useMemo, useRef } from "react";
import { useDashboard } from "../dashboard/dashboard-provider";
import { useVisTimeline } from "./use-vis-timeline";
import { limitsFor, panWindow, zoomWindow } from "./window-math";

export default function EventTimeline() {
  const store = useDashboard();
  const container = useRef<HTMLDivElement>(null);
  useVisTimeline(container, store);
  // A keyboard-operated widget (arrow keys pan, +/− zoom): focusable, set here because the linter
  // does not count role="application" as interactive.
  useEffect(() => {
    container.current?.setAttribute("tabindex", "0");
  }, []);
  const limits = useMemo(() => limitsFor(store.extent), [store.extent]);
  const { setWindow, window } = store;

  const zoom = (factor: number) => setWindow(zoomWindow(window, factor, limits), { commit: true });
  const pan = (share: number) => setWindow(panWindow(window, share, limits), { commit: true });
  const fit = () =>
    setWindow(
      zoomWindow({ startMs: store.extent.startMs, endMs: store.extent.endMs }, 1.04, limits),
      { commit: true },
    );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const step = event.shiftKey ? 0.5 : 0.2;
    let action: (() => void) | null = null;
    switch (event.key) {
      case "ArrowLeft":
        action = () => pan(-step);
        break;
      case "ArrowRight":
        action = () => pan(step);
        break;
      case "+":
      case "=":
      case "ArrowUp":
        action = () => zoom(0.5);
        break;
      case "-":
      case "ArrowDown":
        action = () => zoom(2);
        break;
      case "0":
        action = fit;
        break;
    }
    if (!action) return;
    event.preventDefault();
    action();
  };

  const buttonClass =
    "inline-flex h-8 min-w-8 items-center justify-center rounded border border-slate-300 bg-white px-2 text-sm font-medium text-slate-700 hover:bg-slate-100";
  return (
    <div className="flex flex-col gap-2">
      <div
        className="flex items-center gap-1 print:hidden"
        role="toolbar"
        aria-label="Timeline zoom"
      >
        <button
          type="button"
          className={buttonClass}
          onClick={() => zoom(0.5)}
          aria-label="Zoom in"
        >
          +
        </button>
        <button type="button" className={buttonClass} onClick={() => zoom(2)} aria-label="Zoom out">
          −
        </button>
        <button type="button" className={buttonClass} onClick={fit}>
          Fit all
        </button>
        <span className="ml-2 hidden text-xs text-slate-500 sm:inline">
          Drag or scroll to move · arrow keys and + / − when the timeline is focused
        </span>
      </div>
      <div
        ref={container}
        role="application"
        aria-roledescription="timeline"
        aria-label="Timeline. Arrow keys pan, plus and minus zoom, 0 shows everything."
        data-testid="timeline"
        data-timeline-slot
        onKeyDown={onKeyDown}
        className="timeline-frame rounded border border-slate-200 bg-white"
      />
    </div>
  );
}
