// Faint arcs from an event's origin to its places; created once per origin/destination pair and
// restyled (not rebuilt) when the window, hover or selection changes. The busiest links change as
// the window moves: a line whose link left is handed to a link that comes (or emptied and kept
// for the next one), as adding and removing Leaflet paths on every step of a drag cost ~4 ms a
// step at 10,000 events. Only attributes whose value changes are written.
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

/** A key for a link's look: two links with the same key are drawn alike. */
function lookOf(link: OriginLink): string {
  return link.highlighted ? "highlighted" : String(styleOf(link).weight);
}

interface Line {
  line: L.Polyline;
  /** The look last given to the line (lookOf), so an unchanged look is not written again. */
  look: string;
}

interface DrawnLine extends Line {
  current: OriginLink;
}

export class OriginLinksLayer {
  private readonly group: L.LayerGroup;
  private readonly lines = new Map<string, DrawnLine>();
  /** Emptied lines on the map, ready for the next new link. */
  private readonly spare: Line[] = [];

  constructor(
    map: L.Map,
    private readonly pane: string,
  ) {
    this.group = L.layerGroup().addTo(map);
  }

  update(links: readonly OriginLink[]): void {
    // Lines whose links left are handed straight to the links that came (one redraw each); only
    // the ones left over are emptied.
    const wanted = new Set<string>();
    for (const link of links) wanted.add(link.key);
    const leaving: Line[] = [];
    for (const [key, entry] of this.lines) {
      if (wanted.has(key)) continue;
      this.lines.delete(key);
      leaving.push(entry);
    }
    for (const link of links) {
      const entry = this.lines.get(link.key);
      if (!entry) {
        const drawn = this.lineFor(link, leaving.pop() ?? this.spare.pop());
        this.lines.set(link.key, drawn);
        if (link.highlighted) drawn.line.bringToFront();
        this.tag(drawn.line, link);
        continue;
      }
      const previous = entry.current;
      entry.current = link;
      if (previous.points !== link.points && !samePoints(previous.points, link.points)) {
        entry.line.setLatLngs(link.points);
      }
      if (previous.highlighted !== link.highlighted || previous.count !== link.count) {
        this.restyle(entry, link);
        if (link.highlighted) entry.line.bringToFront();
        this.tag(entry.line, link);
      }
    }
    for (const line of leaving) this.park(line);
  }

  /** A line drawing `link`: a free one given its points and look, or a new one. */
  private lineFor(link: OriginLink, free: Line | undefined): DrawnLine {
    if (free) {
      free.line.setLatLngs(link.points);
      const drawn = { ...free, current: link };
      this.restyle(drawn, link);
      return drawn;
    }
    const line = L.polyline(link.points, {
      ...styleOf(link),
      pane: this.pane,
      interactive: false,
      smoothFactor: 1.5,
    }).addTo(this.group);
    return { line, look: lookOf(link), current: link };
  }

  /**
   * Give a line the look of `link` unless it has it already; dashArray is reset explicitly, as
   * setStyle merges options.
   */
  private restyle(entry: Line, link: OriginLink): void {
    const look = lookOf(link);
    if (look === entry.look) return;
    entry.look = look;
    entry.line.setStyle({ dashArray: "", ...styleOf(link) });
  }

  /** Empty a line that draws no link any more and keep it (it draws nothing until reused). */
  private park({ line, look }: Line): void {
    line.setLatLngs([]);
    const element = line.getElement();
    if (element instanceof SVGElement) {
      delete element.dataset.link;
      delete element.dataset.highlighted;
    }
    this.spare.push({ line, look });
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
    if (element.dataset.link !== link.key) element.dataset.link = link.key;
    const highlighted = String(link.highlighted);
    if (element.dataset.highlighted !== highlighted) element.dataset.highlighted = highlighted;
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
