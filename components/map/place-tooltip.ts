// Tooltip content built with DOM APIs: place names come from data, so never an HTML string.
import { markerDetail, type PlaceMarker } from "./to-place-markers";

export function placeTooltipElement(marker: PlaceMarker): HTMLElement {
  const root = document.createElement("div");
  root.className = "ea-tooltip";
  const title = document.createElement("strong");
  title.textContent = marker.name;
  const detail = document.createElement("span");
  detail.textContent = markerDetail(marker);
  root.append(title, detail);
  return root;
}
