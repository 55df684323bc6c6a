import { describe, expect, it } from "vitest";
import { visibleRowRange } from "./visible-rows";

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
