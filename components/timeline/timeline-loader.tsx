"use client";
// vis-timeline touches the DOM when it loads: client only, with a placeholder of the same height.
// instrumentation-client.ts requests the code before hydration; this reuses that request.
import dynamic from "next/dynamic";
import { loadTimeline } from "./load-timeline";

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
