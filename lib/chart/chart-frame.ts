// The parts every picture shares: the <svg> root with its accessible name and description, the
// background, the title block on top, and the legend and credit line at the bottom. The view
// draws its body inside the returned plot rectangle.
import { PRODUCT_NAME } from "../product";
import type { LegendItem, Rect } from "./chart-types";
import { escapeXml, num, textEl, textWidth, truncateText, wrapText } from "./svg-text";
import { type ChartTheme, FONT_FAMILY } from "./theme";

const PAD = 16;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 12;
const LEGEND_SIZE = 11;
const LEGEND_ROW = 18;
const CREDIT_SIZE = 10;
const CREDIT_LINE = 13;

export interface FrameInput {
  width: number;
  height: number;
  theme: ChartTheme;
  /** Prefix for ids inside this SVG (several pictures may share one HTML page). */
  idPrefix: string;
  title: string;
  subtitle: string;
  /** Accessible long description (the event list in words). */
  description: string;
  legend: readonly LegendItem[];
  credit: string;
}

export interface FrameLayout {
  plot: Rect;
  /** Renders the whole document around a body drawn inside `plot`. */
  wrap(body: string): string;
}

function legendMark(item: LegendItem, x: number, y: number): string {
  const c = escapeXml(item.color);
  if (item.mark === "circle")
    return `<circle cx="${num(x + 6)}" cy="${num(y - 4)}" r="5" fill="${c}" fill-opacity="0.85"/>`;
  if (item.mark === "faded")
    return `<rect x="${num(x)}" y="${num(y - 9)}" width="12" height="10" rx="2" fill="${c}" fill-opacity="0.3" stroke="${c}" stroke-dasharray="3 2"/>`;
  return `<rect x="${num(x)}" y="${num(y - 9)}" width="12" height="10" rx="2" fill="${c}"/>`;
}

/** Lay the legend out in rows that fit the width; returns rows of [item, x]. */
function legendRows(items: readonly LegendItem[], width: number): [LegendItem, number][][] {
  const rows: [LegendItem, number][][] = [];
  let row: [LegendItem, number][] = [];
  let x = 0;
  for (const item of items) {
    const w = 18 + textWidth(item.label, LEGEND_SIZE) + 16;
    if (x > 0 && x + w > width) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push([item, x]);
    x += w;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

export function layoutFrame(input: FrameInput): FrameLayout {
  const { width, height, theme } = input;
  const inner = width - 2 * PAD;
  const rows = legendRows(input.legend, inner).slice(0, 3);
  const creditLines = wrapText(`${input.credit} Made with ${PRODUCT_NAME}.`, inner, CREDIT_SIZE, 2);
  const headerHeight = PAD + TITLE_SIZE + 8 + SUBTITLE_SIZE + 12;
  const footerHeight = rows.length * LEGEND_ROW + creditLines.length * CREDIT_LINE + PAD + 6;
  const plot: Rect = {
    x: PAD,
    y: headerHeight,
    width: inner,
    height: Math.max(40, height - headerHeight - footerHeight),
  };

  const header = [
    textEl(PAD, PAD + TITLE_SIZE - 2, truncateText(input.title, inner, TITLE_SIZE, true), {
      "font-size": TITLE_SIZE,
      "font-weight": "bold",
      fill: theme.text,
    }),
    textEl(
      PAD,
      PAD + TITLE_SIZE + 8 + SUBTITLE_SIZE - 2,
      truncateText(input.subtitle, inner, SUBTITLE_SIZE),
      {
        "font-size": SUBTITLE_SIZE,
        fill: theme.muted,
      },
    ),
  ].join("");

  let y = plot.y + plot.height + 6 + LEGEND_ROW - 4;
  const legend: string[] = [];
  for (const row of rows) {
    for (const [item, x] of row) {
      legend.push(legendMark(item, PAD + x, y));
      legend.push(
        textEl(PAD + x + 18, y, item.label, { "font-size": LEGEND_SIZE, fill: theme.text }),
      );
    }
    y += LEGEND_ROW;
  }
  const credit = creditLines.map((line, i) =>
    textEl(PAD, y + i * CREDIT_LINE, line, { "font-size": CREDIT_SIZE, fill: theme.muted }),
  );

  const titleId = `${input.idPrefix}-title`;
  const descId = `${input.idPrefix}-desc`;
  return {
    plot,
    wrap: (body) =>
      [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="${escapeXml(FONT_FAMILY)}">`,
        `<title id="${titleId}">${escapeXml(input.title)}</title>`,
        `<desc id="${descId}">${escapeXml(input.description)}</desc>`,
        `<rect width="${width}" height="${height}" fill="${theme.background}"/>`,
        `<g class="header">${header}</g>`,
        body,
        `<g class="legend">${legend.join("")}</g>`,
        `<g class="credit">${credit.join("")}</g>`,
        "</svg>\n",
      ].join("\n"),
  };
}
