// The production server behind `npm start`: Next's own request handler for pages, API routes and
// everything else, with the build's immutable assets answered from memory first
// (scripts/static-assets.mjs). Expects a finished build in distDir.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { createStaticAssetHandler, headerRulesFrom, loadStaticAssets } from "./static-assets.mjs";

export async function serve({ root, distDir, port, host }) {
  // The name this machine answers to on that interface (Next builds absolute URLs from it).
  const hostname = host === "0.0.0.0" ? "localhost" : host;
  const app = next({ dev: false, dir: root, hostname, port });
  const [, assets] = await Promise.all([
    app.prepare(),
    loadStaticAssets(path.join(distDir, "static"), {
      compileHints: process.env.COMPILE_HINTS !== "0",
    }),
  ]);
  const manifest = JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8"));
  const serveStaticAsset = createStaticAssetHandler({
    assets,
    headerRules: headerRulesFrom(manifest),
  });
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    if (serveStaticAsset(req, res)) return;
    handle(req, res).catch((error) => {
      console.error(`serve: ${req.method} ${req.url} failed:`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  console.log(`serve: http://${hostname}:${port} (${assets.size} static assets in memory)`);
  return server;
}
