import { describe, expect, it } from "vitest";
import { eventSpanMs } from "@/lib/dates";
import type { Category, Precision } from "@/lib/schema";
import type { ClientEvent } from "../dashboard/types";
import {
  approxBand,
  binEdges,
  binUnitFor,
  diffItems,
  eventsToBins,
  eventsToItems,
  eventToItem,
  laneOf,
  type TimelineItemSpec,
} from "./to-timeline-items";

function ev(
  id: string,
  start: string,
  end: string | null,
  precision: Precision,
  category: Category = "visit",
  places: string[] = ["baku"],
): ClientEvent {
  return {
    id,
    title: `Event ${id}`,
    category,
    start,
    end,
    precision,
    ...eventSpanMs({ start, end }),
    places,
    origin: null,
    status: "reviewed",
    confidence: 1,
    sourceCount: 1,
  };
}

const none = { place: null, hover: null };

describe("events → timeline items", () => {
  it("draws a single day as a point at UTC midnight", () => {
    const item = eventToItem(ev("a", "2021-07-27", null, "day"), none);
    expect(item).toMatchObject({ type: "point", start: Date.UTC(2021, 6, 27), end: null });
    expect(item.label).toBe("Event a");
    expect(item.tooltip).toBe("27 July 2021 — Event a");
  });

  it("draws a day range as a bar ending after its last day", () => {
    const item = eventToItem(ev("war", "2020-09-27", "2020-11-10", "day", "war"), none);
    expect(item).toMatchObject({
      type: "range",
      group: "conflict",
      start: Date.UTC(2020, 8, 27),
      end: Date.UTC(2020, 10, 11),
    });
  });

  it("draws month and year precision as a faded band over the whole period plus a ≈ label", () => {
    const [band, label] = eventsToItems([ev("m", "2021-10", null, "month")], none);
    expect(band).toMatchObject({
      id: "band:m",
      kind: "band",
      type: "background",
      start: Date.UTC(2021, 9, 1),
      end: Date.UTC(2021, 10, 1),
      group: "diplomacy",
    });
    expect(label).toMatchObject({ id: "m", kind: "event", start: Date.UTC(2021, 9, 1), end: null });
    expect(label?.label).toBe("≈ Event m");
    expect(label?.className).toContain("is-approx");
    const [yearBand, year] = eventsToItems([ev("y", "1991", null, "year", "statement")], none);
    expect(yearBand).toMatchObject({ start: Date.UTC(1991, 0, 1), end: Date.UTC(1992, 0, 1) });
    expect(year?.tooltip).toBe("≈ 1991 — Event y");
    // A day-precision event has no band.
    expect(approxBand(ev("d", "2021-07-27", null, "day"), none)).toBeNull();
    // A month range: the band runs from the first month's start to the last month's end.
    const [rangeBand] = eventsToItems([ev("r", "2021-10", "2021-12", "month")], none);
    expect(rangeBand).toMatchObject({ start: Date.UTC(2021, 9, 1), end: Date.UTC(2022, 0, 1) });
  });

  it("puts categories in story lanes", () => {
    expect(laneOf("war")).toBe("conflict");
    expect(laneOf("ceasefire")).toBe("conflict");
    expect(laneOf("drill")).toBe("military");
    expect(laneOf("meeting")).toBe("diplomacy");
    expect(laneOf("agreement")).toBe("diplomacy");
    expect(laneOf("commemoration")).toBe("memory");
  });

  it("marks a selected place's events and fades the rest; marks hovered counterparts", () => {
    const events = [
      ev("a", "2022-01-01", null, "day", "visit", ["kalbajar"]),
      ev("b", "2022-02-01", null, "day"),
    ];
    const [a, b] = eventsToItems(events, {
      place: "kalbajar",
      hover: { kind: "place", id: "baku" },
    });
    expect(a?.className).toContain("is-place");
    expect(b?.className).toContain("is-faded");
    expect(b?.className).toContain("is-hover");
    expect(a?.className).not.toContain("is-hover");
  });

  it("keeps HTML-like titles as plain label text (the hook sets it with textContent)", () => {
    const e = { ...ev("x", "2022-01-01", null, "day"), title: "<img src=x onerror=alert(1)>" };
    expect(eventToItem(e, none).label).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("bins", () => {
  it("picks a calendar unit for the window", () => {
    expect(binUnitFor(30 * 86_400_000)).toBe("day");
    expect(binUnitFor(365 * 86_400_000)).toBe("week");
    expect(binUnitFor(4 * 365 * 86_400_000)).toBe("month");
    expect(binUnitFor(30 * 365 * 86_400_000)).toBe("year");
  });

  it("aligns edges to UTC calendar boundaries", () => {
    expect(binEdges(Date.UTC(2021, 1, 15), Date.UTC(2021, 4, 2), "month")).toEqual([
      Date.UTC(2021, 1, 1),
      Date.UTC(2021, 2, 1),
      Date.UTC(2021, 3, 1),
      Date.UTC(2021, 4, 1),
      Date.UTC(2021, 5, 1),
    ]);
    // 2021-03-03 is a Wednesday; weeks start on Monday 1 March.
    expect(binEdges(Date.UTC(2021, 2, 3), Date.UTC(2021, 2, 4), "week")[0]).toBe(
      Date.UTC(2021, 2, 1),
    );
  });

  it("counts events per lane and bin, each once, with relative levels", () => {
    const events = [
      ev("a", "2021-03-03", null, "day"),
      ev("b", "2021-03-20", null, "day", "meeting"),
      ev("c", "2021-04-02", null, "day", "drill"),
      ev("war", "2020-09-27", "2020-11-10", "day", "war"),
    ];
    const bins = eventsToBins(
      events,
      { startMs: Date.UTC(2021, 2, 1), endMs: Date.UTC(2021, 5, 1) },
      "month",
    );
    const at = (lane: string, start: number) =>
      bins.find((b) => b.lane === lane && b.start === start);
    expect(at("diplomacy", Date.UTC(2021, 2, 1))).toMatchObject({
      count: 2,
      level: 1,
      end: Date.UTC(2021, 3, 1),
      tooltip: "2 events (Visits & diplomacy) in this month — click to zoom in",
    });
    expect(at("military", Date.UTC(2021, 3, 1))).toMatchObject({ count: 1, level: 0.5 });
    // The war ended before the coverage: not counted. Empty bins are left out.
    expect(bins.some((b) => b.lane === "conflict")).toBe(false);
    expect(bins).toHaveLength(2);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(3);
  });

  it("clamps an event that began before the coverage into its first bin", () => {
    const bins = eventsToBins(
      [ev("war", "2020-09-27", "2021-02-10", "day", "war")],
      { startMs: Date.UTC(2021, 0, 1), endMs: Date.UTC(2021, 3, 1) },
      "month",
    );
    expect(bins).toEqual([
      expect.objectContaining({ lane: "conflict", start: Date.UTC(2021, 0, 1), count: 1 }),
    ]);
  });
});

describe("diff", () => {
  const spec = (id: string, label = id): TimelineItemSpec => ({
    id,
    kind: "event",
    group: "diplomacy",
    type: "point",
    start: 0,
    end: null,
    label,
    tooltip: label,
    className: "ev",
    eventId: id,
  });

  it("adds new items, updates changed ones, removes missing ones, leaves the rest", () => {
    const drawn = new Map([
      ["a", spec("a")],
      ["b", spec("b")],
      ["c", spec("c")],
    ]);
    const diff = diffItems(drawn, [spec("a"), spec("b", "changed"), spec("d")]);
    expect(diff.add.map((s) => s.id)).toEqual(["d"]);
    expect(diff.update.map((s) => s.id)).toEqual(["b"]);
    expect(diff.remove).toEqual(["c"]);
  });

  it("is empty when nothing changed", () => {
    const drawn = new Map([["a", spec("a")]]);
    expect(diffItems(drawn, [spec("a")])).toEqual({ add: [], update: [], remove: [] });
  });
});
