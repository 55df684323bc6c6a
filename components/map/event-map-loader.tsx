"use client";
// Client-only entry point for the map: Leaflet needs `window`, so it is never rendered on the
// server. The placeholder keeps the layout stable and says what is coming.
// instrumentation-client.ts requests the code before hydration; this reuses that request.
import dynamic from "next/dynamic";
import { loadEventMap } from "./load-event-map";

const EventMap = dynamic(loadEventMap, {
  ssr: false,
  loading: () => (
    <div
      className="flex h-full min-h-[280px] w-full items-center justify-center bg-[#dce6ee] text-sm text-slate-600"
      role="status"
    >
      Loading map…
    </div>
  ),
});

export function EventMapLoader({ className }: { className?: string } = {}) {
  return <EventMap className={className} />;
}
