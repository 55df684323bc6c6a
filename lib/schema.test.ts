import { describe, expect, it } from "vitest";
import { eventSchema, PARTIAL_DATE_PATTERN } from "./schema";

describe("partial dates", () => {
  it("accepts the three precisions and rejects the rest", () => {
    for (const ok of ["2021", "2021-10", "2021-07-27"])
      expect(PARTIAL_DATE_PATTERN.test(ok)).toBe(true);
    for (const bad of ["21", "2021-13", "2021-7-27", "2021-07-32", "2021-07-27T00:00"])
      expect(PARTIAL_DATE_PATTERN.test(bad)).toBe(false);
  });
});

describe("event schema", () => {
  it("names the offending field", () => {
    const result = eventSchema.safeParse({ id: "Bad Id" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain("id");
  });
});
