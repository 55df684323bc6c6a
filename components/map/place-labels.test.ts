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
    const around = ["right", "left", "top", "bottom"].map((_, i) => ({
      id: `n${i}`,
      x: 100 + [50, -50, 0, 0][i]!,
      y: 100 + [0, 0, -30, 30][i]!,
      ...base,
      priority: 100,
    }));
    const sides = placeLabels([...around, { id: "sel", x: 100, y: 100, ...base, force: true }]);
    expect(sides.get("sel")).toBe("right");
  });

  it("places boxes beside the marker, never over it", () => {
    const request = { id: "x", x: 0, y: 0, ...base };
    expect(labelBox(request, "right").left).toBeGreaterThan(10);
    expect(labelBox(request, "left").right).toBeLessThan(-10);
    expect(labelBox(request, "top").bottom).toBeLessThan(-10);
    expect(labelBox(request, "bottom").top).toBeGreaterThan(10);
  });
});
