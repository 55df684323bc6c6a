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

/**
 * Offsets that keep circles from overlapping (approximately, after a fixed number of rounds).
 * Each round visits the pairs in order of x (ties by position in `circles`), so only circles
 * within the widest possible reach are compared; the order is kept between rounds and re-sorted
 * by insertion, as circles move little from one round to the next.
 */
export function dodgeCircles(circles: readonly Circle[]): Offset[] {
  const n = circles.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const rs = new Float64Array(n);
  const fixed = new Uint8Array(n);
  const order = new Int32Array(n);
  let maxR = 0;
  circles.forEach((c, i) => {
    xs[i] = c.x;
    ys[i] = c.y;
    rs[i] = c.r;
    fixed[i] = c.fixed === true ? 1 : 0;
    order[i] = i;
    if (c.r > maxR) maxR = c.r;
  });
  const reach = 2 * maxR + GAP;
  for (let round = 0; round < ITERATIONS; round++) {
    sortByX(order, xs);
    let moved = false;
    for (let oi = 0; oi < n; oi++) {
      const i = order[oi] as number;
      for (let oj = oi + 1; oj < n; oj++) {
        const j = order[oj] as number;
        const dxAll = (xs[j] as number) - (xs[i] as number);
        if (dxAll > reach) break;
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

/** Insertion sort of `order` by x, ties by index: linear when the order is nearly right already. */
function sortByX(order: Int32Array, xs: Float64Array): void {
  for (let k = 1; k < order.length; k++) {
    const item = order[k] as number;
    const x = xs[item] as number;
    let at = k - 1;
    while (at >= 0) {
      const other = order[at] as number;
      const otherX = xs[other] as number;
      if (otherX < x || (otherX === x && other < item)) break;
      order[at + 1] = other;
      at--;
    }
    order[at + 1] = item;
  }
}
