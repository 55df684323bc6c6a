// The timeline's four lanes: one definition shared by the dashboard's timeline and the server-side
// SVG chart, so a picture and the live view group events the same way.
import type { Category } from "./schema";

export const LANES = [
  { id: "conflict", label: "War & ceasefire", categories: ["war", "ceasefire"] },
  { id: "military", label: "Drills & military", categories: ["drill"] },
  { id: "diplomacy", label: "Visits & diplomacy", categories: ["visit", "meeting", "agreement"] },
  {
    id: "other",
    label: "Commemoration & other",
    categories: ["commemoration", "statement", "other"],
  },
] as const satisfies readonly { id: string; label: string; categories: readonly Category[] }[];

export type Lane = (typeof LANES)[number];
export type LaneId = Lane["id"];

const LANE_BY_CATEGORY = new Map<Category, Lane>(
  LANES.flatMap((lane) => lane.categories.map((c) => [c, lane] as const)),
);

/** The lane a category is drawn in; every category belongs to exactly one lane. */
export function laneOf(category: Category): Lane {
  return LANE_BY_CATEGORY.get(category) ?? LANES[3];
}
