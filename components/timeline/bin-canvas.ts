// Count bins drawn on one canvas over vis-timeline's centre panel. As vis-timeline items, hundreds of
// bins cost a DOM element, a measurement and a stacking pass each on every zoom step (the largest
// cost of a drag or wheel at 10,000+ events); on a canvas they are rectangles redrawn after each of
// vis-timeline's own redraws. The canvas lets pointer events through: hovering a bin shows its
// count, clicking it zooms onto its period (through vis-timeline's own mouse events).
import type { Timeline } from "vis-timeline/esnext";
import { type BinRect, binAt, type LaneRow, layoutBins } from "./bin-layout";
import { LANES, type LaneId, type TimelineBin } from "./to-timeline-items";

/** Each lane's bar colour: a theme colour of the lane's main category (app/globals.css). */
const LANE_COLOR_VAR: Record<LaneId, string> = {
  conflict: "--color-war",
  military: "--color-drill",
  diplomacy: "--color-visit",
  memory: "--color-commemoration",
};
const LABEL_FONT = "10px";
const LABEL_COLOR = "#334155";
/** A press that moved further than this is a drag of the timeline, not a click on a bin. */
const CLICK_SLOP_PX = 5;

/** What is read of vis-timeline's internals (8.5): sizes and lane positions of its last redraw. */
interface VisInternals {
  body?: { domProps?: { center?: { width: number; height: number } } };
  itemSet?: { groups?: Record<string, { top?: number; height?: number }> };
}

interface PointerProps {
  group: string | number | null;
  time: Date;
  event: Event;
}

export class BinCanvas {
  private readonly canvas: HTMLCanvasElement;
  private readonly tooltip: HTMLDivElement;
  private readonly panel: HTMLElement;
  private readonly colors: Record<LaneId, string>;
  private readonly font: string;
  private readonly labelWidths = new Map<string, number>();
  /** The bins drawn (read to skip setting the same ones again). */
  bins: readonly TimelineBin[] = [];
  private drawnCount = 0;
  /** Where the current press began, and whether it has since moved like a drag. */
  private press: { x: number; y: number; dragged: boolean } | null = null;

  constructor(
    private readonly timeline: Timeline,
    private readonly frame: HTMLElement,
    private readonly onOpen: (bin: TimelineBin) => void,
  ) {
    const panel = frame.querySelector<HTMLElement>(".vis-panel.vis-center");
    if (!panel) throw new Error("BinCanvas: vis-timeline has no centre panel");
    this.panel = panel;
    const style = getComputedStyle(frame);
    this.colors = Object.fromEntries(
      LANES.map((lane) => [
        lane.id,
        style.getPropertyValue(LANE_COLOR_VAR[lane.id]).trim() || "#64748b",
      ]),
    ) as Record<LaneId, string>;
    this.font = `${LABEL_FONT} ${style.fontFamily || "sans-serif"}`;

    this.canvas = document.createElement("canvas");
    this.canvas.className = "bin-canvas";
    this.canvas.dataset.testid = "timeline-bins";
    this.canvas.setAttribute("role", "img");
    panel.append(this.canvas);
    this.tooltip = document.createElement("div");
    this.tooltip.className = "bin-tooltip";
    this.tooltip.setAttribute("role", "tooltip");
    this.tooltip.hidden = true;
    frame.append(this.tooltip);

    timeline.on("changed", this.draw);
    timeline.on("mouseMove", this.onMove);
    timeline.on("click", this.onClick);
    panel.addEventListener("pointerleave", this.hideTooltip);
    panel.addEventListener("pointerdown", this.onPress);
    // On the window: vis-timeline's drag may capture the pointer on its root, outside the panel.
    window.addEventListener("pointermove", this.onPressMove, { capture: true, passive: true });
  }

  /** New bins (or none: the timeline shows items); redrawn at once. */
  setBins(bins: readonly TimelineBin[], description: string): void {
    this.bins = bins;
    this.canvas.hidden = bins.length === 0;
    this.canvas.setAttribute("aria-label", description);
    if (bins.length === 0) this.hideTooltip();
    this.draw();
  }

  destroy(): void {
    this.timeline.off("changed", this.draw);
    this.timeline.off("mouseMove", this.onMove);
    this.timeline.off("click", this.onClick);
    this.panel.removeEventListener("pointerleave", this.hideTooltip);
    this.panel.removeEventListener("pointerdown", this.onPress);
    window.removeEventListener("pointermove", this.onPressMove, { capture: true });
    this.canvas.remove();
    this.tooltip.remove();
  }

  private readonly draw = (): void => {
    if (this.bins.length === 0 && this.drawnCount === 0) return;
    const { width, height } = this.panelSize();
    const ratio = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(width * ratio);
    const pixelHeight = Math.round(height * ratio);
    const { canvas } = this;
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const context = canvas.getContext("2d");
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const { start, end } = this.timeline.getWindow();
    const rects = layoutBins(
      this.bins,
      { startMs: start.valueOf(), endMs: end.valueOf() },
      width,
      this.laneRows(),
      (text) => this.labelWidth(context, text),
    );
    this.paint(context, rects);
    this.drawnCount = rects.length;
    canvas.dataset.drawn = String(rects.length);
  };

  private paint(context: CanvasRenderingContext2D, rects: readonly BinRect[]): void {
    context.globalAlpha = 0.75;
    for (const rect of rects) {
      context.fillStyle = this.colors[rect.bin.lane];
      context.beginPath();
      context.roundRect(rect.x, rect.y, rect.width, rect.height, [2, 2, 0, 0]);
      context.fill();
    }
    context.globalAlpha = 1;
    context.font = this.font;
    context.fillStyle = LABEL_COLOR;
    context.textAlign = "center";
    context.textBaseline = "top";
    for (const rect of rects)
      if (rect.label !== null) context.fillText(rect.label, rect.labelX, rect.labelY);
  }

  private labelWidth(context: CanvasRenderingContext2D, text: string): number {
    let width = this.labelWidths.get(text);
    if (width === undefined) {
      context.font = this.font;
      width = Math.ceil(context.measureText(text).width) + 2;
      this.labelWidths.set(text, width);
    }
    return width;
  }

  /**
   * The centre panel's size as vis-timeline measured it in the redraw that just ended (reading the
   * DOM here would force a second layout per frame); the DOM when those internals are missing.
   */
  private panelSize(): { width: number; height: number } {
    const center = (this.timeline as unknown as VisInternals).body?.domProps?.center;
    if (center && center.width > 0 && center.height > 0)
      return { width: center.width, height: center.height };
    return { width: this.panel.clientWidth, height: this.panel.clientHeight };
  }

  /**
   * Each lane's row: vis-timeline's own group positions from its last redraw (bins lanes never
   * scroll: four 52 px lanes fit its maximum height), else the lane labels' boxes in the DOM.
   */
  private laneRows(): LaneRow[] {
    const groups = (this.timeline as unknown as VisInternals).itemSet?.groups;
    const known = LANES.map((lane) => {
      const group = groups?.[lane.id];
      return group && Number.isFinite(group.top) && (group.height ?? 0) > 0
        ? { lane: lane.id, top: group.top as number, height: group.height as number }
        : null;
    });
    if (known.every((row) => row !== null)) return known as LaneRow[];
    const top = this.canvas.getBoundingClientRect().top;
    const rows: LaneRow[] = [];
    for (const lane of LANES) {
      const label = this.frame
        .querySelector(`.vis-labelset .lane-${lane.id}`)
        ?.closest<HTMLElement>(".vis-label");
      if (!label) continue;
      const box = label.getBoundingClientRect();
      rows.push({ lane: lane.id, top: box.top - top, height: box.height });
    }
    return rows;
  }

  private binUnder(props: PointerProps): TimelineBin | null {
    if (this.bins.length === 0 || props.group === null) return null;
    const lane = LANES.find((l) => l.id === props.group)?.id;
    return lane ? binAt(this.bins, lane, props.time.valueOf()) : null;
  }

  private readonly onMove = (props: PointerProps): void => {
    const bin = this.binUnder(props);
    this.panel.style.cursor = bin ? "pointer" : "";
    if (!bin) {
      this.hideTooltip();
      return;
    }
    const pointer = props.event as PointerEvent;
    const frameBox = this.frame.getBoundingClientRect();
    this.tooltip.textContent = bin.tooltip;
    this.tooltip.hidden = false;
    this.tooltip.style.left = `${Math.min(pointer.clientX - frameBox.left + 12, frameBox.width - 240)}px`;
    this.tooltip.style.top = `${pointer.clientY - frameBox.top + 16}px`;
  };

  private readonly onPress = (event: PointerEvent): void => {
    this.press = { x: event.clientX, y: event.clientY, dragged: false };
  };

  private readonly onPressMove = (event: PointerEvent): void => {
    const press = this.press;
    if (
      press &&
      !press.dragged &&
      Math.hypot(event.clientX - press.x, event.clientY - press.y) > CLICK_SLOP_PX
    )
      press.dragged = true;
  };

  private readonly onClick = (props: PointerProps): void => {
    // The browser sends a click after a drag that ends where it began: that was not a click.
    const press = this.press;
    this.press = null;
    if (!press || press.dragged) return;
    const bin = this.binUnder(props);
    if (!bin) return;
    this.hideTooltip();
    this.onOpen(bin);
  };

  private readonly hideTooltip = (): void => {
    this.tooltip.hidden = true;
    this.panel.style.cursor = "";
  };
}
