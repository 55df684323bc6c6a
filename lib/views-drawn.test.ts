import { describe, expect, it } from "vitest";
import { viewsDrawnAt } from "./views-drawn";

const at = (path: string) => viewsDrawnAt(new URL(path, "http://localhost:3000"));

describe("viewsDrawnAt", () => {
  it("the dashboard draws the timeline and the map, whatever its view state", () => {
    expect(at("/")).toEqual({ timeline: true, map: true });
    expect(at("/?from=2020-09&to=2020-12&place=baku")).toEqual({ timeline: true, map: true });
  });

  it("an embed draws what its view names, and both for a missing or unknown view", () => {
    expect(at("/embed")).toEqual({ timeline: true, map: true });
    expect(at("/embed?view=both")).toEqual({ timeline: true, map: true });
    expect(at("/embed?view=timeline")).toEqual({ timeline: true, map: false });
    expect(at("/embed?view=map")).toEqual({ timeline: false, map: true });
    expect(at("/embed?view=list")).toEqual({ timeline: false, map: false });
    expect(at("/embed?view=%3Cscript%3E")).toEqual({ timeline: true, map: true });
  });

  it("other pages draw neither", () => {
    expect(at("/sources/azertac-2023")).toEqual({ timeline: false, map: false });
    expect(at("/embedded")).toEqual({ timeline: false, map: false });
    expect(at("/api/chart.svg")).toEqual({ timeline: false, map: false });
  });
});
