import fc from "fast-check";
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

  it("gives exactly what the straightforward version gave (a full stable sort each round)", () => {
    const circle = fc.record({
      x: fc.integer({ min: 0, max: 120 }),
      y: fc.integer({ min: 0, max: 120 }),
      r: fc.integer({ min: 2, max: 30 }),
      fixed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(circle, { maxLength: 40 }), (circles) => {
        expect(dodgeCircles(circles)).toEqual(straightforwardDodge(circles));
      }),
      { numRuns: 300 },
    );
  });
});

/** The implementation dodgeCircles replaced (plain arrays, a fresh stable sort each round). */
function straightforwardDodge(circles: readonly Circle[]): { dx: number; dy: number }[] {
  const n = circles.length;
  const xs = circles.map((c) => c.x);
  const ys = circles.map((c) => c.y);
  const rs = circles.map((c) => c.r);
  const fixed = circles.map((c) => c.fixed === true);
  const maxR = rs.reduce((m, r) => Math.max(m, r), 0);
  for (let round = 0; round < 40; round++) {
    let moved = false;
    const order = [...xs.keys()].sort((a, b) => (xs[a] ?? 0) - (xs[b] ?? 0));
    for (let oi = 0; oi < n; oi++) {
      const i = order[oi] as number;
      for (let oj = oi + 1; oj < n; oj++) {
        const j = order[oj] as number;
        const dxAll = (xs[j] as number) - (xs[i] as number);
        if (dxAll > 2 * maxR + 2) break;
        if (fixed[i] && fixed[j]) continue;
        const dyAll = (ys[j] as number) - (ys[i] as number);
        const need = (rs[i] as number) + (rs[j] as number) + 2;
        const distSq = dxAll * dxAll + dyAll * dyAll;
        if (distSq >= need * need) continue;
        let dist = Math.sqrt(distSq);
        let ux: number;
        let uy: number;
        if (dist < 1e-6) {
          const angle = (j * 2.399963) % (2 * Math.PI);
          ux = Math.cos(angle);
          uy = Math.sin(angle);
          dist = 0;
        } else {
          ux = dxAll / dist;
          uy = dyAll / dist;
        }
        const push = (need - dist) * (fixed[i] || fixed[j] ? 1 : 0.5);
        if (!fixed[i]) {
          xs[i] = (xs[i] as number) - ux * push;
          ys[i] = (ys[i] as number) - uy * push;
        }
        if (!fixed[j]) {
          xs[j] = (xs[j] as number) + ux * push;
          ys[j] = (ys[j] as number) + uy * push;
        }
        moved = true;
      }
    }
    if (!moved) break;
  }
  return circles.map((c, i) => ({
    dx: Math.round(((xs[i] as number) - c.x) * 10) / 10,
    dy: Math.round(((ys[i] as number) - c.y) * 10) / 10,
  }));
}
