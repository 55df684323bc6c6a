import { describe, expect, it } from "vitest";
import { CHART_LIMITS, embedParts, parseChartParams, parseEmbedView } from "./api-params";

const chart = (query: string, format: "svg" | "png" = "png") =>
  parseChartParams(new URLSearchParams(query), format);

describe("parseChartParams", () => {
  it("has documented defaults", () => {
    expect(chart("")).toEqual({
      ok: true,
      value: {
        view: "timeline",
        theme: "light",
        width: 1200,
        height: 600,
        scale: 1,
        title: null,
        download: false,
      },
      clamped: [],
    });
  });
  it("reads 300 dpi as scale 3.125", () => {
    const parsed = chart("dpi=300");
    expect(parsed.ok && parsed.value.scale).toBe(3.125);
  });
  it.each([
    ["width=99999", { width: CHART_LIMITS.maxWidth }, ["width"]],
    ["height=1", { height: CHART_LIMITS.minHeight }, ["height"]],
    ["scale=9", { scale: 4 }, ["scale"]],
    ["scale=0.5", { scale: 1 }, ["scale"]],
    ["dpi=1200", { scale: 4 }, ["dpi"]],
    ["width=4000&height=4000&scale=4", { scale: 1.25 }, ["scale"]],
    ["VIEW=x&view=MAP&theme=Dark", { view: "map", theme: "dark" }, []],
  ])("%s → %o (clamped %o)", (query, value, clamped) => {
    const parsed = chart(query);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value).toMatchObject(value);
      expect(parsed.clamped).toEqual(clamped);
    }
  });
  it("cuts a long title at 120 characters without splitting an emoji", () => {
    const parsed = chart(`title=${encodeURIComponent("🇦🇿".repeat(100))}`);
    expect(parsed.ok && Array.from(parsed.value.title ?? "").length).toBe(120);
    expect(parsed.ok && parsed.clamped).toEqual(["title"]);
  });
});

describe("parseEmbedView", () => {
  it.each([
    ["", "both"],
    ["view=map", "map"],
    ["view=list", "list"],
    ["view=TIMELINE", "timeline"],
    ["view=pie", "both"],
  ])("%s → %s", (query, view) => {
    expect(parseEmbedView(new URLSearchParams(query))).toBe(view);
  });
});

describe("embedParts", () => {
  it.each([
    ["both", { timeline: true, map: true, list: true }],
    ["timeline", { timeline: true, map: false, list: false }],
    ["map", { timeline: false, map: true, list: false }],
    ["list", { timeline: false, map: false, list: true }],
  ] as const)("%s shows %o", (view, parts) => {
    expect(embedParts(view)).toEqual(parts);
  });
});
