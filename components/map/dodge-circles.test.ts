import { describe, expect, it } from "vitest";
import { type Circle, dodgeCircles } from "./dodge-circles";

function overlapAfter(circles: Circle[]): number {
  const offsets = dodgeCircles(circles);
  const moved = circles.map((c, i) => ({
    x: c.x + (offsets[i]?.dx ?? 0),
    y: c.y + (offsets[i]?.dy ?? 0),
    r: c.r,
  }));
  let worst = 0;
  for (let i = 0; i < moved.length; i++)
    for (let j = i + 1; j < moved.length; j++) {
      const a = moved[i] as Circle;
      const b = moved[j] as Circle;
      worst = Math.max(worst, a.r + b.r - Math.hypot(a.x - b.x, a.y - b.y));
    }
  return worst;
}

describe("dodgeCircles", () => {
  it("leaves circles that do not touch where they are", () => {
    expect(
      dodgeCircles([
        { x: 0, y: 0, r: 10 },
        { x: 100, y: 0, r: 10 },
      ]),
    ).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it("separates a tight cluster (Kalbajar, Lachin, Shusha, Aghdam at zoom 4)", () => {
    const cluster = [
      { x: 400, y: 240, r: 12 },
      { x: 408, y: 262, r: 11 },
      { x: 410, y: 258, r: 11 },
      { x: 418, y: 250, r: 11 },
      { x: 414, y: 255, r: 14 },
    ];
    expect(overlapAfter(cluster)).toBeLessThan(1);
  });

  it("fans out circles at exactly the same spot, deterministically", () => {
    const same = [
      { x: 50, y: 50, r: 10 },
      { x: 50, y: 50, r: 10 },
      { x: 50, y: 50, r: 10 },
    ];
    expect(overlapAfter(same)).toBeLessThan(1);
    expect(dodgeCircles(same)).toEqual(dodgeCircles(same));
  });

  it("moves each circle only as far as needed", () => {
    const offsets = dodgeCircles([
      { x: 0, y: 0, r: 10 },
      { x: 10, y: 0, r: 10 },
    ]);
    const spread = (offsets[1]?.dx ?? 0) - (offsets[0]?.dx ?? 0) + 10;
    expect(spread).toBeGreaterThanOrEqual(20);
    expect(spread).toBeLessThan(24);
  });

  it("never moves a fixed circle: the one overlapping it moves the whole way", () => {
    const [wall, free] = dodgeCircles([
      { x: 0, y: 0, r: 10, fixed: true },
      { x: 10, y: 0, r: 10 },
    ]);
    expect(wall).toEqual({ dx: 0, dy: 0 });
    expect(free?.dx).toBeGreaterThanOrEqual(12);
    expect(free?.dx).toBeLessThan(14);
    expect(
      dodgeCircles([
        { x: 0, y: 0, r: 10, fixed: true },
        { x: 5, y: 0, r: 10, fixed: true },
      ]),
    ).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it("handles no circles", () => {
    expect(dodgeCircles([])).toEqual([]);
  });
});
