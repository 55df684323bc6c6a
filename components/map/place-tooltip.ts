// Tooltip content built with DOM APIs: place names come from data, so never an HTML string.

import type { PlaceSummary } from "@/components/dashboard/types";
import { formatCount } from "@/lib/icu-free";
import { countsInView, markerDetail, type PlaceMarker, plural } from "./to-place-markers";

export function placeTooltipElement(marker: PlaceMarker): HTMLElement {
  return tooltipElement(marker.name, [markerDetail(marker)]);
}

/** How many of a cluster's places its tooltip names. */
const NAMED_MEMBERS = 5;

/**
 * A cluster's tooltip: how many places and events it stands for, its busiest places by name
 * (`members` busiest first), and what a click does.
 */
export function clusterTooltipLines(
  marker: PlaceMarker,
  members: readonly PlaceSummary[],
): { title: string; lines: string[] } {
  const { unreviewed, dimmed } = marker;
  const lines = [countsInView(marker)];
  if (unreviewed > 0) lines.push(`${formatCount(unreviewed)} unreviewed`);
  for (const member of members.slice(0, NAMED_MEMBERS)) {
    const count = dimmed ? member.totalCount : member.visibleCount;
    lines.push(`${member.place.name}: ${formatCount(count)}`);
  }
  if (members.length > NAMED_MEMBERS)
    lines.push(`and ${formatCount(members.length - NAMED_MEMBERS)} more`);
  lines.push("Click to zoom in");
  return { title: `${plural(members.length, "place")} close together`, lines };
}

export function clusterTooltipElement(
  marker: PlaceMarker,
  members: readonly PlaceSummary[],
): HTMLElement {
  const { title, lines } = clusterTooltipLines(marker, members);
  return tooltipElement(title, lines);
}

function tooltipElement(title: string, lines: readonly string[]): HTMLElement {
  const root = document.createElement("div");
  root.className = "ea-tooltip";
  const heading = document.createElement("strong");
  heading.textContent = title;
  root.append(heading);
  for (const line of lines) {
    const span = document.createElement("span");
    span.textContent = line;
    root.append(span);
  }
  return root;
}
