// The API route handlers called as Next calls them (exported GET with a Request), on the fixture
// dataset: status codes, headers, bodies, and the bad-parameter table (400 naming the parameter
// or a documented clamp, never a 500).
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as chartPng } from "../../app/api/chart.png/route";
import { GET as chartSvg } from "../../app/api/chart.svg/route";
import { GET as eventsCsv } from "../../app/api/events.csv/route";
import { GET as eventsGeoJson } from "../../app/api/events.geojson/route";
import { GET as eventsJson } from "../../app/api/events.json/route";
import { GET as oembed } from "../../app/api/oembed/route";
import { readDataset } from "../data-files";
import { filterEvents } from "../filter-events";
import { eventsFileSchema } from "../schema";
import { parseViewState } from "../view-state";
import { parseCsv } from "./parse-csv";

const FIXTURE = path.resolve("tests/fixtures/embed");
const ORIGIN = "http://atlas.test";
beforeAll(() => {
  process.env.EVENTS_FILE = path.join(FIXTURE, "events.json");
  process.env.PLACES_FILE = path.join(FIXTURE, "places.json");
  process.env.SOURCES_FILE = path.join(FIXTURE, "sources.json");
});
const fixture = () =>
  readDataset({
    events: path.join(FIXTURE, "events.json"),
    places: path.join(FIXTURE, "places.json"),
    sources: path.join(FIXTURE, "sources.json"),
  });

const get = (route: string, query = "", headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${route}${query ? `?${query}` : ""}`, { headers });

type Handler = (request: Request) => Response | Promise<Response>;
const ROUTES: [string, Handler][] = [
  ["/api/chart.svg", chartSvg],
  ["/api/chart.png", chartPng],
  ["/api/events.csv", eventsCsv],
  ["/api/events.geojson", eventsGeoJson],
  ["/api/events.json", eventsJson],
];

describe("bad parameters → 400 naming the parameter", () => {
  const stateCases: [string, string][] = [
    ["from=2021-13-45", "from"],
    ["to=yesterday", "to"],
    ["cat=bogus", "cat"],
    ["place=atlantis", "place"],
    ["place=%3Cscript%3E", "place"],
    ["event=no-such-event", "event"],
    ["reviewed=maybe", "reviewed"],
    [`q=${"x".repeat(300)}`, "q"],
  ];
  for (const [route, handler] of ROUTES)
    it.each(stateCases)(`${route}?%s → 400 %s`, async (query, param) => {
      const response = await handler(get(route, query));
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
      const body = await response.json();
      expect(body.param).toBe(param);
      expect(body.error).toEqual(expect.any(String));
    });

  const chartCases: [string, string][] = [
    ["view=pie", "view"],
    ["view=list", "view"],
    ["theme=neon", "theme"],
    ["width=0", "width"],
    ["width=-5", "width"],
    ["width=abc", "width"],
    ["width=1e3", "width"],
    ["height=12.5", "height"],
    ["download=yes", "download"],
  ];
  it.each(chartCases)("/api/chart.svg?%s → 400 %s", async (query, param) => {
    const response = await chartSvg(get("/api/chart.svg", query));
    expect(response.status).toBe(400);
    expect((await response.json()).param).toBe(param);
  });
  it.each([
    ["scale=0", "scale"],
    ["scale=-1", "scale"],
    ["scale=big", "scale"],
    ["dpi=0", "dpi"],
    ["scale=2&dpi=300", "dpi"],
  ])("/api/chart.png?%s → 400 %s", async (query, param) => {
    const response = await chartPng(get("/api/chart.png", query));
    expect(response.status).toBe(400);
    expect((await response.json()).param).toBe(param);
  });
  it("scale on an SVG is refused rather than ignored", async () => {
    const response = await chartSvg(get("/api/chart.svg", "scale=2"));
    expect(response.status).toBe(400);
    expect((await response.json()).param).toBe("scale");
  });
  it("bom on a download must be 1 or 0", async () => {
    const response = await eventsCsv(get("/api/events.csv", "bom=2"));
    expect((await response.json()).param).toBe("bom");
  });
});

describe("documented clamps", () => {
  it.each([
    ["width=99999", 4000, 600, "width"],
    ["width=10&height=10", 320, 200, "width,height"],
    ["height=123456789012345678901234567890", 1200, 4000, "height"],
  ])("/api/chart.svg?%s is drawn at %i×%i", async (query, width, height, clamped) => {
    const response = await chartSvg(get("/api/chart.svg", query));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-param-clamped")).toBe(clamped);
    const svg = await response.text();
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
  });

  it("PNG scale above 4 is clamped, and the pixel budget lowers it for huge layouts", async () => {
    const big = await chartPng(get("/api/chart.png", "width=4000&height=4000&scale=4"));
    expect(big.status).toBe(200);
    expect(big.headers.get("x-param-clamped")).toBe("scale");
    const meta = await sharp(Buffer.from(await big.arrayBuffer())).metadata();
    expect((meta.width ?? 0) * (meta.height ?? 0)).toBeLessThanOrEqual(25_000_000);
  }, 60_000);
});

describe("pictures", () => {
  it("SVG: image/svg+xml, ETag, Cache-Control, 304 on If-None-Match", async () => {
    const response = await chartSvg(
      get("/api/chart.svg", "view=map&theme=dark&width=800&height=500"),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toMatch(
      /^public, max-age=300, stale-while-revalidate=\d+$/,
    );
    const etag = response.headers.get("etag") as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(await response.text()).toMatch(/^<svg /);
    const again = await chartSvg(
      get("/api/chart.svg", "view=map&theme=dark&width=800&height=500", { "If-None-Match": etag }),
    );
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    const other = await chartSvg(
      get("/api/chart.svg", "view=map&theme=light&width=800&height=500"),
    );
    expect(other.headers.get("etag")).not.toBe(etag);
  });

  it("same canonical state → same ETag whatever the parameter spelling", async () => {
    const a = await chartSvg(get("/api/chart.svg", "cat=war,visit&from=2021"));
    const b = await chartSvg(
      get("/api/chart.svg", "from=2021-01-01&cat=visit,war&theme=light&utm_source=x"),
    );
    expect(a.headers.get("etag")).toBe(b.headers.get("etag"));
    expect(await a.text()).toBe(await b.text());
  });

  it.each([
    ["width=600&height=300", 600, 300, 1, 96],
    ["width=600&height=300&scale=2", 1200, 600, 2, 192],
    ["width=640&height=360&dpi=300", 2000, 1125, 3.125, 300],
    ["view=map&width=500&height=400&scale=1.5&theme=dark", 750, 600, 1.5, 144],
  ])(
    "PNG %s decodes at %i×%i",
    async (query, width, height, _scale, dpi) => {
      const response = await chartPng(get("/api/chart.png", query));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(meta.format).toBe("png");
      expect([meta.width, meta.height]).toEqual([width, height]);
      expect(Math.round(meta.density ?? 0)).toBe(dpi);
    },
    30_000,
  );

  it("download=1 makes an attachment with a filename", async () => {
    const response = await chartPng(get("/api/chart.png", "download=1&from=2021&to=2021"));
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="event-atlas-timeline-2021-01-01-to-2021-12-31.png"',
    );
  });
});

describe("downloads", () => {
  const query = "cat=visit,commemoration,statement,war";
  const expected = () => {
    const dataset = fixture();
    return filterEvents(
      dataset.events,
      parseViewState(new URLSearchParams(query)).state,
      dataset.places,
    );
  };

  it("CSV: the filtered events, RFC 4180, attachment, formula title neutralised", async () => {
    const response = await eventsCsv(get("/api/events.csv", query));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="event-atlas-events-start-to-end.csv"',
    );
    expect(response.headers.get("etag")).toBeTruthy();
    const rows = parseCsv(await response.text());
    expect(rows.slice(1).map((r) => r[0])).toEqual(expected().map((e) => e.id));
    expect(rows.slice(1).map((r) => r[1])).toContain(`'=HYPERLINK("http://evil.example","x")`);
  });

  it("CSV with bom=1 starts with a UTF-8 byte order mark for Excel", async () => {
    const response = await eventsCsv(get("/api/events.csv", "bom=1"));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("GeoJSON: application/geo+json, one feature per event-place, [lon, lat]", async () => {
    const response = await eventsGeoJson(get("/api/events.geojson", query));
    expect(response.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
    const body = await response.json();
    const dataset = fixture();
    const known = new Set(dataset.places.map((p) => p.id));
    const count = expected().reduce((n, e) => n + e.places.filter((p) => known.has(p)).length, 0);
    expect(body.features).toHaveLength(count);
    for (const f of body.features) {
      const place = dataset.places.find((p) => p.id === f.properties.placeId);
      expect(f.geometry.coordinates).toEqual([place?.lon, place?.lat]);
    }
  });

  it("JSON: the filtered events as in data/events.json (valid under the schema)", async () => {
    const response = await eventsJson(get("/api/events.json", query));
    const body = eventsFileSchema.parse(await response.json());
    expect(body.events).toEqual(expected());
  });

  it("ETag and 304 for downloads too", async () => {
    const first = await eventsCsv(get("/api/events.csv", query));
    const etag = first.headers.get("etag") as string;
    const second = await eventsCsv(
      get("/api/events.csv", query, { "If-None-Match": `W/${etag}, "other"` }),
    );
    expect(second.status).toBe(304);
  });
});

describe("oEmbed", () => {
  const ask = async (query: string) => {
    const response = await oembed(get("/api/oembed", query));
    return { status: response.status, body: await response.json(), headers: response.headers };
  };
  const url = (u: string) => `url=${encodeURIComponent(u)}`;

  it("answers rich with the iframe snippet for a dashboard URL", async () => {
    const { status, body, headers } = await ask(
      `${url(`${ORIGIN}/?cat=war&from=2020`)}&format=json`,
    );
    expect(status).toBe(200);
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(body).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Event Atlas",
      width: 960,
      height: 720,
    });
    expect(body.html).toContain(`src="${ORIGIN}/embed?from=2020&amp;cat=war"`);
    expect(body.html).toMatch(/^<iframe [^>]*width="960" height="720"[^>]*><\/iframe>$/);
  });

  it("keeps the embed view and respects maxwidth/maxheight", async () => {
    const { body } = await ask(
      `${url(`${ORIGIN}/embed?view=map&place=baku`)}&maxwidth=500&maxheight=300`,
    );
    expect([body.width, body.height]).toEqual([500, 300]);
    expect(body.html).toContain(`src="${ORIGIN}/embed?place=baku&amp;view=map"`);
  });

  it("escapes what it echoes into the HTML", async () => {
    const { body } = await ask(url(`${ORIGIN}/?q="><script>x</script>`));
    expect(body.html).not.toContain("<script");
    expect(body.html).toContain("q=%22%3E%3Cscript%3Ex%3C%2Fscript%3E");
  });

  it.each([
    [url("https://elsewhere.example/?cat=war"), 404, "url"],
    [url(`${ORIGIN}/events/x`), 404, "url"],
    [url(`${ORIGIN}/api/chart.svg`), 404, "url"],
    [`${url(`${ORIGIN}/`)}&format=xml`, 501, "format"],
    ["format=json", 400, "url"],
    [url("not a url"), 400, "url"],
    [url("javascript:alert(1)"), 400, "url"],
    [`${url(`${ORIGIN}/`)}&maxwidth=-1`, 400, "maxwidth"],
    [`${url(`${ORIGIN}/`)}&maxheight=abc`, 400, "maxheight"],
  ])("?%s → %i naming %s", async (query, status, param) => {
    const result = await ask(query);
    expect(result.status).toBe(status);
    expect(result.body.param).toBe(param);
  });
});

describe("oEmbed origin", () => {
  it("uses the Host header the client sent, not the server's idea of its name", async () => {
    const request = new Request(
      `http://localhost:3000/api/oembed?url=${encodeURIComponent("http://127.0.0.1:3300/?cat=war")}`,
      { headers: { host: "127.0.0.1:3300" } },
    );
    const response = await oembed(request);
    expect(response.status).toBe(200);
    expect((await response.json()).html).toContain('src="http://127.0.0.1:3300/embed?cat=war"');
  });
});
