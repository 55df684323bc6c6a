// @vitest-environment jsdom
import L from "leaflet";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OriginLinksLayer } from "./origin-links-layer";
import { arcPoints, type OriginLink } from "./to-origin-links";

const PLACES = {
  islamabad: { lat: 33.69, lon: 73.05 },
  baku: { lat: 40.41, lon: 49.87 },
  ankara: { lat: 39.93, lon: 32.86 },
  shusha: { lat: 39.76, lon: 46.75 },
};
type Name = keyof typeof PLACES;

function link(from: Name, to: Name, count = 1, highlighted = false): OriginLink {
  return {
    key: `${from}>${to}`,
    from,
    to,
    count,
    highlighted,
    points: arcPoints(PLACES[from], PLACES[to]),
  };
}

describe("origin links layer", () => {
  let container: HTMLDivElement;
  let map: L.Map;
  let layer: OriginLinksLayer;
  const paths = () => [
    ...container.querySelectorAll<SVGPathElement>(".leaflet-ea-links-pane path"),
  ];
  const tagged = () =>
    paths()
      .map((p) => p.dataset.link)
      .filter(Boolean)
      .sort();

  beforeEach(() => {
    container = document.createElement("div");
    // jsdom lays nothing out: give the map a size, or every path is clipped away.
    Object.defineProperty(container, "clientWidth", { value: 800 });
    Object.defineProperty(container, "clientHeight", { value: 600 });
    document.body.append(container);
    map = L.map(container, { center: [38, 55], zoom: 4 });
    map.createPane("ea-links");
    layer = new OriginLinksLayer(map, "ea-links");
  });
  afterEach(() => {
    layer.remove();
    map.remove();
    container.remove();
  });

  it("draws one tagged path per link", () => {
    layer.update([link("islamabad", "baku"), link("ankara", "baku", 3, true)]);
    expect(tagged()).toEqual(["ankara>baku", "islamabad>baku"]);
    const highlighted = paths().find((p) => p.dataset.link === "ankara>baku");
    expect(highlighted?.dataset.highlighted).toBe("true");
    expect(highlighted?.getAttribute("stroke")).toBe("#b45309");
  });

  it("reuses the line of a link that left for the next link that comes (no new path)", () => {
    layer.update([link("islamabad", "baku"), link("ankara", "baku")]);
    const before = paths();
    const oldShape = before.map((p) => p.getAttribute("d"));
    layer.update([link("ankara", "baku"), link("islamabad", "shusha", 2)]);
    expect(paths()).toEqual(before);
    expect(tagged()).toEqual(["ankara>baku", "islamabad>shusha"]);
    const reused = paths().find((p) => p.dataset.link === "islamabad>shusha");
    expect(reused?.getAttribute("d")).not.toBe("M0 0");
    expect(oldShape).not.toContain(reused?.getAttribute("d"));
    // The reused line takes the new link's look, dashes included.
    expect(reused?.getAttribute("stroke-dasharray")).toBe("4 5");
    expect(layer.counts()).toEqual({ drawn: 2, spare: 0 });
  });

  it("empties lines whose links left and keeps them until more links come", () => {
    layer.update([link("islamabad", "baku"), link("ankara", "baku"), link("ankara", "shusha")]);
    layer.update([link("ankara", "baku")]);
    expect(tagged()).toEqual(["ankara>baku"]);
    expect(layer.counts()).toEqual({ drawn: 1, spare: 2 });
    const empty = paths().filter((p) => !p.dataset.link);
    expect(empty).toHaveLength(2);
    for (const path of empty) expect(path.getAttribute("d")).toBe("M0 0");
    layer.update([
      link("ankara", "baku"),
      link("baku", "shusha"),
      link("islamabad", "shusha"),
      link("islamabad", "ankara"),
    ]);
    expect(paths()).toHaveLength(4);
    expect(layer.counts()).toEqual({ drawn: 4, spare: 0 });
  });

  it("a reused line that had been highlighted loses the highlight's look", () => {
    layer.update([link("islamabad", "baku", 1, true)]);
    layer.update([link("ankara", "shusha", 1, false)]);
    const path = paths().find((p) => p.dataset.link === "ankara>shusha");
    expect(path?.dataset.highlighted).toBe("false");
    expect(path?.getAttribute("stroke")).toBe("#1e3a8a");
  });

  it("hands a leaving line straight to a coming link: one new shape, no rewrite of an unchanged look", async () => {
    layer.update([link("islamabad", "baku", 2), link("ankara", "baku", 2)]);
    const writes: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) if (r.attributeName) writes.push(r.attributeName);
    });
    for (const path of paths()) observer.observe(path, { attributes: true });
    layer.update([link("ankara", "baku", 2), link("islamabad", "shusha", 2)]);
    await Promise.resolve();
    observer.disconnect();
    expect(tagged()).toEqual(["ankara>baku", "islamabad>shusha"]);
    expect(writes.sort()).toEqual(["d", "data-link"]);
    expect(layer.counts()).toEqual({ drawn: 2, spare: 0 });
  });

  it("gives a reused line the new link's weight when its count differs", () => {
    layer.update([link("islamabad", "baku", 1)]);
    layer.update([link("ankara", "shusha", 5)]);
    const path = paths().find((p) => p.dataset.link === "ankara>shusha");
    expect(path?.getAttribute("stroke-width")).toBe("3.5");
  });
});
