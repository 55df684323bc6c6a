// Colours of the still pictures. Category colours come from the map's palette so a picture and the
// live dashboard agree; the rest is a light and a dark ground for reports and slides.
import { CATEGORY_COLORS, CATEGORY_LABELS } from "../../components/map/category-colors";
import type { Category } from "../schema";

export const THEMES = ["light", "dark"] as const;
export type ThemeName = (typeof THEMES)[number];

export interface ChartTheme {
  background: string;
  text: string;
  muted: string;
  grid: string;
  gridMajor: string;
  band: string;
  water: string;
  land: string;
  border: string;
  /** Text drawn on top of a category colour. */
  onColor: string;
}

export const CHART_THEMES: Record<ThemeName, ChartTheme> = {
  light: {
    background: "#ffffff",
    text: "#0f172a",
    muted: "#475569",
    grid: "#e2e8f0",
    gridMajor: "#94a3b8",
    band: "#f8fafc",
    water: "#e0ecf5",
    land: "#f3f1ec",
    border: "#b8b2a7",
    onColor: "#ffffff",
  },
  dark: {
    background: "#0f172a",
    text: "#f1f5f9",
    muted: "#94a3b8",
    grid: "#1e293b",
    gridMajor: "#475569",
    band: "#131c31",
    water: "#0b1324",
    land: "#26303f",
    border: "#4b5563",
    onColor: "#ffffff",
  },
};

export const FONT_FAMILY = "'DejaVu Sans', sans-serif";

export function categoryColor(category: Category): string {
  return CATEGORY_COLORS[category];
}

export function categoryLabel(category: Category): string {
  return CATEGORY_LABELS[category];
}
