// The Share / Embed dialog on the dashboard and the printed page: from "this view" to a link, an
// iframe, a picture and the data, all carrying the state on screen.
import { expect, test } from "./fixtures";

const VIEW = "/?from=2021-01-01&to=2021-12-31&cat=meeting,agreement,drill&place=baku";

test("the Share dialog offers the link, iframe, pictures and data of the view on screen", async ({
  page,
  request,
}) => {
  await page.goto(VIEW);
  await expect(
    page.getByRole("listitem").filter({ hasText: "Baku Declaration" }).first(),
  ).toBeVisible();
  await page.getByRole("button", { name: "Share / Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Share or embed this view" });
  await expect(dialog).toBeVisible();

  const link = await dialog.getByLabel("Link to this view").inputValue();
  const linkUrl = new URL(link);
  expect(linkUrl.searchParams.get("place")).toBe("baku");
  expect(linkUrl.searchParams.get("cat")).toBe("drill,meeting,agreement");

  await dialog.getByRole("combobox", { name: /^View/ }).selectOption("map");
  const snippet = await dialog.getByLabel("Iframe snippet").inputValue();
  expect(snippet).toMatch(/^<iframe /);
  const embedSrc = new URL(snippet.match(/src="([^"]+)"/)?.[1]?.replaceAll("&amp;", "&") ?? "");
  expect(embedSrc.pathname).toBe("/embed");
  expect(embedSrc.searchParams.get("view")).toBe("map");
  expect(embedSrc.searchParams.get("place")).toBe("baku");
  await expect(
    dialog.frameLocator('iframe[title="Embed preview"]').locator("[data-place-id=baku]"),
  ).toBeVisible();

  // The CSV link holds exactly the events the list shows: Baku, 2021, those categories.
  const csvHref = await dialog.getByRole("link", { name: "CSV" }).getAttribute("href");
  const csv = await request.get(csvHref ?? "");
  expect(csv.status()).toBe(200);
  const rows = (await csv.text()).trim().split("\r\n");
  const listed = await page
    .getByRole("list", { name: /events/i })
    .getByRole("button")
    .count();
  expect(rows.length - 1).toBe(listed);
  expect(rows.slice(1).join("\n")).toContain("Baku Declaration");

  const pngHref = await dialog
    .getByRole("link", { name: "PNG 300 dpi" })
    .first()
    .getAttribute("href");
  const png = await request.get(pngHref ?? "");
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
});

test("printing hides the controls and states the range, filters and sources", async ({ page }) => {
  await page.goto(VIEW);
  await expect(page.getByRole("button", { name: "Share / Embed" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Share / Embed" })).toBeHidden();
  await expect(page.getByRole("searchbox")).toBeHidden();
  const summary = page.getByTestId("print-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("Range: 1 January 2021 – 31 December 2021");
  await expect(summary).toContainText("place: Baku");
  await expect(page.getByRole("heading", { name: /Sources/ })).toBeVisible();
});
