import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClientEvent, ClientPlace } from "@/components/dashboard/types";
import { arcPoints, type LinkContext, MAX_LINKS, toOriginLinks } from "./to-origin-links";

function place(id: string, lat: number, lon: number): ClientPlace {
  return { id, name: id, country: "AZ", kind: "city", lat, lon };
}
function event(
  id: string,
  places: string[],
  origin: string | null,
  startMs: number,
  endMs: number,
): ClientEvent {
  return {
    id,
    title: id,
    category: "visit",
    start: "2023",
    end: null,
    precision: "year",
    startMs,
    endMs,
    places,
    origin,
    status: "reviewed",
    confidence: 1,
    sourceCount: 1,
  };
}

const places = [
  place("baku", 40.41, 49.87),
  place("islamabad", 33.69, 73.05),
  place("shusha", 39.76, 46.75),
];
const WINDOW = { startMs: 100, endMs: 200 };
const inWindow = (events: ClientEvent[]) =>
  events.filter((e) => e.startMs < WINDOW.endMs && e.endMs > WINDOW.startMs);

describe("toOriginLinks", () => {
  const all = [
    event("a", ["baku"], "islamabad", 120, 130),
    event("b", ["baku", "shusha"], "islamabad", 150, 160),
    event("c", ["baku"], null, 150, 160),
    event("old", ["shusha"], "baku", 10, 20),
    event("self", ["baku"], "baku", 150, 160),
    event("unknown", ["nowhere"], "islamabad", 150, 160),
  ];
  // The store hands the map the events of the window (windowEvents).
  const events = inWindow(all);
  const context: LinkContext = {
    placeById: new Map(places.map((p) => [p.id, p])),
    eventById: new Map(all.map((e) => [e.id, e])),
    selectedEvent: null,
    hover: null,
  };

  it("draws one link per origin/destination pair for events in the window", () => {
    const links = toOriginLinks(events, context);
    expect(links.map((l) => [l.key, l.count])).toEqual([
      ["islamabad>baku", 2],
      ["islamabad>shusha", 1],
    ]);
  });

  it("starts at the origin and ends at the destination", () => {
    const [link] = toOriginLinks(events, context);
    expect(link?.points[0]).toEqual([33.69, 73.05]);
    expect(link?.points.at(-1)).toEqual([40.41, 49.87]);
  });

  it("highlights the links of the selected or hovered event", () => {
    const selected = toOriginLinks(events, { ...context, selectedEvent: "b" });
    expect(selected.filter((l) => l.highlighted).map((l) => l.key)).toEqual([
      "islamabad>baku",
      "islamabad>shusha",
    ]);
    const hovered = toOriginLinks(events, { ...context, hover: { kind: "event", id: "a" } });
    expect(hovered.filter((l) => l.highlighted).map((l) => l.key)).toEqual(["islamabad>baku"]);
  });

  it("keeps the selected event's link even outside the window", () => {
    const links = toOriginLinks(events, { ...context, selectedEvent: "old" });
    expect(links.find((l) => l.key === "baku>shusha")?.highlighted).toBe(true);
  });

  it("draws nothing when no event has an origin", () => {
    expect(toOriginLinks([all[2] as ClientEvent], context)).toEqual([]);
  });
});

describe("many links", () => {
  it("keeps the busiest links and the highlighted one when there are too many", () => {
    const many: ClientPlace[] = Array.from({ length: 400 }, (_, i) =>
      place(`p${i}`, i / 10, i / 10),
    );
    const byId = new Map(many.map((p) => [p.id, p]));
    const events = many.slice(1).map((p, i) => event(`e${i}`, [p.id], "p0", 150, 160));
    events.push(event("busy-1", ["p5"], "p0", 150, 160), event("busy-2", ["p5"], "p0", 150, 160));
    const links = toOriginLinks(events, {
      placeById: byId,
      eventById: new Map(events.map((e) => [e.id, e])),
      hover: null,
      selectedEvent: "e398",
    });
    expect(links).toHaveLength(MAX_LINKS);
    expect(links[0]?.key).toBe("p0>p399");
    expect(links[0]?.highlighted).toBe(true);
    expect(links[1]).toMatchObject({ key: "p0>p5", count: 3 });
  });
});

describe("toOriginLinks picks the links to draw", () => {
  const many: ClientPlace[] = Array.from({ length: 30 }, (_, i) => place(`p${i}`, i, i * 2));
  const placeById = new Map(many.map((p) => [p.id, p]));

  it("as a stable sort of all pairs (focused first, then busiest) cut to MAX_LINKS would", () => {
    const pairs = fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 29 }));
    fc.assert(
      fc.property(
        fc.array(pairs, { maxLength: 400 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (pairList, focusPicks) => {
          const events = pairList.map(([from, to], i) =>
            event(`e${i}`, [`p${to}`], `p${from}`, 150, 160),
          );
          const focus = events[focusPicks[0] ?? -1] ?? null;
          const links = toOriginLinks(events, {
            placeById,
            eventById: new Map(events.map((e) => [e.id, e])),
            hover: null,
            selectedEvent: focus?.id ?? null,
          });
          // The reference: every pair counted in first-seen order, stably sorted, cut.
          const counts = new Map<string, number>();
          for (const e of events)
            if (e.origin !== e.places[0]) {
              const key = `${e.origin}>${e.places[0]}`;
              counts.set(key, (counts.get(key) ?? 0) + 1);
            }
          const focusKey =
            focus && focus.origin !== focus.places[0] ? `${focus.origin}>${focus.places[0]}` : null;
          const expected = [...counts]
            .sort((a, b) => Number(b[0] === focusKey) - Number(a[0] === focusKey) || b[1] - a[1])
            .slice(0, MAX_LINKS)
            .map(([key, count]) => ({ key, count, highlighted: key === focusKey }));
          expect(links.map(({ key, count, highlighted }) => ({ key, count, highlighted }))).toEqual(
            expected,
          );
        },
      ),
    );
  });

  it("gives a link the very same points on every call", () => {
    const events = [event("a", ["p2"], "p1", 150, 160)];
    const context = { placeById, eventById: new Map(), hover: null, selectedEvent: null };
    const [first] = toOriginLinks(events, context);
    const [second] = toOriginLinks([...events, event("b", ["p3"], "p1", 150, 160)], context);
    expect(second?.key).toBe("p1>p2");
    expect(second?.points).toBe(first?.points);
    expect(first?.points).toEqual(arcPoints(many[1] as ClientPlace, many[2] as ClientPlace));
  });
});

describe("arcPoints", () => {
  it("bows away from the straight line", () => {
    const points = arcPoints({ lat: 0, lon: 0 }, { lat: 0, lon: 10 }, 10);
    expect(points).toHaveLength(11);
    const middle = points[5];
    expect(middle?.[1]).toBeCloseTo(5);
    expect(Math.abs(middle?.[0] ?? 0)).toBeGreaterThan(0.5);
  });
});
