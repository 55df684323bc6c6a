"use client";
// vis-timeline touches the DOM when it loads: client only, with a placeholder of the same height.
import dynamic from "next/dynamic";

const loadTimeline = () => import("./timeline");
// Requested as soon as this module runs in the browser (see event-map-loader.tsx).
if (typeof window !== "undefined") void loadTimeline();

const EventTimeline = dynamic(loadTimeline, {
  ssr: false,
  loading: () => (
    <div
      data-timeline-slot
      className="flex h-[270px] items-center justify-center rounded border border-slate-200 bg-white text-sm text-slate-500"
    >
      Loading the timeline…
    </div>
  ),
});

export function TimelineLoader() {
  return <EventTimeline />;
}
