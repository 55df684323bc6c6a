// Marker colours per category: the same hex values as the dashboard theme (app/globals.css
// --color-<category>, used by the timeline and list), so every view and every still picture
// agree; a unit test keeps the two in step. Dimmed markers are hollow rings in DIMMED_COLOR.
import type { Category } from "@/lib/schema";

export const CATEGORY_COLORS: Record<Category, string> = {
  war: "#b91c1c",
  ceasefire: "#0f766e",
  drill: "#c2410c",
  visit: "#1d4ed8",
  meeting: "#6d28d9",
  agreement: "#047857",
  commemoration: "#a16207",
  statement: "#475569",
  other: "#64748b",
};

/** Markers of places with no event in the visible window. */
export const DIMMED_COLOR = "#9ca3af";

/** The ring of a cluster's count badge: no category colour, which would claim one for them all. */
export const CLUSTER_COLOR = "#1e293b";

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
