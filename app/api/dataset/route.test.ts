// /api/dataset: the compact dataset as JSON (ETag, 304) and as a stored gzip file (?packed=gzip).
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { GET } from "./route";

const get = (query: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/api/dataset${query}`, { headers }));

describe("/api/dataset", () => {
  it("answers the compact JSON with an ETag and 304 on revalidation", async () => {
    const response = await get("");
    expect(response.status).toBe(200);
    const json = await response.json();
    expect(json.v).toBe(1);
    expect(json.events.id.length).toBeGreaterThan(0);
    const etag = response.headers.get("etag") as string;
    expect((await get("", { "If-None-Match": etag })).status).toBe(304);
  });

  it("serves the same JSON gzipped once as application/gzip with its own ETag", async () => {
    const plain = Buffer.from(await (await get("")).arrayBuffer());
    const packed = await get("?packed=gzip");
    expect(packed.headers.get("content-type")).toBe("application/gzip");
    expect(packed.headers.get("cache-control")).toContain("no-transform");
    expect(gunzipSync(Buffer.from(await packed.arrayBuffer())).equals(plain)).toBe(true);
    const tag = packed.headers.get("etag") as string;
    expect(tag).not.toBe((await get("")).headers.get("etag"));
    expect((await get("?packed=gzip", { "If-None-Match": tag })).status).toBe(304);
  });

  it("rejects an unknown packing with a 400 naming the parameter", async () => {
    const response = await get("?packed=zip");
    expect(response.status).toBe(400);
    expect((await response.json()).param).toBe("packed");
  });
});
