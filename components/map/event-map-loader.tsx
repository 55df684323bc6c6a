"use client";
// Client-only entry point for the map: Leaflet needs `window`, so it is never rendered on the
// server. The placeholder keeps the layout stable and says what is coming.
import dynamic from "next/dynamic";

const loadMap = () => import("./event-map");
// Requested as soon as this module runs in the browser, not when hydration first renders the map:
// the chunk then downloads alongside the rest of the page (the bundler reuses the same promise).
if (typeof window !== "undefined") void loadMap();

const EventMap = dynamic(loadMap, {
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
