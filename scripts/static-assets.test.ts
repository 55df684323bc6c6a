import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  COMPILE_HINT,
  createStaticAssetHandler,
  headerRulesFrom,
  loadStaticAssets,
  pickEncoding,
  type StaticAsset,
  withCompileHint,
} from "./static-assets.mjs";

describe("pickEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip, deflate", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=0.5, br;q=0.1", "br"],
    ["GZIP", "gzip"],
    ["*", "br"],
    ["*, br;q=0", "gzip"],
    ["identity", null],
    ["gzip;q=0, br;q=0", null],
    ["br;q=nonsense, gzip", "gzip"],
    ["", null],
  ])("%j → %s", (header, expected) => {
    expect(pickEncoding(header)).toBe(expected);
  });
  it("treats a missing header as no compression", () => {
    expect(pickEncoding(undefined)).toBeNull();
  });
});

describe("headerRulesFrom", () => {
  it("turns the manifest's rules into patterns over the path", () => {
    const rules = headerRulesFrom({
      headers: [
        {
          source: "/((?!embed(?:/|$)).*)",
          regex: "^(?:/((?!embed(?:/|$)).*))(?:/)?$",
          headers: [{ key: "X-Frame-Options", value: "DENY" }],
        },
      ],
    });
    expect(rules).toHaveLength(1);
    expect(rules[0]?.pattern.test("/_next/static/chunks/a.js")).toBe(true);
    expect(rules[0]?.pattern.test("/embed")).toBe(false);
  });
  it("refuses rules with conditions it cannot evaluate", () => {
    expect(() =>
      headerRulesFrom({
        headers: [{ source: "/x", regex: "^/x$", headers: [], has: [{ type: "header" }] }],
      }),
    ).toThrow(/routes-manifest\.json: header rule \/x has conditions/);
  });
  it("reads a manifest without header rules as none", () => {
    expect(headerRulesFrom({})).toEqual([]);
  });
});

describe("static assets over HTTP", () => {
  let dir: string;
  let server: Server;
  let base: string;
  let assets: Map<string, StaticAsset>;
  const script = `console.log(${JSON.stringify("é".repeat(5000))});\n`;
  const css = "body{color:red}\n".repeat(200);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "static-assets-"));
    mkdirSync(path.join(dir, "chunks", "nested"), { recursive: true });
    writeFileSync(path.join(dir, "chunks", "a.js"), script);
    writeFileSync(path.join(dir, "chunks", "nested", "b.css"), css);
    writeFileSync(path.join(dir, "chunks", "font.woff2"), Buffer.from([1, 2, 3, 4]));
    writeFileSync(path.join(dir, "chunks", "unknown.xyz"), "?");
    assets = await loadStaticAssets(dir);
    const serveStaticAsset = createStaticAssetHandler({
      assets,
      headerRules: headerRulesFrom({
        headers: [
          {
            source: "/:path*",
            regex: "^(?:/(.*))?$",
            headers: [
              { key: "X-Content-Type-Options", value: "nosniff" },
              { key: "Content-Security-Policy", value: "default-src 'self'" },
            ],
          },
          {
            source: "/embed",
            regex: "^/embed(?:/)?$",
            headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }],
          },
        ],
      }),
    });
    server = createServer((req, res) => {
      if (serveStaticAsset(req, res)) return;
      res.statusCode = 418;
      res.end("fell through to next");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  /** Raw response (no automatic decompression, unlike fetch). */
  function get(
    urlPath: string,
    headers: Record<string, string> = {},
    method = "GET",
  ): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = request(`${base}${urlPath}`, { method, headers }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (part: Buffer) => parts.push(part));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(parts),
          }),
        );
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("loads every file with a known type, keyed by its URL path", () => {
    expect([...assets.keys()].sort()).toEqual([
      "/_next/static/chunks/a.js",
      "/_next/static/chunks/font.woff2",
      "/_next/static/chunks/nested/b.css",
    ]);
  });

  it("puts V8's compile hint first in scripts only, and can leave the build as it is", async () => {
    const hinted = assets.get("/_next/static/chunks/a.js") as StaticAsset;
    expect(hinted.raw.toString()).toBe(COMPILE_HINT + script);
    expect(gunzipSync(hinted.gzip as Buffer).toString()).toBe(COMPILE_HINT + script);
    const style = assets.get("/_next/static/chunks/nested/b.css") as StaticAsset;
    expect(style.raw.toString()).toBe(css);
    const asBuilt = await loadStaticAssets(dir, { compileHints: false });
    expect(asBuilt.get("/_next/static/chunks/a.js")?.raw.toString()).toBe(script);
    // Its ETag follows the bytes sent.
    expect(asBuilt.get("/_next/static/chunks/a.js")?.etag).not.toBe(hinted.etag);
  });

  it("does not repeat a compile hint a script already starts with", () => {
    const once = withCompileHint(".js", Buffer.from(`${COMPILE_HINT}f();`));
    expect(once.toString()).toBe(`${COMPILE_HINT}f();`);
    expect(withCompileHint(".json", Buffer.from("{}")).toString()).toBe("{}");
  });

  it("gives a missing build folder no assets", async () => {
    expect((await loadStaticAssets(path.join(dir, "does-not-exist"))).size).toBe(0);
  });

  it("sends brotli when accepted, with the immutable caching and security headers", async () => {
    const res = await get("/_next/static/chunks/a.js", { "Accept-Encoding": "gzip, br" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toBe("default-src 'self'");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(script));
    expect(brotliDecompressSync(res.body).toString()).toBe(COMPILE_HINT + script);
  });

  it("sends gzip to a client without brotli, and the file as it is to one without either", async () => {
    const gz = await get("/_next/static/chunks/nested/b.css", { "Accept-Encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers["content-type"]).toBe("text/css; charset=UTF-8");
    expect(gunzipSync(gz.body).toString()).toBe(css);
    const plain = await get("/_next/static/chunks/nested/b.css");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(css);
  });

  it("sends already compressed formats as they are", async () => {
    const res = await get("/_next/static/chunks/font.woff2", { "Accept-Encoding": "br" });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect([...res.body]).toEqual([1, 2, 3, 4]);
  });

  it("ignores the query string", async () => {
    const res = await get("/_next/static/chunks/a.js?dpl=abc", { "Accept-Encoding": "br" });
    expect(res.status).toBe(200);
  });

  it("answers a matching If-None-Match with 304 and HEAD without a body", async () => {
    const first = await get("/_next/static/chunks/a.js");
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await get("/_next/static/chunks/a.js", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // A weak form of the tag, or the tag in a list, matches too (RFC 9110 weak comparison).
    for (const header of [`W/${etag}`, `"other", ${etag}`, "*"]) {
      const listed = await get("/_next/static/chunks/a.js", { "If-None-Match": header });
      expect(listed.status, header).toBe(304);
    }
    const stale = await get("/_next/static/chunks/a.js", { "If-None-Match": '"other"' });
    expect(stale.status).toBe(200);
    expect(stale.body.length).toBeGreaterThan(0);
    const head = await get("/_next/static/chunks/a.js", { "Accept-Encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
  });

  it.each([
    ["an unknown file", "/_next/static/chunks/missing.js", {}, "GET"],
    ["a file of unknown type", "/_next/static/chunks/unknown.xyz", {}, "GET"],
    ["a path outside the folder", "/_next/static/chunks/../../../etc/passwd", {}, "GET"],
    ["an encoded path outside the folder", "/_next/static/..%2f..%2fpackage.json", {}, "GET"],
    ["a page", "/", {}, "GET"],
    ["a range request", "/_next/static/chunks/a.js", { Range: "bytes=0-10" }, "GET"],
    ["another method", "/_next/static/chunks/a.js", {}, "POST"],
  ])("leaves %s to Next", async (_name, urlPath, headers, method) => {
    const res = await get(urlPath, headers, method);
    expect(res.status).toBe(418);
    expect(res.body.toString()).toBe("fell through to next");
  });
});
