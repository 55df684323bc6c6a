// Tooltip content built with DOM APIs: place names come from data, so never an HTML string.
import type { PlaceMarker } from "./to-place-markers";

export function placeTooltipElement(marker: PlaceMarker): HTMLElement {
  const root = document.createElement("div");
  root.className = "ea-tooltip";
  const title = document.createElement("strong");
  title.textContent = marker.name;
  const detail = document.createElement("span");
  detail.textContent = marker.detail;
  root.append(title, detail);
  return root;
}
