// Faint arcs from an event's origin to its places; created once per origin/destination pair and
// restyled (not rebuilt) when the window, hover or selection changes. The busiest links change as
// the window moves: a line whose link left is emptied and kept for the next link that comes, as
// adding and removing Leaflet paths on every step of a drag cost ~4 ms a step at 10,000 events.
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

/** Give a line the look of `link`; dashArray is reset explicitly, as setStyle merges options. */
function restyle(line: L.Polyline, link: OriginLink): void {
  line.setStyle({ dashArray: "", ...styleOf(link) });
}

export class OriginLinksLayer {
  private readonly group: L.LayerGroup;
  private readonly lines = new Map<string, { line: L.Polyline; current: OriginLink }>();
  /** Emptied lines on the map, ready for the next new link. */
  private readonly spare: L.Polyline[] = [];

  constructor(
    map: L.Map,
    private readonly pane: string,
  ) {
    this.group = L.layerGroup().addTo(map);
  }

  update(links: readonly OriginLink[]): void {
    // Lines whose links left first, so the links that came can take them.
    const wanted = new Set<string>();
    for (const link of links) wanted.add(link.key);
    for (const [key, entry] of this.lines) {
      if (wanted.has(key)) continue;
      this.lines.delete(key);
      this.park(entry.line);
    }
    for (const link of links) {
      const entry = this.lines.get(link.key);
      if (!entry) {
        const line = this.lineFor(link);
        this.lines.set(link.key, { line, current: link });
        if (link.highlighted) line.bringToFront();
        this.tag(line, link);
        continue;
      }
      const previous = entry.current;
      entry.current = link;
      if (previous.points !== link.points && !samePoints(previous.points, link.points)) {
        entry.line.setLatLngs(link.points);
      }
      if (previous.highlighted !== link.highlighted || previous.count !== link.count) {
        restyle(entry.line, link);
        if (link.highlighted) entry.line.bringToFront();
        this.tag(entry.line, link);
      }
    }
  }

  /** A line drawing `link`: a spare one given its points and look, or a new one. */
  private lineFor(link: OriginLink): L.Polyline {
    const spare = this.spare.pop();
    if (spare) {
      spare.setLatLngs(link.points);
      restyle(spare, link);
      return spare;
    }
    return L.polyline(link.points, {
      ...styleOf(link),
      pane: this.pane,
      interactive: false,
      smoothFactor: 1.5,
    }).addTo(this.group);
  }

  /** Empty a line that draws no link any more and keep it (it draws nothing until reused). */
  private park(line: L.Polyline): void {
    line.setLatLngs([]);
    const element = line.getElement();
    if (element instanceof SVGElement) {
      delete element.dataset.link;
      delete element.dataset.highlighted;
    }
    this.spare.push(line);
  }

  remove(): void {
    this.group.remove();
    this.lines.clear();
    this.spare.length = 0;
  }

  /** How many lines draw a link, and how many wait empty (for tests). */
  counts(): { drawn: number; spare: number } {
    return { drawn: this.lines.size, spare: this.spare.length };
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
