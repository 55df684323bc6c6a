import { describe, expect, it } from "vitest";
import { nextListScroll, visibleRowRange } from "./visible-rows";

describe("visible rows", () => {
  it("renders the rows in view plus overscan", () => {
    expect(visibleRowRange(0, 400, 80, 100_000, 5)).toEqual({ first: 0, last: 10 });
    expect(visibleRowRange(8_000, 400, 80, 100_000, 5)).toEqual({ first: 95, last: 110 });
  });
  it("stays inside the list", () => {
    expect(visibleRowRange(1_000_000, 400, 80, 10, 5)).toEqual({ first: 10, last: 10 });
    expect(visibleRowRange(0, 400, 80, 0, 5)).toEqual({ first: 0, last: 0 });
  });
});

describe("list scroll state", () => {
  const at = { top: 840, height: 600 };
  it("keeps the state when the list only got shorter at the same scroll position", () => {
    expect(nextListScroll(at, 840, 520)).toBe(at);
    expect(nextListScroll(at, 840, 600)).toBe(at);
  });
  it("takes a scroll or a taller list", () => {
    expect(nextListScroll(at, 924, 600)).toEqual({ top: 924, height: 600 });
    expect(nextListScroll(at, 840, 700)).toEqual({ top: 840, height: 700 });
    expect(nextListScroll(at, 0, 520)).toEqual({ top: 0, height: 520 });
  });
  it("still covers the viewport with the rows it renders after shrinking", () => {
    const kept = nextListScroll(at, 840, 400);
    const shown = visibleRowRange(kept.top, kept.height, 84, 1_000, 0);
    const needed = visibleRowRange(840, 400, 84, 1_000, 0);
    expect(shown.first).toBeLessThanOrEqual(needed.first);
    expect(shown.last).toBeGreaterThanOrEqual(needed.last);
  });
});
