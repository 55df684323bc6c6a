// Keyboard and screen-reader access to the count badges drawn on the map's canvas. A canvas circle
// cannot take focus, so each badge also gets a transparent button over it, in the tab order: its
// name says how many places and events the badge stands for, Enter or Space opens it as a click
// does, and focusing it shows the badge's tooltip with the places' names. The buttons let the
// pointer through to the canvas, which keeps hover and click: only the keyboard and assistive
// technology meet them. All of them live in one box, placed by layer point like the country names
// (no Leaflet marker, no compositor layer per badge).
import L from "leaflet";
import type { MarkerHandlers } from "./marker-handlers";
import { clusterAriaLabel, type PlaceMarker, sameAriaLabel } from "./to-place-markers";

/** The smallest button, in CSS pixels from its centre: a focus ring small badges can show. */
const MIN_RADIUS_PX = 8;

interface Entry {
  button: HTMLButtonElement;
  current: PlaceMarker;
  /** Update round that last saw this badge. */
  seen: number;
}

export class BadgeButtons {
  private readonly box: HTMLDivElement;
  private readonly entries = new Map<string, Entry>();
  private round = 0;

  /**
   * @param pane the pane the badges are drawn in (the buttons go above the canvas there).
   * @param showTooltip opens or closes a badge's tooltip on the canvas.
   */
  constructor(
    private readonly map: L.Map,
    private readonly handlers: MarkerHandlers,
    pane: string,
    private readonly showTooltip: (id: string, open: boolean) => void,
  ) {
    this.box = L.DomUtil.create("div", "ea-badge-buttons leaflet-zoom-hide");
    map.getPane(pane)?.append(this.box);
    map.on("zoomend viewreset", this.placeAll);
  }

  /** The cluster markers drawn now: one button each, created, renamed, moved or removed. */
  update(badges: readonly PlaceMarker[]): void {
    const round = ++this.round;
    for (const badge of badges) {
      const entry = this.entries.get(badge.id);
      if (!entry) {
        this.entries.set(badge.id, this.create(badge, round));
        continue;
      }
      entry.seen = round;
      const previous = entry.current;
      entry.current = badge;
      if (previous === badge) continue;
      if (!sameAriaLabel(previous, badge))
        entry.button.setAttribute("aria-label", clusterAriaLabel(badge));
      if (
        previous.lat !== badge.lat ||
        previous.lon !== badge.lon ||
        previous.radius !== badge.radius
      )
        this.place(entry);
    }
    if (this.entries.size === badges.length) return;
    for (const [id, entry] of this.entries) {
      if (entry.seen === round) continue;
      entry.button.remove();
      this.entries.delete(id);
    }
  }

  remove(): void {
    this.map.off("zoomend viewreset", this.placeAll);
    this.box.remove();
    this.entries.clear();
  }

  private create(badge: PlaceMarker, round: number): Entry {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "ea-badge-button";
    button.dataset.clusterId = badge.id;
    button.setAttribute("aria-label", clusterAriaLabel(badge));
    const entry: Entry = { button, current: badge, seen: round };
    button.addEventListener("click", () => {
      const { lat, lon, cluster } = entry.current;
      if (cluster) this.handlers.openCluster(lat, lon, cluster.index);
    });
    button.addEventListener("focus", () => this.showTooltip(entry.current.id, true));
    button.addEventListener("blur", () => this.showTooltip(entry.current.id, false));
    this.place(entry);
    this.box.append(button);
    return entry;
  }

  /** Layer points stay valid while the map pans (the pane moves); they change with the zoom. */
  private place(entry: Entry): void {
    const { lat, lon, radius } = entry.current;
    const point = this.map.latLngToLayerPoint([lat, lon]);
    // Never smaller than a fingertip's worth of focus ring around the smallest badge.
    const r = Math.max(radius, MIN_RADIUS_PX);
    const { style } = entry.button;
    style.left = `${point.x - r}px`;
    style.top = `${point.y - r}px`;
    style.width = style.height = `${2 * r}px`;
  }

  private readonly placeAll = (): void => {
    for (const entry of this.entries.values()) this.place(entry);
  };
}
