// The map's code (Leaflet and the views on it), loaded in the browser only: one import shared by
// EventMapLoader and instrumentation-client.ts, which starts it before hydration.
export const loadEventMap = () => import("./event-map");
