// The embed from a host page on another origin: it renders, reports its height, the host resizes
// the iframe, interactions stay in the iframe's URL; framing headers and oEmbed discovery.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./fixtures";

/** The auto-resize snippet exactly as docs/embedding.md gives it, pointed at the app. */
function resizeSnippet(embedOrigin: string): string {
  const doc = readFileSync("docs/embedding.md", "utf8");
  const match = doc.match(/```html\n(<script>[\s\S]*?<\/script>)\n```/);
  if (!match?.[1]) throw new Error("docs/embedding.md has no <script> snippet");
  return match[1].replace('"https://atlas.example"', JSON.stringify(embedOrigin));
}

let host: Server;
let hostOrigin = "";
let hostHtml = "";

test.beforeAll(async () => {
  host = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(hostHtml);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test("only /embed may be framed", async ({ request }) => {
  const embed = await request.get("/embed");
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  for (const path of ["/", "/api/chart.svg", "/api/oembed?url=x"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
});

test("/embed carries the oEmbed discovery link, and it answers", async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto("/embed?view=list&cat=war");
  const href = await page
    .locator('link[rel="alternate"][type="application/json+oembed"]')
    .getAttribute("href");
  expect(href).toBeTruthy();
  const url = new URL(href as string);
  expect(url.origin).toBe(new URL(baseURL as string).origin);
  expect(url.searchParams.get("url")).toBe(`${baseURL}/embed?view=list&cat=war`);
  const response = await request.get(`${url.pathname}${url.search}`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.type).toBe("rich");
  expect(body.html).toContain(`${baseURL}/embed?cat=war&amp;view=list`);
});

test("a host page on another origin embeds, resizes and leaves state inside the iframe", async ({
  page,
  request,
  baseURL,
}) => {
  const oembed = await request.get(
    `/api/oembed?format=json&url=${encodeURIComponent(`${baseURL}/?cat=war,ceasefire,visit,meeting&view=list`)}`,
  );
  const { html } = await oembed.json();
  hostHtml = `<!doctype html><html><head><title>Host report</title></head><body style="margin:0">
<h1>A report on another site</h1>
${(html as string).replace('height="720"', 'height="150"')}
<p id="after">After the embed</p>
<script>window.__resizes = []; window.addEventListener("message", function (e) { if (e.data && e.data.type === "event-atlas:resize") window.__resizes.push(e.data.height); });</script>
${resizeSnippet(new URL(baseURL as string).origin)}
</body></html>`;

  await page.goto(`${hostOrigin}/`);
  const frameElement = page.locator("iframe[data-event-atlas-embed]");
  const frame = page.frameLocator("iframe[data-event-atlas-embed]");
  await expect(frame.getByRole("link", { name: /Open full view/ })).toBeVisible();
  await expect(frame.getByText(/Sources:/)).toBeVisible();
  await expect(frame.getByRole("button", { name: /Second Karabakh War/ })).toBeVisible();

  // The embed reported a height and the host's snippet applied it (from the 150 px it started at).
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __resizes: number[] }).__resizes.length),
    )
    .toBeGreaterThan(0);
  const reported = await page.evaluate(() => {
    const list = (window as unknown as { __resizes: number[] }).__resizes;
    return list[list.length - 1] as number;
  });
  expect(reported).toBeGreaterThan(150);
  await expect.poll(async () => (await frameElement.boundingBox())?.height).toBe(reported);

  // Selecting an event inside the iframe writes the iframe's own URL; the host stays put.
  await frame.getByRole("button", { name: /Second Karabakh War/ }).click();
  const embedFrame = page.frames().find((f) => f.url().startsWith(`${baseURL}/embed`));
  expect(embedFrame).toBeTruthy();
  await expect.poll(() => embedFrame?.url()).toContain("event=second-karabakh-war-2020");
  expect(embedFrame?.url()).toContain("cat=war");
  expect(page.url()).toBe(`${hostOrigin}/`);
  const fullView = frame.getByRole("link", { name: /Open full view/ });
  await expect(fullView).toHaveAttribute("href", /event=second-karabakh-war-2020/);
  await expect(fullView).toHaveAttribute("target", "_blank");

  // A hostile message is ignored: no navigation, no error, the embed still works.
  await page.evaluate(() => {
    const f = document.querySelector("iframe") as HTMLIFrameElement;
    f.contentWindow?.postMessage({ type: "event-atlas:navigate", url: "javascript:alert(1)" }, "*");
    f.contentWindow?.postMessage("event-atlas:request-height", "*");
  });
  await expect(frame.getByRole("link", { name: /Open full view/ })).toBeVisible();
  expect(embedFrame?.url()).toContain("event=second-karabakh-war-2020");
});

test("the embed's views: map only and timeline only", async ({ page }) => {
  await page.goto("/embed?view=map");
  await expect(page.locator("[data-embed-view=map]")).toBeVisible();
  await expect(page.getByRole("region", { name: "Map", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline", exact: true })).toHaveCount(0);
  await page.goto("/embed?view=timeline");
  await expect(page.getByRole("region", { name: "Timeline", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Map", exact: true })).toHaveCount(0);
});

test("pictures and downloads from the running app", async ({ request }) => {
  const png = await request.get("/api/chart.png?view=map&width=640&height=360&dpi=300");
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  const bytes = await png.body();
  // PNG IHDR: width and height are big-endian at bytes 16 and 20.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2000, 1125]);
  const csv = await request.get("/api/events.csv?cat=war");
  expect(csv.headers()["content-disposition"]).toMatch(
    /^attachment; filename="event-atlas-events-/,
  );
  const etag = csv.headers().etag as string;
  const again = await request.get("/api/events.csv?cat=war", {
    headers: { "If-None-Match": etag },
  });
  expect(again.status()).toBe(304);
  const bad = await request.get("/api/chart.svg?width=-5");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ param: "width" });
});
