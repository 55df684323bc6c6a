import { describe, expect, it } from "vitest";
import { type LabelRequest, labelBox, placeLabels } from "./place-labels";

const base = { r: 10, width: 60, height: 16, priority: 1 };

describe("placeLabels", () => {
  it("puts a lone label to the right of its marker", () => {
    expect(placeLabels([{ id: "baku", x: 100, y: 100, ...base }]).get("baku")).toBe("right");
  });

  it("moves a label to the left when the right side holds another marker", () => {
    const sides = placeLabels([
      { id: "a", x: 100, y: 100, ...base, priority: 2 },
      { id: "b", x: 140, y: 100, ...base, priority: 1 },
    ]);
    expect(sides.get("a")).toBe("left");
  });

  it("drops the label of the less important place when nothing fits", () => {
    const crowd: LabelRequest[] = [
      { id: "big", x: 100, y: 100, ...base, priority: 10 },
      { id: "small", x: 100, y: 100, ...base, priority: 1 },
    ];
    const sides = placeLabels(crowd);
    expect(sides.get("big")).not.toBeNull();
    expect(sides.get("small")).not.toBe(sides.get("big"));
  });

  it("always labels a forced (selected) place, first", () => {
    const offsets = [
      [50, 0],
      [-50, 0],
      [0, -30],
      [0, 30],
    ] as const;
    const around = offsets.map(([dx, dy], i) => ({
      id: `n${i}`,
      x: 100 + dx,
      y: 100 + dy,
      ...base,
      priority: 100,
    }));
    const sides = placeLabels([...around, { id: "sel", x: 100, y: 100, ...base, force: true }]);
    expect(sides.get("sel")).toBe("right");
  });

  it("keeps labels inside the visible frame (a place at the right edge is named on its left)", () => {
    const frame = { left: 0, top: 0, right: 400, bottom: 300 };
    const sides = placeLabels([{ id: "islamabad", x: 380, y: 150, ...base }], frame);
    expect(sides.get("islamabad")).toBe("left");
    const top = placeLabels([{ id: "t", x: 200, y: 290, ...base }], frame);
    expect(top.get("t")).toBe("right");
  });

  it("places boxes beside the marker, never over it", () => {
    const request = { id: "x", x: 0, y: 0, ...base };
    expect(labelBox(request, "right").left).toBeGreaterThan(10);
    expect(labelBox(request, "left").right).toBeLessThan(-10);
    expect(labelBox(request, "top").bottom).toBeLessThan(-10);
    expect(labelBox(request, "bottom").top).toBeGreaterThan(10);
  });

  it("keeps a name clear of a count badge when another side is free", () => {
    const badgeOnTheRight = { left: 115, top: 90, right: 145, bottom: 110 };
    const sides = placeLabels([{ id: "almaty", x: 100, y: 100, ...base }], undefined, [
      badgeOnTheRight,
    ]);
    expect(sides.get("almaty")).toBe("left");
  });

  it("never drops a name for badges: with badges all around, it takes the first side free of markers", () => {
    const around = [
      { left: 60, top: 60, right: 140, bottom: 88 },
      { left: 60, top: 112, right: 140, bottom: 140 },
      { left: 20, top: 80, right: 88, bottom: 120 },
      { left: 112, top: 80, right: 180, bottom: 120 },
    ];
    const sides = placeLabels(
      [
        { id: "kabul", x: 100, y: 100, ...base, priority: 1 },
        { id: "other", x: 140, y: 100, ...base, priority: 2 },
      ],
      undefined,
      around,
    );
    expect(sides.get("kabul")).toBe("left");
  });
});
