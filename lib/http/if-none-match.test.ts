import { describe, expect, it } from "vitest";
import { matchesIfNoneMatch } from "./if-none-match.mjs";

describe("matchesIfNoneMatch", () => {
  const etag = '"abc"';
  it.each([
    ["the same tag", '"abc"', true],
    ["a weak form of the tag", 'W/"abc"', true],
    ["the tag inside a list", '"x", W/"abc" , "y"', true],
    ["a star", "*", true],
    ["another tag", '"abd"', false],
    ["a list without the tag", '"x", "y"', false],
    ["the tag without its quotes", "abc", false],
    ["an empty header", "", false],
  ])("%s: %s → %s", (_, header, expected) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(expected);
  });

  it("matches a weak ETag against its strong form", () => {
    expect(matchesIfNoneMatch('"abc"', 'W/"abc"')).toBe(true);
  });

  it("reads Node's repeated headers (an array) as one list", () => {
    expect(matchesIfNoneMatch(['"x"', '"abc"'], etag)).toBe(true);
    expect(matchesIfNoneMatch(['"x"', '"y"'], etag)).toBe(false);
  });

  it("matches nothing without a header", () => {
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });
});
