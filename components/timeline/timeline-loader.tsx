"use client";
// vis-timeline touches the DOM when it loads: client only, with a placeholder of the same height.
import dynamic from "next/dynamic";

const EventTimeline = dynamic(() => import("./timeline"), {
  ssr: false,
  loading: () => (
    <div className="flex h-[270px] items-center justify-center rounded border border-slate-200 bg-white text-sm text-slate-500">
      Loading the timeline…
    </div>
  ),
});

export function TimelineLoader() {
  return <EventTimeline />;
}
