"use client";
// vis-timeline touches the DOM when it loads: client only, with a placeholder of the same height
// (or what went wrong). instrumentation-client.ts requests the code before hydration; this reuses
// that request.
import { useClientModule } from "../dashboard/use-client-module";
import { loadTimeline } from "./load-timeline";

export function TimelineLoader() {
  const loaded = useClientModule(loadTimeline);
  if (loaded.status === "ready") {
    const EventTimeline = loaded.module.default;
    return <EventTimeline />;
  }
  return (
    <div
      data-timeline-slot
      className="flex h-[270px] items-center justify-center rounded border border-slate-200 bg-white p-4 text-center text-sm text-slate-500"
      role={loaded.status === "error" ? "alert" : undefined}
    >
      {loaded.status === "error"
        ? `The timeline could not be loaded (${loaded.message}). Reload the page to try again.`
        : "Loading the timeline…"}
    </div>
  );
}
