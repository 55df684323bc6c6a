import { readdirSync } from "node:fs";
import { COMPILE_HINT } from "../../scripts/static-assets.mjs";
import { expect, test } from "./fixtures";

const seedIds = readdirSync("seeds")
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""));

test("the home page renders the product name and every seed source from the server", async ({
  page,
}) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Event Atlas");
  for (const id of seedIds)
    await expect(page.getByText(id, { exact: false }).first()).toBeVisible();
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/does-not-exist"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(csp, path).toContain("object-src 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("the page's scripts and styles come from memory: brotli, cached for good, with the security headers", async ({
  request,
}) => {
  const html = await (await request.get("/")).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1] as string,
  );
  expect(assets.length).toBeGreaterThan(3);
  for (const path of assets) {
    const response = await request.get(path, { headers: { "Accept-Encoding": "br" } });
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers["content-encoding"], path).toBe("br");
    expect(headers["cache-control"], path).toBe("public, max-age=31536000, immutable");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    const body = (await response.body()).toString();
    expect(body.length, path).toBeGreaterThan(0);
    // Scripts start with V8's compile hint (scripts/static-assets.mjs).
    if (path.endsWith(".js")) expect(body.startsWith(COMPILE_HINT), path).toBe(true);
  }
  const missing = await request.get("/_next/static/chunks/does-not-exist.js");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["x-content-type-options"]).toBe("nosniff");
});
