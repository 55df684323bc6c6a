"use client";
// A client-only module (Leaflet, vis-timeline: they touch `window` when they load), rendered once it
// has loaded; the server and the first client render show the caller's placeholder.
import { useEffect, useState } from "react";

export type ModuleState<T> =
  | { status: "loading" }
  | { status: "ready"; module: T }
  | { status: "error"; message: string };

/**
 * Loads `load()` after hydration and re-renders with the module. A plain state update, not
 * React.lazy + Suspense as next/dynamic uses: React holds a resolved Suspense boundary back until
 * 300 ms after its fallback appeared (its fallback throttle), which kept the timeline and map off
 * screen for up to that long after their code had arrived. `load` must be a stable function.
 */
export function useClientModule<T>(load: () => Promise<T>): ModuleState<T> {
  const [state, setState] = useState<ModuleState<T>>({ status: "loading" });
  useEffect(() => {
    let cancelled = false;
    load().then(
      (module) => {
        if (!cancelled) setState({ status: "ready", module });
      },
      (error: unknown) => {
        if (!cancelled)
          setState({
            status: "error",
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [load]);
  return state;
}
