import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareIds, formatCount } from "./icu-free";

describe("formatCount", () => {
  it("groups thousands like en-US", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(100000)).toBe("100,000");
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatCount(-12345)).toBe("-12,345");
  });
  it("matches toLocaleString('en-US') for any safe integer", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        (n) => {
          expect(formatCount(n)).toBe(n.toLocaleString("en-US"));
        },
      ),
    );
  });
  it("leaves fractions and non-finite values alone", () => {
    expect(formatCount(1.5)).toBe("1.5");
    expect(formatCount(Number.NaN)).toBe("NaN");
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe("Infinity");
  });
});

describe("compareIds", () => {
  it("orders by code unit and is consistent", () => {
    expect(["b", "a-2", "a-10", "A"].sort(compareIds)).toEqual(["A", "a-10", "a-2", "b"]);
    expect(compareIds("x", "x")).toBe(0);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareIds(a, b)) + Math.sign(compareIds(b, a))).toBe(0);
        expect(compareIds(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
