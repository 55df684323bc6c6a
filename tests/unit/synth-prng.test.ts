import { describe, expect, it } from "vitest";
import { createRng, hashSeed, weightedSampler } from "@/lib/synth/prng";

describe("synth prng", () => {
  it("repeats the same stream for the same seed, numeric or textual", () => {
    const a = createRng(42);
    const b = createRng("42");
    const xs = Array.from({ length: 100 }, () => a.next());
    const ys = Array.from({ length: 100 }, () => b.next());
    expect(xs).toEqual(ys);
    expect(hashSeed(1)).not.toBe(hashSeed(2));
  });

  it("stays in range", () => {
    const rng = createRng("range");
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = rng.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
    }
  });

  it("samples by weight and never picks a zero-weight item", () => {
    const rng = createRng(7);
    const draw = weightedSampler(["a", "b", "c"], [1, 0, 3]);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++) {
      const item = draw(rng);
      counts[item] = (counts[item] ?? 0) + 1;
    }
    expect(counts.b).toBe(0);
    expect((counts.c ?? 0) / (counts.a ?? 1)).toBeGreaterThan(2.5);
    expect((counts.c ?? 0) / (counts.a ?? 1)).toBeLessThan(3.5);
  });

  it("rejects mismatched weights", () => {
    expect(() => weightedSampler(["a"], [])).toThrow(/weights/);
    expect(() => createRng(1).pick([])).toThrow(/empty/);
  });
});
