"use client";
// Client-only entry point for the map: Leaflet needs `window`, so it is never rendered on the
// server. The placeholder keeps the layout stable and says what is coming (or what went wrong).
// instrumentation-client.ts requests the code before hydration; this reuses that request.
import { useClientModule } from "../dashboard/use-client-module";
import { loadEventMap } from "./load-event-map";

export function EventMapLoader({ className }: { className?: string } = {}) {
  const loaded = useClientModule(loadEventMap);
  if (loaded.status === "ready") {
    const EventMap = loaded.module.default;
    return <EventMap className={className} />;
  }
  return (
    <div
      className="flex h-full min-h-[280px] w-full items-center justify-center bg-[#dce6ee] p-4 text-center text-sm text-slate-600"
      role={loaded.status === "error" ? "alert" : "status"}
    >
      {loaded.status === "error"
        ? `The map could not be loaded (${loaded.message}). Reload the page to try again.`
        : "Loading map…"}
    </div>
  );
}
