import { describe, expect, it } from "vitest";
import { clampWindow, DAY_MS, limitsFor, panWindow, windowToShow, zoomWindow } from "./window-math";

const extent = { startMs: Date.UTC(1991, 0, 1), endMs: Date.UTC(2024, 0, 1) };
const limits = limitsFor(extent);
const w = { startMs: Date.UTC(2021, 0, 1), endMs: Date.UTC(2022, 0, 1) };

describe("window math", () => {
  it("zooms around the centre and never below a week", () => {
    const z = zoomWindow(w, 0.5, limits);
    expect(z.endMs - z.startMs).toBe((w.endMs - w.startMs) / 2);
    expect((z.startMs + z.endMs) / 2).toBe((w.startMs + w.endMs) / 2);
    let tiny = w;
    for (let i = 0; i < 20; i++) tiny = zoomWindow(tiny, 0.5, limits);
    expect(tiny.endMs - tiny.startMs).toBe(7 * DAY_MS);
  });

  it("pans by a share of the span and stops at the padded extent", () => {
    expect(panWindow(w, 0.25, limits).startMs - w.startMs).toBe((w.endMs - w.startMs) / 4);
    let far = w;
    for (let i = 0; i < 200; i++) far = panWindow(far, 1, limits);
    expect(far.endMs).toBe(limits.max);
    expect(far.endMs - far.startMs).toBe(w.endMs - w.startMs);
  });

  it("clamps a window wider than allowed to the zoom-out limit", () => {
    const c = clampWindow({ startMs: Date.UTC(1900, 0, 1), endMs: Date.UTC(2100, 0, 1) }, limits);
    expect(c.startMs).toBeGreaterThanOrEqual(limits.min);
    expect(c.endMs).toBeLessThanOrEqual(limits.max);
  });

  it("moves to show an event outside the window, keeping the span; not when it is visible", () => {
    const day = { startMs: Date.UTC(2023, 10, 1), endMs: Date.UTC(2023, 10, 2) };
    const moved = windowToShow(w, day, limits) ?? { startMs: 0, endMs: 0 };
    expect(moved.endMs - moved.startMs).toBe(w.endMs - w.startMs);
    expect(moved.startMs).toBeLessThan(day.startMs);
    expect(moved.endMs).toBeGreaterThan(day.endMs);
    expect(
      windowToShow(w, { startMs: Date.UTC(2021, 5, 1), endMs: Date.UTC(2021, 5, 2) }, limits),
    ).toBeNull();
  });
});
