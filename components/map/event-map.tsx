"use client";
// The dashboard's map: the map view bound to the single dashboard store. Loaded only in the
// browser (Leaflet touches `window` on import) through EventMapLoader.
import { useDashboard } from "@/components/dashboard/dashboard-provider";
import { EventMapView } from "./event-map-view";

export default function EventMap({ className }: { className?: string }) {
  return <EventMapView store={useDashboard()} className={className} />;
}
