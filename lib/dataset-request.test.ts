// @vitest-environment jsdom
import { gzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { encodeClientDataset } from "./client-dataset";
import { readDataset } from "./data-files";
import { DATASET_PATH, fetchableUrl, preloadedDatasetUrl, requestDataset } from "./dataset-request";

const fixture = readDataset({
  events: "tests/fixtures/dashboard/events.json",
  places: "tests/fixtures/dashboard/places.json",
  sources: "tests/fixtures/dashboard/sources.json",
});
const body = JSON.stringify(encodeClientDataset(fixture.events, fixture.places));

let unique = 0;
const freshUrl = () => `${DATASET_PATH}?v=test-${++unique}`;

describe("requestDataset", () => {
  it("fetches and decodes once per URL, however many ask", async () => {
    const fetcher = vi.fn(async () => new Response(body, { status: 200 }));
    const url = freshUrl();
    const first = requestDataset(url, fetcher);
    const second = requestDataset(url, fetcher);
    expect(second).toBe(first);
    const decoded = await first;
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher).toHaveBeenCalledWith(url);
    expect(decoded.events.map((e) => e.id).sort()).toEqual(fixture.events.map((e) => e.id).sort());
    expect(decoded.places).toHaveLength(fixture.places.length);
    // A later caller (a remounted provider) gets the same decoded objects, not a new download.
    expect(await requestDataset(url, fetcher)).toBe(decoded);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it("names the status of a failed response, and forgets the failure so a retry fetches again", async () => {
    const url = freshUrl();
    const failing = vi.fn(async () => new Response("no", { status: 503 }));
    await expect(requestDataset(url, failing)).rejects.toThrow("the dataset request failed (503)");
    const working = vi.fn(async () => new Response(body, { status: 200 }));
    const decoded = await requestDataset(url, working);
    expect(working).toHaveBeenCalledTimes(1);
    expect(decoded.events).toHaveLength(fixture.events.length);
  });

  it("rejects a body that is not a compact dataset, naming the problem", async () => {
    const url = freshUrl();
    const fetcher = vi.fn(async () => new Response(JSON.stringify({ v: 99 }), { status: 200 }));
    await expect(requestDataset(url, fetcher)).rejects.toThrow("unknown version 99");
  });
});

describe("the stored gzip form (packed=gzip)", () => {
  it("inflates an application/gzip body to the same dataset as the plain JSON", async () => {
    const plain = await requestDataset(
      freshUrl(),
      vi.fn(async () => new Response(body, { status: 200 })),
    );
    const gz = vi.fn(
      async () =>
        new Response(gzipSync(body), {
          status: 200,
          headers: { "content-type": "application/gzip" },
        }),
    );
    const url = `${freshUrl()}&packed=gzip`;
    const packed = await requestDataset(url, gz);
    expect(gz).toHaveBeenCalledWith(url);
    expect(packed).toEqual(plain);
  });

  it("asks for the plain JSON where the browser cannot inflate", () => {
    expect(fetchableUrl("/api/dataset?v=abc&packed=gzip", false)).toBe("/api/dataset?v=abc");
    expect(fetchableUrl("/api/dataset?packed=gzip", false)).toBe("/api/dataset");
    expect(fetchableUrl("/api/dataset?v=abc&packed=gzip", true)).toBe(
      "/api/dataset?v=abc&packed=gzip",
    );
    expect(fetchableUrl("/api/dataset?v=abc", false)).toBe("/api/dataset?v=abc");
  });
});

describe("preloadedDatasetUrl", () => {
  it("reads the dataset URL the server preloads, and nothing else", () => {
    document.head.innerHTML = `
      <link rel="preload" as="script" href="/_next/static/chunks/a.js">
      <link rel="preload" as="fetch" href="/api/other?v=1" crossorigin="">
      <link rel="preload" as="fetch" href="/api/dataset?v=abc%3D" crossorigin="">`;
    expect(preloadedDatasetUrl(document)).toBe("/api/dataset?v=abc%3D");
  });

  it("is null on a page without one (an inlined dataset, another page)", () => {
    document.head.innerHTML = `<link rel="preload" as="fetch" href="/api/datasets-elsewhere">`;
    expect(preloadedDatasetUrl(document)).toBeNull();
  });
});
