import { describe, expect, it } from "vitest";
import { LANES, laneOf } from "./lanes";
import { CATEGORIES } from "./schema";

describe("lanes", () => {
  it("puts every category in exactly one lane", () => {
    for (const category of CATEGORIES) {
      const holders = LANES.filter((lane) =>
        (lane.categories as readonly string[]).includes(category),
      );
      expect(holders, category).toHaveLength(1);
      expect(laneOf(category)).toBe(holders[0]);
    }
  });
  it("has the four dashboard lanes in order", () => {
    expect(LANES.map((l) => l.label)).toEqual([
      "War & ceasefire",
      "Drills & military",
      "Visits & diplomacy",
      "Commemoration & other",
    ]);
  });
});
