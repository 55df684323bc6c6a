// Nearby places (Kalbajar, Lachin, Shusha, Aghdam are a few km apart) would pile their markers on
// top of each other at the zoom that also shows Islamabad. This pushes overlapping circles apart
// in screen space, just enough to separate them; the layer draws a leader line back to the true
// position. Pure and deterministic, so the same view always lays out the same way.

export interface Circle {
  x: number;
  y: number;
  r: number;
  /** Never moved: a circle that overlaps it moves the whole way instead of half. */
  fixed?: boolean;
}

export interface Offset {
  dx: number;
  dy: number;
}

const GAP = 2;
const ITERATIONS = 40;

/** Offsets that keep circles from overlapping (approximately, after a fixed number of rounds). */
export function dodgeCircles(circles: readonly Circle[]): Offset[] {
  const n = circles.length;
  const xs = circles.map((c) => c.x);
  const ys = circles.map((c) => c.y);
  const rs = circles.map((c) => c.r);
  const fixed = circles.map((c) => c.fixed === true);
  // Sort by x once: only circles within the widest possible reach need to be compared.
  const maxR = rs.reduce((m, r) => Math.max(m, r), 0);
  for (let round = 0; round < ITERATIONS; round++) {
    let moved = false;
    const order = [...xs.keys()].sort((a, b) => (xs[a] ?? 0) - (xs[b] ?? 0));
    for (let oi = 0; oi < n; oi++) {
      const i = order[oi] as number;
      for (let oj = oi + 1; oj < n; oj++) {
        const j = order[oj] as number;
        const dxAll = (xs[j] as number) - (xs[i] as number);
        if (dxAll > 2 * maxR + GAP) break;
        if (fixed[i] && fixed[j]) continue;
        const dyAll = (ys[j] as number) - (ys[i] as number);
        const need = (rs[i] as number) + (rs[j] as number) + GAP;
        const distSq = dxAll * dxAll + dyAll * dyAll;
        if (distSq >= need * need) continue;
        let dist = Math.sqrt(distSq);
        let ux: number;
        let uy: number;
        if (dist < 1e-6) {
          // Same spot: fan out by index so the result does not depend on floating noise.
          const angle = (j * 2.399963) % (2 * Math.PI);
          ux = Math.cos(angle);
          uy = Math.sin(angle);
          dist = 0;
        } else {
          ux = dxAll / dist;
          uy = dyAll / dist;
        }
        const share = fixed[i] || fixed[j] ? 1 : 0.5;
        const push = (need - dist) * share;
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
