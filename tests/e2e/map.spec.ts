// The map in the real dashboard, production build, real seed data: offline basemap, one focusable
// marker per place, keyboard selection synced to the URL, dimming by window, no outside requests.
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const HOME = "/";
const places = JSON.parse(
  readFileSync(path.join(process.cwd(), "data", "places.json"), "utf8"),
) as { id: string; name: string }[];
const nameOf = (id: string) => places.find((p) => p.id === id)?.name ?? id;
const events = (
  JSON.parse(readFileSync(path.join(process.cwd(), "data", "events.json"), "utf8")) as {
    events: {
      id: string;
      places: string[];
      origin?: string | null;
      start: string;
      end: string | null;
    }[];
  }
).events;
const eventsAt = (id: string) => events.filter((e) => e.places.includes(id));
const plural = (n: number) => `${n} event${n === 1 ? "" : "s"}`;

const marker = (page: Page, id: string) => page.locator(`.ea-place[data-place-id="${id}"]`);

/** Every request the page makes, to prove nothing leaves the machine. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

function outsideRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    if (url.startsWith("data:") || url.startsWith("blob:")) return false;
    return new URL(url).hostname !== "127.0.0.1";
  });
}

test.describe("map", () => {
  test("draws the offline basemap and one marker per place, without outside requests", async ({
    page,
  }) => {
    const urls = recordRequests(page);
    await page.goto(HOME);
    for (const id of ["baku", "islamabad", "kalbajar", "shusha"]) {
      await expect(marker(page, id)).toBeVisible();
    }
    // One marker per place, never one per event.
    const ids = await page
      .locator(".ea-place")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-place-id")));
    expect(new Set(ids).size).toBe(ids.length);
    // Natural Earth countries drawn as vectors, with readable country names.
    await expect.poll(() => page.locator(".leaflet-ea-land-pane path").count()).toBeGreaterThan(1);
    await expect(page.locator(".ea-country-label span", { hasText: "Iran" })).toBeVisible();
    await expect(page.locator(".leaflet-control-attribution")).toContainText("Natural Earth");
    await page.waitForLoadState("networkidle");
    expect(outsideRequests(urls), "requests to other hosts").toEqual([]);
    expect(urls.some((url) => /tile|\{z\}/.test(url))).toBe(false);
  });

  test("every marker's accessible name begins with its place's name", async ({ page }) => {
    await page.goto(HOME);
    await expect(marker(page, "baku")).toBeVisible();
    const labels = await page.locator(".ea-place").evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute("data-place-id") ?? "",
        label: el.getAttribute("aria-label") ?? "",
        role: el.getAttribute("role"),
        tabIndex: (el as HTMLElement).tabIndex,
      })),
    );
    expect(labels.length).toBeGreaterThanOrEqual(4);
    for (const { id, label, role, tabIndex } of labels) {
      expect(label.startsWith(`${nameOf(id)},`), `${id}: "${label}"`).toBe(true);
      expect(label).toMatch(/\d+ events?|no events/);
      expect(role).toBe("button");
      expect(tabIndex).toBe(0);
    }
    await expect(marker(page, "kalbajar")).toHaveAttribute(
      "aria-label",
      new RegExp(`^Kalbajar, ${plural(eventsAt("kalbajar").length)}`),
    );
  });

  test("markers are reached with Tab", async ({ page }) => {
    await page.goto(HOME);
    await expect(marker(page, "baku")).toBeVisible();
    let reached: { id: string | null; label: string | null } | null = null;
    for (let i = 0; i < 200 && !reached?.id; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => {
        const el = document.activeElement;
        return {
          id: el?.getAttribute("data-place-id") ?? null,
          label: el?.getAttribute("aria-label") ?? null,
        };
      });
    }
    expect(reached?.id, "a place marker takes focus from the keyboard").toBeTruthy();
    expect(reached?.label?.startsWith(`${nameOf(reached?.id ?? "")},`)).toBe(true);
  });

  test("Enter selects Kalbajar (marker and URL), Escape clears it", async ({ page }) => {
    await page.goto(HOME);
    const kalbajar = marker(page, "kalbajar");
    await expect(kalbajar).toHaveAttribute("data-selected", "false");
    await kalbajar.focus();
    await page.keyboard.press("Enter");
    await expect(kalbajar).toHaveAttribute("data-selected", "true");
    await expect(kalbajar).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(/[?&]place=kalbajar(&|$)/);
    await expect(kalbajar).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(kalbajar).toHaveAttribute("data-selected", "false");
    await expect(kalbajar).toHaveAttribute("aria-pressed", "false");
    await expect(page).not.toHaveURL(/[?&]place=/);
    // Space selects too.
    await kalbajar.focus();
    await page.keyboard.press(" ");
    await expect(kalbajar).toHaveAttribute("data-selected", "true");
  });

  test("clicking a marker selects the place; clicking again clears it", async ({ page }) => {
    await page.goto(HOME);
    const baku = marker(page, "baku");
    await baku.click();
    await expect(baku).toHaveAttribute("data-selected", "true");
    await expect(page).toHaveURL(/[?&]place=baku(&|$)/);
    await expect(page.locator('.ea-place[data-selected="true"]')).toHaveCount(1);
    await baku.click();
    await expect(baku).toHaveAttribute("data-selected", "false");
    await expect(page).not.toHaveURL(/[?&]place=/);
  });

  test("a place selected in the URL shows as selected on load", async ({ page }) => {
    await page.goto(`${HOME}?place=shusha`);
    await expect(marker(page, "shusha")).toHaveAttribute("data-selected", "true");
    await expect(marker(page, "baku")).toHaveAttribute("data-selected", "false");
  });

  test("a 2023 window dims Kalbajar but keeps it; Baku stays lit", async ({ page }) => {
    await page.goto(`${HOME}?from=2023-01-01&to=2023-12-31`);
    const kalbajar = marker(page, "kalbajar");
    await expect(kalbajar).toBeVisible();
    await expect(kalbajar).toHaveAttribute("data-dimmed", "true");
    // The seeds have no 2023 event at Kalbajar (its events are from 2020 and 2022).
    expect(eventsAt("kalbajar").some((e) => e.start.startsWith("2023"))).toBe(false);
    await expect(kalbajar).toHaveAttribute(
      "aria-label",
      `Kalbajar, ${plural(eventsAt("kalbajar").length)}, none in view`,
    );
    await expect(marker(page, "baku")).toHaveAttribute("data-dimmed", "false");
    // And the default window shows Kalbajar's 2022 visit.
    await page.goto(`${HOME}?from=2022-01-01&to=2022-12-31`);
    await expect(marker(page, "kalbajar")).toHaveAttribute("data-dimmed", "false");
  });

  test("hovering a marker highlights it and shows its tooltip as text", async ({ page }) => {
    await page.goto(HOME);
    const baku = marker(page, "baku");
    await baku.hover();
    await expect(baku).toHaveAttribute("data-highlighted", "true");
    const tooltip = page.locator(".leaflet-tooltip.ea-tooltip-frame");
    await expect(tooltip).toBeVisible();
    await expect(tooltip.locator("strong")).toHaveText("Baku");
    await page.mouse.move(5, 5);
    await expect(baku).toHaveAttribute("data-highlighted", "false");
  });

  test("the map has no serious or critical accessibility violations", async ({ page }) => {
    await page.goto(`${HOME}?place=kalbajar`);
    await expect(marker(page, "kalbajar")).toHaveAttribute("data-selected", "true");
    await expect.poll(() => page.locator(".leaflet-ea-land-pane path").count()).toBeGreaterThan(1);
    const results = await new AxeBuilder({ page }).include(".ea-map").analyze();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(serious).toEqual([]);
  });

  test("a selected event with an origin: the map flies to it and highlights both ends and the link", async ({
    page,
  }) => {
    const visit = events.find((e) => e.origin && e.places.length === 1 && e.places[0] !== e.origin);
    if (!visit?.origin) throw new Error("the seed data has no event with an origin");
    const destination = visit.places[0] as string;
    await page.goto(`${HOME}?event=${visit.id}`);
    await expect(marker(page, destination)).toHaveAttribute("data-highlighted", "true");
    await expect(marker(page, visit.origin)).toHaveAttribute("data-highlighted", "true");
    await expect(page.locator(`[data-link="${visit.origin}>${destination}"]`)).toHaveAttribute(
      "data-highlighted",
      "true",
    );
    // The flight ends with the destination near the middle of the map.
    await expect
      .poll(async () => {
        const map = await page.locator(".ea-map").boundingBox();
        const target = await marker(page, destination).boundingBox();
        if (!map || !target) return Number.POSITIVE_INFINITY;
        const dx = target.x + target.width / 2 - (map.x + map.width / 2);
        const dy = target.y + target.height / 2 - (map.y + map.height / 2);
        return Math.hypot(dx, dy);
      })
      .toBeLessThan(60);
  });
});
