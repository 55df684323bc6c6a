// Marker colours per category. Picked to stay distinct from each other and from the muted
// basemap (warm grey land, pale blue water); dimmed markers use DIMMED_COLOR instead.
import type { Category } from "@/lib/schema";

export const CATEGORY_COLORS: Record<Category, string> = {
  war: "#c81e1e",
  ceasefire: "#0f766e",
  drill: "#6d28d9",
  visit: "#1d4ed8",
  meeting: "#c2410c",
  agreement: "#15803d",
  commemoration: "#a16207",
  statement: "#475569",
  other: "#52525b",
};

/** Markers of places with no event in the visible window. */
export const DIMMED_COLOR = "#9ca3af";

export const CATEGORY_LABELS: Record<Category, string> = {
  war: "war",
  ceasefire: "ceasefire",
  drill: "military drill",
  visit: "visit",
  meeting: "meeting",
  agreement: "agreement",
  commemoration: "commemoration",
  statement: "statement",
  other: "other",
};
