// Server-side SVG of the map: Natural Earth country shapes projected with d3-geo (Mercator fitted
// to the shown places), places as circles sized by their number of events and coloured by their
// most frequent category, labels placed where they do not collide. Deterministic output.
import { type GeoProjection, geoGraticule10, geoMercator, geoPath } from "d3-geo";
import { CATEGORIES, type Place } from "../schema";
import { layoutFrame } from "./chart-frame";
import type { ChartData, ChartRequest, LegendItem, Rect } from "./chart-types";
import { chartTitle, creditText, subtitleText } from "./describe-state";
import {
  clusterPlaceMarks,
  clusterTooltip,
  MAP_AGGREGATE_ABOVE,
  type PlaceMark,
} from "./place-clusters";
import { type PlaceCount, placeCounts } from "./place-counts";
import { escapeXml, num, textEl, textWidth } from "./svg-text";
import { CHART_THEMES, categoryColor, categoryLabel } from "./theme";
import { describeEvents } from "./timeline-svg";
import { worldCountries } from "./world-countries";

const LABEL_SIZE = 11;
const MIN_SPAN_DEG = 6;
const INSET = 28;
const DESC_PLACES = 60;

export function circleRadius(count: number): number {
  return Math.min(26, 4 + 3.2 * Math.sqrt(count));
}

/** Longitude/latitude box around the places, at least MIN_SPAN_DEG wide, padded by 12 %. */
export function placesBox(
  places: readonly Pick<Place, "lat" | "lon">[],
): [[number, number], [number, number]] {
  if (places.length === 0)
    return [
      [-170, -58],
      [170, 75],
    ];
  let [w, e] = [Math.min(...places.map((p) => p.lon)), Math.max(...places.map((p) => p.lon))];
  let [s, n] = [Math.min(...places.map((p) => p.lat)), Math.max(...places.map((p) => p.lat))];
  const widen = (lo: number, hi: number): [number, number] => {
    const span = Math.max(MIN_SPAN_DEG, hi - lo);
    const mid = (lo + hi) / 2;
    return [mid - span * 0.62, mid + span * 0.62];
  };
  [w, e] = widen(w, e);
  [s, n] = widen(s, n);
  return [
    [Math.max(-180, w), Math.max(-80, s)],
    [Math.min(180, e), Math.min(84, n)],
  ];
}

function fittedProjection(box: [[number, number], [number, number]], plot: Rect): GeoProjection {
  const [[w, s], [e, n]] = box;
  return geoMercator()
    .fitExtent(
      [
        [plot.x + INSET, plot.y + INSET],
        [plot.x + plot.width - INSET, plot.y + plot.height - INSET],
      ],
      {
        type: "MultiPoint",
        coordinates: [
          [w, s],
          [e, n],
          [w, n],
          [e, s],
        ],
      },
    )
    .clipExtent([
      [plot.x, plot.y],
      [plot.x + plot.width, plot.y + plot.height],
    ]);
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function placeLabels(
  marks: readonly PlaceMark[],
  plot: Rect,
): Map<string, { x: number; y: number; anchor: "start" | "end" | "middle" }> {
  const taken: Box[] = marks.map((m) => ({
    x0: m.x - m.r,
    y0: m.y - m.r,
    x1: m.x + m.r,
    y1: m.y + m.r,
  }));
  const placed = new Map<string, { x: number; y: number; anchor: "start" | "end" | "middle" }>();
  for (const m of marks) {
    const text = `${m.pc.place.name} (${m.pc.count})`;
    const w = textWidth(text, LABEL_SIZE);
    const h = LABEL_SIZE + 2;
    const options = [
      {
        x: m.x + m.r + 3,
        y: m.y + 4,
        anchor: "start" as const,
        box: { x0: m.x + m.r + 3, y0: m.y - h / 2, x1: m.x + m.r + 3 + w, y1: m.y + h / 2 },
      },
      {
        x: m.x - m.r - 3,
        y: m.y + 4,
        anchor: "end" as const,
        box: { x0: m.x - m.r - 3 - w, y0: m.y - h / 2, x1: m.x - m.r - 3, y1: m.y + h / 2 },
      },
      {
        x: m.x,
        y: m.y - m.r - 4,
        anchor: "middle" as const,
        box: { x0: m.x - w / 2, y0: m.y - m.r - 4 - h, x1: m.x + w / 2, y1: m.y - m.r - 2 },
      },
      {
        x: m.x,
        y: m.y + m.r + h,
        anchor: "middle" as const,
        box: { x0: m.x - w / 2, y0: m.y + m.r + 2, x1: m.x + w / 2, y1: m.y + m.r + 4 + h },
      },
    ];
    const inside = (b: Box) =>
      b.x0 >= plot.x &&
      b.x1 <= plot.x + plot.width &&
      b.y0 >= plot.y &&
      b.y1 <= plot.y + plot.height;
    const choice = options.find((o) => inside(o.box) && !taken.some((t) => overlaps(t, o.box)));
    if (!choice) continue;
    taken.push(choice.box);
    placed.set(m.pc.place.id, { x: choice.x, y: choice.y, anchor: choice.anchor });
  }
  return placed;
}

/** Places for the description; past MAP_AGGREGATE_ABOVE only the biggest are named. */
function placeList(counts: readonly PlaceCount[]): string {
  const named = counts.length > MAP_AGGREGATE_ABOVE ? counts.slice(0, DESC_PLACES) : counts;
  const list = named.map((c) => `${c.place.name} (${c.count})`).join(", ");
  const rest = counts.length - named.length;
  return rest > 0 ? `${list} and ${rest} more` : list;
}

export function renderMapSvg(request: ChartRequest, data: ChartData): string {
  const theme = CHART_THEMES[request.theme];
  const { events } = data;
  const counts = placeCounts(events, data.places);
  // A Set, not places.some per event: that was O(events × places), seconds at 100k events.
  const placeIds = new Set(data.places.map((p) => p.id));
  const unplaced = events.filter((e) => !e.places.some((id) => placeIds.has(id))).length;
  const present = new Set(counts.map((c) => c.category));
  const legend: LegendItem[] = CATEGORIES.filter((c) => present.has(c)).map((c) => ({
    label: categoryLabel(c),
    color: categoryColor(c),
    mark: "circle" as const,
  }));
  if (counts.length > 0)
    legend.push({ label: "circle area ∝ number of events", color: theme.muted, mark: "circle" });
  const frame = layoutFrame({
    width: request.width,
    height: request.height,
    theme,
    idPrefix: "ea-map",
    title: chartTitle("map", request.title),
    subtitle: subtitleText(request.state, events, data.places),
    description: describeEvents(
      events,
      `Map of ${counts.length} places: ${placeList(counts)}. ${events.length} events:`,
    ),
    legend,
    credit: creditText(events, data.sources, "Borders: Natural Earth (world-atlas)."),
  });
  const { plot } = frame;
  // With nothing to show, frame the places of the whole dataset so the map is not the world.
  const framed = counts.length > 0 ? counts.map((c) => c.place) : data.places;
  const projection = fittedProjection(placesBox(framed), plot);
  const path = geoPath(projection).digits(1);

  const countries = worldCountries()
    .features.map((f) => {
      const d = path(f);
      return d ? `<path d="${d}"><title>${escapeXml(f.properties.name)}</title></path>` : "";
    })
    .join("");
  const graticule = path(geoGraticule10()) ?? "";

  const placeMarks: PlaceMark[] = counts.flatMap((pc) => {
    const xy = projection([pc.place.lon, pc.place.lat]);
    return xy ? [{ pc, x: xy[0], y: xy[1], r: circleRadius(pc.count) }] : [];
  });
  // Many places: one circle per grid cell (place-clusters.ts) instead of thousands piled up.
  const clusters = counts.length > MAP_AGGREGATE_ABOVE ? clusterPlaceMarks(placeMarks) : null;
  const marks: PlaceMark[] = clusters ?? placeMarks;
  const labels = placeLabels(marks, plot);
  const circles = marks
    .map((m, i) => {
      const cluster = clusters?.[i];
      const selected = cluster
        ? cluster.members.some((pc) => pc.place.id === request.state.place)
        : request.state.place === m.pc.place.id;
      const color = categoryColor(m.pc.category);
      const tooltip = cluster
        ? clusterTooltip(cluster)
        : `${m.pc.place.name}: ${m.pc.count} ${m.pc.count === 1 ? "event" : "events"}`;
      return `<g class="place" data-id="${escapeXml(m.pc.place.id)}"><title>${escapeXml(tooltip)}</title><circle cx="${num(m.x)}" cy="${num(m.y)}" r="${num(m.r)}" fill="${color}" fill-opacity="0.8" stroke="${selected ? theme.text : theme.background}" stroke-width="${selected ? 2.5 : 1}"/></g>`;
    })
    .join("");
  const labelText = marks
    .map((m) => {
      const at = labels.get(m.pc.place.id);
      if (!at) return "";
      return textEl(at.x, at.y, `${m.pc.place.name} (${m.pc.count})`, {
        "font-size": LABEL_SIZE,
        "font-weight": request.state.place === m.pc.place.id ? "bold" : undefined,
        fill: theme.text,
        stroke: theme.background,
        "stroke-width": 3,
        "paint-order": "stroke",
        "text-anchor": at.anchor,
      });
    })
    .join("");
  const notes: string[] = [];
  if (events.length === 0) notes.push("No events match these filters");
  else if (unplaced > 0)
    notes.push(
      `${unplaced} ${unplaced === 1 ? "event has" : "events have"} no place and ${unplaced === 1 ? "is" : "are"} not on the map`,
    );
  const note = notes
    .map((n) =>
      textEl(plot.x + 8, plot.y + plot.height - 8, n, {
        "font-size": 11,
        fill: theme.muted,
        stroke: theme.water,
        "stroke-width": 3,
        "paint-order": "stroke",
      }),
    )
    .join("");

  const clipId = "ea-map-plot";
  const body = [
    `<defs><clipPath id="${clipId}"><rect x="${num(plot.x)}" y="${num(plot.y)}" width="${num(plot.width)}" height="${num(plot.height)}"/></clipPath></defs>`,
    `<g clip-path="url(#${clipId})">`,
    `<rect x="${num(plot.x)}" y="${num(plot.y)}" width="${num(plot.width)}" height="${num(plot.height)}" fill="${theme.water}"/>`,
    `<path class="graticule" d="${graticule}" fill="none" stroke="${theme.grid}" stroke-width="0.5"/>`,
    `<g class="countries" fill="${theme.land}" stroke="${theme.border}" stroke-width="0.6">${countries}</g>`,
    `<g class="places">${circles}</g>`,
    `<g class="labels">${labelText}</g>`,
    "</g>",
    note,
    `<rect x="${num(plot.x)}" y="${num(plot.y)}" width="${num(plot.width)}" height="${num(plot.height)}" fill="none" stroke="${theme.grid}"/>`,
  ].join("\n");
  return frame.wrap(body);
}
