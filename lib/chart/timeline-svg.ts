// Server-side SVG of the timeline: the dashboard's four lanes (the live timeline's LANES), a UTC axis, ranges as bars, points
// as dots, month/year-precision spans faded with "≈". Deterministic: same input, same bytes.

import { LANES } from "../../components/timeline/to-timeline-items";
import { formatEventDate } from "../dates";
import { formatCount } from "../icu-free";
import { CATEGORIES } from "../schema";
import { layoutFrame } from "./chart-frame";
import type { ChartData, ChartRequest, LegendItem, Rect } from "./chart-types";
import { chartTitle, creditText, subtitleText } from "./describe-state";
import { escapeXml, num, textEl, wrapText } from "./svg-text";
import { CHART_THEMES, type ChartTheme, categoryColor, categoryLabel } from "./theme";
import { timeDomain } from "./time-domain";
import { timeTicks } from "./time-ticks";
import { AGGREGATE_ABOVE, binTimeline, binTooltip, type TimelineBins } from "./timeline-bins";
import { LABEL_SIZE, layoutTimeline, type PlacedEvent, xScale } from "./timeline-layout";

const LANE_LABEL_WIDTH = 128;
const AXIS_HEIGHT = 28;
const LANE_PAD = 6;
const MAX_ROW = 24;
const MIN_ROW = 8;
const DESC_EVENTS = 60;

export function legendFor(events: ChartData["events"], withApprox: boolean): LegendItem[] {
  const present = new Set(events.map((e) => e.category));
  const items: LegendItem[] = CATEGORIES.filter((c) => present.has(c)).map((c) => ({
    label: categoryLabel(c),
    color: categoryColor(c),
    mark: "bar",
  }));
  if (withApprox && events.some((e) => e.precision !== "day"))
    items.push({ label: "≈ month or year precision", color: "#64748b", mark: "faded" });
  return items;
}

export function describeEvents(events: ChartData["events"], lead: string): string {
  const listed = events
    .slice(0, DESC_EVENTS)
    .map((e) => `${formatEventDate(e)}: ${e.title} (${categoryLabel(e.category)})`);
  const more =
    events.length > DESC_EVENTS ? ` … and ${formatCount(events.length - DESC_EVENTS)} more.` : "";
  return `${lead} ${listed.join("; ")}${listed.length ? "." : ""}${more}`.trim();
}

function drawItem(
  item: PlacedEvent,
  y: number,
  rowH: number,
  theme: ChartTheme,
  selected: boolean,
  showLabel: boolean,
): string {
  const color = categoryColor(item.event.category);
  const cy = y + rowH / 2;
  const barH = Math.max(4, Math.min(16, rowH - 6));
  const parts: string[] = [`<title>${escapeXml(item.tooltip)}</title>`];
  const stroke = selected ? ` stroke="${theme.text}" stroke-width="2"` : "";
  if (item.point) {
    const r = Math.max(2, Math.min(5, rowH / 2 - 1));
    parts.push(
      `<circle cx="${num((item.x0 + item.x1) / 2)}" cy="${num(cy)}" r="${num(r)}" fill="${color}"${stroke}/>`,
    );
  } else if (item.approximate) {
    parts.push(
      `<rect x="${num(item.x0)}" y="${num(cy - barH / 2)}" width="${num(item.x1 - item.x0)}" height="${num(barH)}" rx="3" fill="${color}" fill-opacity="0.28" stroke="${selected ? theme.text : color}" stroke-width="${selected ? 2 : 1}" stroke-dasharray="4 3"/>`,
    );
  } else {
    parts.push(
      `<rect x="${num(item.x0)}" y="${num(cy - barH / 2)}" width="${num(item.x1 - item.x0)}" height="${num(barH)}" rx="3" fill="${color}"${stroke}/>`,
    );
  }
  if (showLabel) {
    const baseline = cy + LABEL_SIZE * 0.36;
    const common = { "font-size": LABEL_SIZE, "font-weight": selected ? "bold" : undefined };
    if (item.labelSide === "inside")
      parts.push(
        textEl(item.x0 + 5, baseline, item.label, {
          ...common,
          fill: item.approximate ? theme.text : theme.onColor,
        }),
      );
    else if (item.labelSide === "left")
      parts.push(
        textEl(item.x0 - 4, baseline, item.label, {
          ...common,
          fill: theme.text,
          "text-anchor": "end",
        }),
      );
    else parts.push(textEl(item.x1 + 4, baseline, item.label, { ...common, fill: theme.text }));
  }
  return `<g class="event" data-id="${escapeXml(item.event.id)}">${parts.join("")}</g>`;
}

function drawAxis(
  plot: Rect,
  x: number,
  width: number,
  bottom: number,
  domain: { startMs: number; endMs: number },
  theme: ChartTheme,
): string {
  const toX = xScale(domain, x, width);
  const ticks = timeTicks(domain.startMs, domain.endMs, width / 72);
  const parts: string[] = [
    `<line x1="${num(x)}" y1="${num(bottom)}" x2="${num(x + width)}" y2="${num(bottom)}" stroke="${theme.gridMajor}"/>`,
  ];
  for (const tick of ticks) {
    const tx = toX(tick.ms);
    parts.push(
      `<line x1="${num(tx)}" y1="${num(plot.y)}" x2="${num(tx)}" y2="${num(bottom + 4)}" stroke="${tick.major ? theme.gridMajor : theme.grid}"/>`,
    );
    parts.push(
      textEl(tx, bottom + 16, tick.label, {
        "font-size": 11,
        "font-weight": tick.major ? "bold" : undefined,
        fill: theme.muted,
        "text-anchor": tx - x < 20 ? "start" : x + width - tx < 20 ? "end" : "middle",
      }),
    );
  }
  parts.push(textEl(plot.x, bottom + 16, "UTC", { "font-size": 10, fill: theme.muted }));
  return `<g class="axis">${parts.join("")}</g>`;
}

/** Columns per lane and bin, height ∝ count (one scale for all lanes), at least 1.5 px. */
function drawBins(
  binned: TimelineBins,
  x: number,
  width: number,
  laneTops: readonly number[],
  laneHeights: readonly number[],
): string {
  const binW = width / binned.binCount;
  return binned.bins
    .map((bin) => {
      const bottom = (laneTops[bin.lane] as number) + (laneHeights[bin.lane] as number) - LANE_PAD;
      const room = (laneHeights[bin.lane] as number) - 2 * LANE_PAD;
      const h = Math.max(1.5, (bin.count / binned.maxCount) * room);
      return `<rect x="${num(x + bin.index * binW)}" y="${num(bottom - h)}" width="${num(Math.max(1, binW - 1))}" height="${num(h)}" fill="${categoryColor(bin.category)}"><title>${escapeXml(binTooltip(bin))}</title></rect>`;
    })
    .join("");
}

export function renderTimelineSvg(request: ChartRequest, data: ChartData): string {
  const theme = CHART_THEMES[request.theme];
  const { events } = data;
  const title = chartTitle("timeline", request.title);
  const frame = layoutFrame({
    width: request.width,
    height: request.height,
    theme,
    idPrefix: "ea-timeline",
    title,
    subtitle: subtitleText(request.state, events, data.places),
    description: describeEvents(
      events,
      `Timeline in ${LANES.length} lanes (${LANES.map((l) => l.label).join(", ")}), dates in UTC. ${formatCount(events.length)} events${events.length > AGGREGATE_ABOVE ? ", drawn as counts per lane and time bin" : ""}:`,
    ),
    legend:
      events.length > AGGREGATE_ABOVE
        ? [
            ...legendFor(events, false),
            { label: "bar height ∝ events starting in the bin", color: "#64748b", mark: "faded" },
          ]
        : legendFor(events, true),
    credit: creditText(events, data.sources),
  });
  const { plot } = frame;
  const domain = timeDomain(request.state, events, data.extent);
  const x = plot.x + LANE_LABEL_WIDTH;
  const width = Math.max(40, plot.width - LANE_LABEL_WIDTH);
  // Many events: per-lane bins (one lane row each) and only the selected event as a mark.
  const aggregated = events.length > AGGREGATE_ABOVE;
  const selectedEvent = aggregated ? events.find((e) => e.id === request.state.event) : undefined;
  const layout = aggregated
    ? {
        items: layoutTimeline(selectedEvent ? [selectedEvent] : [], domain, x, width).items,
        rowsPerLane: LANES.map(() => 1),
      }
    : layoutTimeline(events, domain, x, width);

  const lanesHeight = plot.height - AXIS_HEIGHT;
  const available = lanesHeight - LANES.length * 2 * LANE_PAD;
  const totalRows = layout.rowsPerLane.reduce((a, b) => a + b, 0);
  let rowH = Math.min(MAX_ROW, available / totalRows);
  // Too many rows to fit: fold each lane's rows onto the rows it has room for.
  let capacity = layout.rowsPerLane;
  if (rowH < MIN_ROW) {
    rowH = MIN_ROW;
    const perLane = Math.max(1, Math.floor(available / LANES.length / MIN_ROW));
    capacity = layout.rowsPerLane.map((rows) => Math.min(rows, perLane));
  }
  const used = capacity.reduce((a, b) => a + b, 0) * rowH;
  const slack = Math.max(0, (available - used) / LANES.length);
  const laneTops: number[] = [];
  const laneHeights: number[] = [];
  let top = plot.y;
  for (const rows of capacity) {
    laneTops.push(top);
    const h = rows * rowH + 2 * LANE_PAD + slack;
    laneHeights.push(h);
    top += h;
  }
  const bottom = top;

  const bands = LANES.map((lane, i) => {
    const laneTop = laneTops[i] as number;
    const h = laneHeights[i] as number;
    const lines = wrapText(lane.label, LANE_LABEL_WIDTH - 10, 11, 2);
    const labelY = laneTop + h / 2 - ((lines.length - 1) * 13) / 2 + 4;
    return [
      `<rect x="${num(plot.x)}" y="${num(laneTop)}" width="${num(plot.width)}" height="${num(h)}" fill="${i % 2 === 0 ? theme.band : theme.background}"/>`,
      ...lines.map((line, j) =>
        textEl(plot.x + 4, labelY + j * 13, line, {
          "font-size": 11,
          "font-weight": "bold",
          fill: theme.muted,
        }),
      ),
    ].join("");
  }).join("");

  const showLabels = rowH >= 12;
  const binMarks = aggregated
    ? drawBins(binTimeline(events, domain, width), x, width, laneTops, laneHeights)
    : "";
  const clipId = "ea-timeline-plot";
  const drawn = layout.items.map((item) => {
    const rows = capacity[item.lane] as number;
    const laneTop = laneTops[item.lane] as number;
    const laneH = laneHeights[item.lane] as number;
    const blockTop = laneTop + (laneH - rows * rowH) / 2;
    return drawItem(
      item,
      blockTop + (item.row % rows) * rowH,
      rowH,
      theme,
      request.state.event === item.event.id,
      showLabels,
    );
  });
  const empty =
    events.length === 0
      ? textEl(x + width / 2, plot.y + lanesHeight / 2, "No events match these filters", {
          "font-size": 14,
          fill: theme.muted,
          "text-anchor": "middle",
        })
      : "";

  const body = [
    `<defs><clipPath id="${clipId}"><rect x="${num(plot.x)}" y="${num(plot.y)}" width="${num(plot.width)}" height="${num(bottom - plot.y)}"/></clipPath></defs>`,
    `<g class="lanes">${bands}</g>`,
    drawAxis(plot, x, width, bottom, domain, theme),
    ...(aggregated ? [`<g class="bins" clip-path="url(#${clipId})">${binMarks}</g>`] : []),
    `<g class="events" clip-path="url(#${clipId})">${drawn.join("")}</g>`,
    empty,
  ].join("\n");
  return frame.wrap(body);
}
