import { describe, expect, it } from "vitest";
import { transferBytes, transferKind } from "./transfer";

describe("transferKind", () => {
  it.each([
    ["http://h/_next/static/chunks/a.js", "script", "js"],
    ["http://h/_next/static/chunks/a.js?v=1", "link", "js"],
    ["http://h/x.mjs", "script", "js"],
    ["http://h/_next/static/chunks/a.css", "link", "other"],
    ["http://h/api/dataset?v=1&packed=gzip", "link", "data"],
    ["http://h/api/dataset?v=1", "fetch", "data"],
    ["http://h/bench/data", "xmlhttprequest", "data"],
    ["http://h/icon.svg", "img", "other"],
    ["not a url", "fetch", "other"],
  ])("%s (%s) → %s", (url, initiatorType, kind) => {
    expect(transferKind({ url, initiatorType })).toBe(kind);
  });
});

describe("transferBytes", () => {
  it("adds the navigation as html and each resource to its kind", () => {
    expect(
      transferBytes({
        navigation: 8_000,
        resources: [
          { url: "http://h/a.js", initiatorType: "script", transferSize: 1_000 },
          { url: "http://h/b.js", initiatorType: "script", transferSize: 500 },
          { url: "http://h/api/dataset?v=1", initiatorType: "link", transferSize: 170_000 },
          // The fetch() that took the preloaded response: nothing more on the wire.
          { url: "http://h/api/dataset?v=1", initiatorType: "fetch", transferSize: 0 },
          { url: "http://h/a.css", initiatorType: "link", transferSize: 300 },
        ],
      }),
    ).toEqual({ html: 8_000, js: 1_500, data: 170_000, other: 300 });
  });
});
