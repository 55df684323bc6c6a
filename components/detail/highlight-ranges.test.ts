import { describe, expect, it } from "vitest";
import { parseQuoteParam, segmentText } from "./highlight-ranges";

describe("source highlights", () => {
  it("parses start-end and rejects malformed or out-of-range values", () => {
    expect(parseQuoteParam("3-7", 10)).toEqual({ start: 3, end: 7 });
    for (const bad of [undefined, "", "7-3", "3-3", "3-11", "a-b", "-1-4", "3–7", "1e3-2e3"])
      expect(parseQuoteParam(bad, 10)).toBeNull();
  });

  it("cuts the text into plain and marked segments, merging overlaps", () => {
    expect(
      segmentText("abcdefghij", [
        { start: 2, end: 4 },
        { start: 3, end: 6 },
        { start: 8, end: 10 },
      ]),
    ).toEqual([
      { text: "ab", mark: 0 },
      { text: "cdef", mark: 1 },
      { text: "gh", mark: 0 },
      { text: "ij", mark: 2 },
    ]);
    expect(segmentText("abc", [])).toEqual([{ text: "abc", mark: 0 }]);
  });
});
