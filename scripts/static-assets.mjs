// The build's immutable assets (/_next/static/*: scripts, styles) served from memory, compressed
// once when the server starts. `next start` reads each file from disk and gzips it again on every
// request (~4 ms of the server's one thread per chunk, ~20 chunks a page load): on a small machine
// that competes with the browser for the CPU while a page loads. Here a request costs a lookup.
// Only files present in the build folder at startup are served, so no request path can reach
// outside it; anything else (unknown files, Range requests, other methods) goes on to Next.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { matchesIfNoneMatch } from "../lib/http/if-none-match.mjs";

export const STATIC_PREFIX = "/_next/static/";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

const CONTENT_TYPES = {
  ".js": "application/javascript; charset=UTF-8",
  ".mjs": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".json": "application/json; charset=UTF-8",
  ".map": "application/json; charset=UTF-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=UTF-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
};
/**
 * V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints), put first in every
 * script. A script that starts with it has all its functions compiled while it downloads, on a
 * background thread, instead of each one on the page's main thread the first time it runs. Nearly
 * all of the dashboard's script runs while the page loads (React, the Next runtime, vis-timeline,
 * Leaflet, the views), and the main thread is busy from the first script to the first drawn
 * timeline and map, so that compile time comes straight off "ready" (bench/README.md has the
 * measurements). Other browsers read a comment. `COMPILE_HINTS=0 npm start` serves the scripts
 * as built, to compare.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** A script's bytes with the compile hint first (once); other files as they are. */
export function withCompileHint(extension, bytes) {
  if (extension !== ".js" || bytes.subarray(0, COMPILE_HINT.length).toString() === COMPILE_HINT)
    return bytes;
  return Buffer.concat([Buffer.from(COMPILE_HINT), bytes]);
}

/** Already compressed formats: sent as they are. */
const PRECOMPRESSED = new Set([".woff2", ".woff", ".png", ".jpg", ".webp"]);

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

/**
 * Every file under `staticDir` with a known content type, keyed by its URL path
 * (`/_next/static/chunks/x.js`), with its gzip and brotli forms; scripts start with the compile
 * hint unless `compileHints` is false. A missing folder gives none.
 */
export async function loadStaticAssets(staticDir, { compileHints = true } = {}) {
  let files;
  try {
    files = await listFiles(staticDir);
  } catch (error) {
    if (error?.code === "ENOENT") return new Map();
    throw error;
  }
  const assets = await Promise.all(
    files.map(async (file) => {
      const extension = path.extname(file).toLowerCase();
      const type = CONTENT_TYPES[extension];
      if (!type) return null;
      const built = await readFile(file);
      const raw = compileHints ? withCompileHint(extension, built) : built;
      const compress = !PRECOMPRESSED.has(extension);
      const [gz, br] = compress
        ? await Promise.all([
            gzip(raw, { level: 9 }),
            brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }),
          ])
        : [null, null];
      const urlPath = STATIC_PREFIX + path.relative(staticDir, file).split(path.sep).join("/");
      const etag = `"${createHash("sha256").update(raw).digest("base64url").slice(0, 27)}"`;
      return [urlPath, { type, etag, raw, gzip: gz, br }];
    }),
  );
  return new Map(assets.filter((asset) => asset !== null));
}

/** The encoding to send for an Accept-Encoding header: brotli, then gzip, else none. */
export function pickEncoding(acceptEncoding) {
  const accepted = new Map();
  for (const part of String(acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const quality = q ? Number(q.slice(2)) : 1;
    accepted.set(name, Number.isFinite(quality) ? quality : 0);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return null;
}

/**
 * The `headers()` rules of next.config as the build wrote them (routes-manifest.json), so these
 * responses carry the same security headers as everything Next serves.
 */
export function headerRulesFrom(routesManifest) {
  return (routesManifest?.headers ?? []).map((rule) => {
    if (rule.has || rule.missing)
      throw new Error(`routes-manifest.json: header rule ${rule.source} has conditions`);
    return { pattern: new RegExp(rule.regex), headers: rule.headers };
  });
}

/**
 * A request listener step: answers GET/HEAD for a known static asset and returns true, or returns
 * false and leaves the request to Next.
 */
export function createStaticAssetHandler({ assets, headerRules }) {
  return function serveStaticAsset(req, res) {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (req.headers.range) return false;
    const url = req.url ?? "";
    if (!url.startsWith(STATIC_PREFIX)) return false;
    const pathname = url.split(/[?#]/, 1)[0];
    const asset = assets.get(pathname);
    if (!asset) return false;

    for (const rule of headerRules)
      if (rule.pattern.test(pathname))
        for (const { key, value } of rule.headers) res.setHeader(key, value);
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    res.setHeader("Content-Type", asset.type);
    res.setHeader("ETag", asset.etag);
    res.setHeader("Vary", "Accept-Encoding");
    if (matchesIfNoneMatch(req.headers["if-none-match"], asset.etag)) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    const encoding = asset.br ? pickEncoding(req.headers["accept-encoding"]) : null;
    const body = encoding ? asset[encoding] : asset.raw;
    if (encoding) res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", String(body.length));
    res.statusCode = 200;
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  };
}
