// Tooltip content built with DOM APIs: place names come from data, so never an HTML string.
import { formatCount } from "@/lib/icu-free";
import { markerDetail, type PlaceMarker, plural } from "./to-place-markers";

export function placeTooltipElement(marker: PlaceMarker): HTMLElement {
  return tooltipElement(marker.name, [markerDetail(marker)]);
}

/** A place of a cluster, as its tooltip lists it. */
export interface ClusterMember {
  name: string;
  visibleCount: number;
  totalCount: number;
}

/** How many of a cluster's places its tooltip names. */
const NAMED_MEMBERS = 5;

/**
 * A cluster's tooltip: how many places and events it stands for, its busiest places by name
 * (`members` busiest first), and what a click does.
 */
export function clusterTooltipLines(
  marker: PlaceMarker,
  members: readonly ClusterMember[],
): { title: string; lines: string[] } {
  const { visibleCount, totalCount, unreviewed, dimmed } = marker;
  const counts =
    totalCount === 0
      ? "no events match the filters"
      : dimmed
        ? `${plural(totalCount, "event")}, none in the visible range`
        : visibleCount === totalCount
          ? plural(totalCount, "event")
          : `${plural(visibleCount, "event")} in view of ${formatCount(totalCount)}`;
  const lines = [counts];
  if (unreviewed > 0) lines.push(`${formatCount(unreviewed)} unreviewed`);
  for (const member of members.slice(0, NAMED_MEMBERS)) {
    lines.push(`${member.name}: ${formatCount(dimmed ? member.totalCount : member.visibleCount)}`);
  }
  if (members.length > NAMED_MEMBERS)
    lines.push(`and ${formatCount(members.length - NAMED_MEMBERS)} more`);
  lines.push("Click to zoom in");
  return { title: `${plural(members.length, "place")} close together`, lines };
}

export function clusterTooltipElement(
  marker: PlaceMarker,
  members: readonly ClusterMember[],
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
