import { describe, expect, it } from "vitest";
import { EMPTY_VIEW_STATE } from "@/lib/view-state";
import { shareLinks } from "./share-links";

const window = { startMs: Date.UTC(2021, 0, 1), endMs: Date.UTC(2022, 0, 1) };

describe("shareLinks", () => {
  const links = shareLinks(
    "https://atlas.example",
    { ...EMPTY_VIEW_STATE, cats: ["war"], place: "baku" },
    window,
    "map",
    {
      width: 800,
      height: 560,
    },
  );
  it("links the page with the committed state and everything else with the visible window", () => {
    expect(links.page).toBe("https://atlas.example/?cat=war&place=baku");
    expect(links.embed).toBe(
      "https://atlas.example/embed?from=2021-01-01&to=2021-12-31&cat=war&place=baku&view=map",
    );
    expect(links.csv).toBe(
      "https://atlas.example/api/events.csv?from=2021-01-01&to=2021-12-31&cat=war&place=baku",
    );
    expect(links.geojson).toContain("/api/events.geojson?from=2021-01-01");
  });
  it("offers SVG, PNG and 300-dpi PNG of both charts", () => {
    expect(links.svg.map).toBe(
      "https://atlas.example/api/chart.svg?from=2021-01-01&to=2021-12-31&cat=war&place=baku&view=map",
    );
    expect(links.png300.timeline).toContain("view=timeline&dpi=300&download=1");
  });
  it("builds an escaped iframe snippet of the chosen size", () => {
    expect(links.snippet).toMatch(
      /^<iframe src="https:\/\/atlas\.example\/embed\?from=2021-01-01&amp;to=2021-12-31&amp;cat=war&amp;place=baku&amp;view=map" width="800" height="560"/,
    );
  });
});
