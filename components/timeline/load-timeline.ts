// The timeline's code (vis-timeline and the view on it), loaded in the browser only: one import
// shared by TimelineLoader and instrumentation-client.ts, which starts it before hydration.
export const loadTimeline = () => import("./timeline");
