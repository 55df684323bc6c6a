// Pictures of many events: above the thresholds the timeline draws per-lane bins and the map grid
// clusters, so a 5,000-event picture stays small; every event is still counted.
import { describe, expect, it } from "vitest";
import { generateDataset } from "../synth/generate";
import { EMPTY_VIEW_STATE } from "../view-state";
import { clusterPlaceMarks } from "./place-clusters";
import { placeCounts } from "./place-counts";
import { renderChartSvg } from "./render-chart";
import { AGGREGATE_ABOVE, binTimeline } from "./timeline-bins";

const synth = generateDataset({ events: 5000, seed: "7" });
const dataset = { events: synth.events, places: synth.places, sources: synth.sources };
const request = { theme: "light" as const, width: 1200, height: 630, title: null };

describe("aggregated still pictures", () => {
  it("bins count every event in the domain exactly once", () => {
    const domain = { startMs: Date.UTC(1980, 0, 1), endMs: Date.UTC(2030, 0, 1) };
    const binned = binTimeline(dataset.events, domain, 1000);
    expect(binned.bins.reduce((n, b) => n + b.count, 0)).toBe(dataset.events.length);
    expect(binned.maxCount).toBe(Math.max(...binned.bins.map((b) => b.count)));
  });

  it("draws a binned timeline (no per-event marks) above the threshold", () => {
    expect(dataset.events.length).toBeGreaterThan(AGGREGATE_ABOVE);
    const svg = renderChartSvg({ ...request, view: "timeline", state: EMPTY_VIEW_STATE }, dataset);
    expect(svg).toContain('<g class="bins"');
    expect(svg).not.toContain('class="event"');
    expect(svg.length).toBeLessThan(300_000);
  });

  it("groups large counts by thousands in the subtitle and the description", () => {
    const svg = renderChartSvg({ ...request, view: "timeline", state: EMPTY_VIEW_STATE }, dataset);
    expect(svg).toContain("5,000 events");
    expect(svg).not.toMatch(/\b5000 events/);
  });

  it("keeps the selected event as a mark on a binned timeline", () => {
    const id = dataset.events[10]?.id as string;
    const svg = renderChartSvg(
      { ...request, view: "timeline", state: { ...EMPTY_VIEW_STATE, event: id } },
      dataset,
    );
    expect(svg).toContain(`class="event" data-id="${id}"`);
  });

  it("clusters map places per cell, keeping every event counted", () => {
    const counts = placeCounts(dataset.events, dataset.places);
    const marks = counts.map((pc, i) => ({ pc, x: (i * 7) % 1000, y: (i * 13) % 600, r: 4 }));
    const clusters = clusterPlaceMarks(marks);
    expect(clusters.length).toBeLessThan(marks.length);
    expect(clusters.reduce((n, c) => n + c.pc.count, 0)).toBe(
      counts.reduce((n, c) => n + c.count, 0),
    );
    expect(clusters.reduce((n, c) => n + c.members.length, 0)).toBe(marks.length);
  });
});
