"use client";
// Client shell of a benchmark baseline: fetches every event, mounts the libraries' views, exposes
// the harness hooks (lib/bench/page-hooks.ts). Libraries load in the browser only.
import "leaflet/dist/leaflet.css";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { useEffect, useRef, useState } from "react";
import { exposeBenchHooks, markReady } from "@/lib/bench/page-hooks";
import type { BaselineData } from "./baseline-data";
import { type BaselineVariant, type MountedBaseline, mountBaseline } from "./mount-baseline";

export function BaselineDashboard({ variant }: { variant: BaselineVariant }) {
  const timelineRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState("Loading…");
  const [selection, setSelection] = useState("No place selected");

  useEffect(() => {
    let disposed = false;
    let mounted: MountedBaseline | null = null;
    let removeHooks: (() => void) | null = null;
    (async () => {
      const [leaflet, vis, visData, momentModule, response] = await Promise.all([
        import("leaflet"),
        import("vis-timeline/esnext"),
        import("vis-data/esnext"),
        import("moment"),
        fetch("/bench/data"),
      ]);
      if (!response.ok) throw new Error(`/bench/data answered ${response.status}`);
      const data = (await response.json()) as BaselineData;
      const timeline = timelineRef.current;
      const map = mapRef.current;
      if (disposed || !timeline || !map) return;
      setStatus(`${data.events.length} events, ${data.places.length} places`);
      const moment = momentModule.default;
      mounted = mountBaseline(
        variant,
        { timeline, map },
        {
          L: leaflet.default,
          Timeline: vis.Timeline,
          DataSet: visData.DataSet,
          utcMoment: (date) => moment(date as moment.MomentInput).utc(),
        },
        data,
        {
          onReady: markReady,
          onSelect: (place, count) =>
            setSelection(place ? `${place.name}: ${count} events selected` : "No place selected"),
        },
      );
      const current = mounted;
      removeHooks = exposeBenchHooks({ placePoint: (id) => current.placePoint(id) });
    })().catch((error: unknown) => setStatus(`Error: ${String(error)}`));
    return () => {
      disposed = true;
      removeHooks?.();
      mounted?.destroy();
    };
  }, [variant]);

  return (
    <main className="p-4">
      <h1 className="text-lg font-semibold">Benchmark baseline: {variant}</h1>
      <p className="text-sm text-slate-600" aria-live="polite">
        {status} · <span data-testid="bench-selection">{selection}</span>
      </p>
      <div ref={timelineRef} className="mt-2 border border-slate-200" />
      <div ref={mapRef} className="mt-2 h-[420px] border border-slate-200" />
      <style>{".bench-dot{background:#3b82f6;border:1px solid #1e3a8a;border-radius:50%}"}</style>
    </main>
  );
}
