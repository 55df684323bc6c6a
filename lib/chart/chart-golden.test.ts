// Golden-file tests of the still pictures: the SVG for a few states must match tests/golden/*.svg
// byte for byte. Update deliberately with `UPDATE_GOLDEN=1 npx vitest run lib/chart/chart-golden.test.ts`
// and review the diff (and the rendered PNGs) before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { readDataset } from "../data-files";
import { parseViewState } from "../view-state";
import type { ChartRequest } from "./chart-types";
import { renderChartSvg } from "./render-chart";

const FIXTURE = path.resolve("tests/fixtures/embed");
const GOLDEN = path.resolve("tests/golden");
const dataset = readDataset({
  events: path.join(FIXTURE, "events.json"),
  places: path.join(FIXTURE, "places.json"),
  sources: path.join(FIXTURE, "sources.json"),
});

const CASES: { name: string; query: string; request: Omit<ChartRequest, "state"> }[] = [
  {
    name: "timeline-all-light",
    query: "",
    request: { view: "timeline", theme: "light", width: 1200, height: 600, title: null },
  },
  {
    name: "timeline-filtered-dark",
    query:
      "from=2020-09&to=2021-12&cat=war,ceasefire,visit,commemoration,drill&event=formula-visit",
    request: {
      view: "timeline",
      theme: "dark",
      width: 900,
      height: 420,
      title: "Escaping <check> & “quotes”",
    },
  },
  {
    name: "map-all-light",
    query: "place=shusha",
    request: { view: "map", theme: "light", width: 1000, height: 640, title: null },
  },
  {
    name: "map-empty-dark",
    query: "q=nothing-matches-this",
    request: { view: "map", theme: "dark", width: 640, height: 400, title: null },
  },
];

function render(query: string, request: Omit<ChartRequest, "state">): string {
  const { state, problems } = parseViewState(new URLSearchParams(query));
  expect(problems).toEqual([]);
  return renderChartSvg({ ...request, state }, dataset);
}

describe("chart SVG golden files", () => {
  it.each(CASES)("$name matches its golden file", ({ name, query, request }) => {
    const svg = render(query, request);
    const file = path.join(GOLDEN, `${name}.svg`);
    if (process.env.UPDATE_GOLDEN === "1") {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, svg);
    }
    expect(existsSync(file), `${file} missing: run with UPDATE_GOLDEN=1 once`).toBe(true);
    expect(svg).toBe(readFileSync(file, "utf8"));
  });

  it("is byte-identical across runs and time zones", () => {
    const { query, request } = CASES[1] as (typeof CASES)[number];
    const first = render(query, request);
    const zone = process.env.TZ;
    try {
      for (const tz of ["Pacific/Kiritimati", "America/Adak", "Asia/Kathmandu"]) {
        process.env.TZ = tz;
        expect(render(query, request)).toBe(first);
      }
    } finally {
      process.env.TZ = zone;
    }
  });

  it.each(CASES)(
    "$name is well-formed SVG that librsvg renders at its size",
    async ({ query, request }) => {
      const meta = await sharp(Buffer.from(render(query, request))).metadata();
      expect(meta.format).toBe("svg");
      expect([meta.width, meta.height]).toEqual([request.width, request.height]);
    },
  );

  it("escapes source text and names itself accessibly", () => {
    const svg = render("", CASES[0]?.request as ChartRequest);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;");
    expect(svg).toContain("Şuşa Qala — İlham Əliyev 🇦🇿 visit");
    expect(svg).toMatch(
      /^<svg [^>]*role="img" aria-labelledby="ea-timeline-title ea-timeline-desc"/,
    );
    expect(svg).toMatch(/<title id="ea-timeline-title">[^<]+<\/title>/);
    expect(svg).toMatch(/<desc id="ea-timeline-desc">Timeline in 4 lanes[^<]*Second Karabakh War/);
    expect(svg).toContain('font-family="&#39;DejaVu Sans&#39;, sans-serif"');
    expect(svg).not.toMatch(/Date|NaN|undefined|Infinity/);
  });

  it("draws the lanes, approximate spans and a credit line naming the sources", () => {
    const svg = render("", CASES[0]?.request as ChartRequest);
    for (const lane of [
      "War &amp; ceasefire",
      "Drills &amp; military",
      "Visits &amp; diplomacy",
      "Commemoration &amp;",
    ])
      expect(svg).toContain(lane);
    expect(svg).toContain("≈ Three Brothers – 2021 drills");
    expect(svg).toMatch(/stroke-dasharray="4 3"/);
    expect(svg).toContain("Sources: Azernews &lt;Baku&gt;; “Three Brothers – 2021 exercise ends”.");
  });

  it("highlights the selected place on the map and sizes circles by count", () => {
    const svg = render("place=shusha", CASES[2]?.request as ChartRequest);
    expect(svg).toMatch(
      /data-id="shusha"><title>Shusha: 3 events<\/title><circle [^>]*stroke-width="2.5"/,
    );
    expect(svg).toMatch(/data-id="karachi"><title>Karachi: 1 event<\/title>/);
    expect(svg).toContain("1 event has no place and is not on the map");
    expect(svg).toContain("Borders: Natural Earth (world-atlas).");
  });
});
