"use client";
// Shown only on paper: what the printed page is of (range, filters, selection), since the controls
// that say so on screen are hidden in print.
import { useEffect, useState } from "react";
import { useDashboard } from "@/components/dashboard/dashboard-provider";
import { formatEventDate, formatPartialDate, isoDay } from "@/lib/dates";
import "./print.css";

export function PrintSummary() {
  const { state, window, eventById, placeById, visibleEvents } = useDashboard();
  // Set after hydration: the server cannot know the address bar.
  const [href, setHref] = useState("");
  useEffect(() => setHref(location.href), []);
  const selected = state.event ? eventById.get(state.event) : undefined;
  const place = state.place ? placeById.get(state.place) : undefined;
  const filters = [
    state.cats ? `categories: ${state.cats.join(", ") || "none"}` : null,
    place ? `place: ${place.name}` : null,
    state.q ? `search: “${state.q}”` : null,
    state.reviewed ? "reviewed events only" : null,
  ].filter(Boolean);
  return (
    <div className="hidden text-sm print:block" data-testid="print-summary">
      <p>
        <strong>Range:</strong> {formatPartialDate(isoDay(window.startMs))} –{" "}
        {formatPartialDate(isoDay(window.endMs - 1))} (UTC) · {visibleEvents.length}{" "}
        {visibleEvents.length === 1 ? "event" : "events"} shown
      </p>
      {filters.length > 0 && (
        <p>
          <strong>Filters:</strong> {filters.join(" · ")}
        </p>
      )}
      {selected && (
        <p>
          <strong>Selected:</strong> {selected.title} ({formatEventDate(selected)})
        </p>
      )}
      {href && <p>Printed from {href}</p>}
    </div>
  );
}
