// Faint arcs from an event's origin to its places; created once per origin/destination pair and
// restyled (not rebuilt) when the window, hover or selection changes.
import L from "leaflet";
import type { OriginLink } from "./to-origin-links";

function styleOf(link: OriginLink): L.PathOptions {
  return link.highlighted
    ? { color: "#b45309", opacity: 0.95, weight: 3, dashArray: undefined }
    : {
        color: "#1e3a8a",
        opacity: 0.4,
        weight: Math.min(1.5 + link.count * 0.4, 4),
        dashArray: "4 5",
      };
}

export class OriginLinksLayer {
  private readonly group: L.LayerGroup;
  private readonly lines = new Map<string, { line: L.Polyline; current: OriginLink }>();

  constructor(
    map: L.Map,
    private readonly pane: string,
  ) {
    this.group = L.layerGroup().addTo(map);
  }

  update(links: readonly OriginLink[]): void {
    const seen = new Set<string>();
    for (const link of links) {
      seen.add(link.key);
      const entry = this.lines.get(link.key);
      if (!entry) {
        const line = L.polyline(link.points, {
          ...styleOf(link),
          pane: this.pane,
          interactive: false,
          smoothFactor: 1.5,
        }).addTo(this.group);
        this.lines.set(link.key, { line, current: link });
        this.tag(line, link);
        continue;
      }
      const previous = entry.current;
      entry.current = link;
      if (previous.points !== link.points && !samePoints(previous.points, link.points)) {
        entry.line.setLatLngs(link.points);
      }
      if (previous.highlighted !== link.highlighted || previous.count !== link.count) {
        // dashArray must be reset explicitly: setStyle merges options.
        entry.line.setStyle({ dashArray: "", ...styleOf(link) });
        if (link.highlighted) entry.line.bringToFront();
        this.tag(entry.line, link);
      }
    }
    for (const [key, entry] of this.lines) {
      if (seen.has(key)) continue;
      this.group.removeLayer(entry.line);
      this.lines.delete(key);
    }
  }

  remove(): void {
    this.group.remove();
    this.lines.clear();
  }

  /** Which link a path draws, for tests and debugging (the SVG renderer gives one path each). */
  private tag(line: L.Polyline, link: OriginLink): void {
    const element = line.getElement();
    if (!(element instanceof SVGElement)) return;
    element.dataset.link = link.key;
    element.dataset.highlighted = String(link.highlighted);
  }
}

function samePoints(a: readonly [number, number][], b: readonly [number, number][]): boolean {
  if (a.length !== b.length) return false;
  const first = a[0];
  const last = a.at(-1);
  return (
    first?.[0] === b[0]?.[0] &&
    first?.[1] === b[0]?.[1] &&
    last?.[0] === b.at(-1)?.[0] &&
    last?.[1] === b.at(-1)?.[1]
  );
}
