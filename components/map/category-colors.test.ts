import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "@/lib/schema";
import { CATEGORY_COLORS, DIMMED_COLOR } from "./category-colors";

describe("category colours", () => {
  it("match the dashboard theme (timeline, list) exactly", () => {
    const css = readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8");
    for (const category of CATEGORIES) {
      const match = css.match(new RegExp(`--color-${category}:\\s*(#[0-9a-fA-F]{6})`));
      expect(match?.[1]?.toLowerCase(), category).toBe(CATEGORY_COLORS[category]);
    }
  });

  it("keep the dimmed grey apart from every category", () => {
    expect(Object.values(CATEGORY_COLORS)).not.toContain(DIMMED_COLOR);
    expect(new Set(Object.values(CATEGORY_COLORS)).size).toBe(CATEGORIES.length);
  });
});
