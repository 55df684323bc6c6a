// The synchronised dashboard on the real seed data, in Chromium against the production build.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { openSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** A free loopback port (asked of the OS in this process). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

interface FixtureServer {
  base: string;
  stop: () => void;
}

/** A second production server on the same build with another dataset (its own process group). */
async function startServer(env: Record<string, string>): Promise<FixtureServer> {
  const port = await freePort();
  const log = openSync(path.join(os.tmpdir(), `dashboard-fixture-server-${port}.log`), "w");
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], {
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", SKIP_BUILD: "1", ...env },
  });
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {}
  };
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(
    `the fixture server did not start; see ${os.tmpdir()}/dashboard-fixture-server-${port}.log`,
  );
}

interface SeedEvent {
  id: string;
  title: string;
  sources: { sourceId: string; quote: string }[];
}
const events = (JSON.parse(readFileSync("data/events.json", "utf8")) as { events: SeedEvent[] })
  .events;
const munir = events.find((e) => e.id === "munir-visit-baku-2023-11-01") as SeedEvent;
const kalbajarVisit = events.find((e) => e.id === "hayee-kalbajar-visit-2022-05-31") as SeedEvent;

async function openDashboard(page: Page, query = "") {
  await page.goto(`/${query}`);
  await expect(page.locator(".timeline-frame .vis-item").first()).toBeVisible();
  await expect(page.locator("[data-event-row]").first()).toBeVisible();
}

const count = (page: Page) => page.getByTestId("event-count");
const row = (page: Page, id: string) => page.locator(`[data-event-row="${id}"]`);

test("loads: timeline items in story lanes, the list and the header, from the server", async ({
  page,
}) => {
  await openDashboard(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Event Atlas");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pakistan–Azerbaijan");
  await expect(page.getByText("14 events from")).toBeVisible();
  for (const lane of ["War & ceasefire", "Drills & military cooperation", "Visits & diplomacy"])
    await expect(page.locator(".vis-label", { hasText: lane })).toBeVisible();
  // The initial window is the dense 2020–2023 stretch, so the 1991–1992 events are out of view.
  await expect(count(page)).toHaveText("11 events in view");
  await expect(page.locator('.vis-item[data-id="second-karabakh-war-2020"]')).toHaveClass(
    /vis-range/,
  );
  // Year and month precision: a faded span over the whole period, marked ≈.
  const drills = page.locator('.vis-item[data-id="three-brothers-2021-drills"]');
  await expect(drills).toHaveClass(/is-approx/);
  await expect(drills).toContainText("≈");
  await expect(page.locator(".vis-current-time")).toHaveCount(0);
  // Rows are in date order.
  const ids = await page
    .locator("[data-event-row]")
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-event-row")));
  expect(ids[0]).toBe("second-karabakh-war-2020");
  expect(ids.at(-1)).toBe("munir-visit-baku-2023-11-01");
});

test("moving the window (keyboard zoom) changes the list, dims map markers and lands in the URL", async ({
  page,
}) => {
  await openDashboard(page);
  await expect(page.locator('[data-place-id="baku"]')).toHaveAttribute("data-dimmed", "false");
  await page.getByTestId("timeline").focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("+");
  // Around April 2022: the May 2022 statement and the Kalbajar visit.
  await expect(count(page)).toHaveText("2 events in view");
  await expect(row(page, kalbajarVisit.id)).toBeVisible();
  await expect(page.locator('[data-place-id="baku"]')).toHaveAttribute("data-dimmed", "true");
  await expect(page.locator('[data-place-id="kalbajar"]')).toHaveAttribute("data-dimmed", "false");
  await expect(page).toHaveURL(/from=2022-0\d-\d\d&to=2022-\d\d-\d\d/);
  // The zoom-out button brings events back.
  await page.getByRole("button", { name: "Fit all" }).click();
  await expect(count(page)).toHaveText("14 events in view");
});

test("the time axis shows months under their years, and years alone in one row when zoomed out", async ({
  page,
}) => {
  await openDashboard(page);
  const axis = page.locator(".timeline-frame .vis-panel.vis-top");
  // The text vis-timeline measures its font with is a hidden "0": only real labels count.
  const labels = (kind: "major" | "minor") =>
    page
      .locator(`.timeline-frame .vis-time-axis .vis-text.vis-${kind}`)
      .evaluateAll((els) =>
        els
          .filter((e) => getComputedStyle(e).visibility !== "hidden" && e.textContent)
          .map((e) => e.textContent ?? ""),
      );
  // The first window (2020–2023) counts in months: years label the row above them.
  await expect.poll(() => labels("major")).toContain("2021");
  expect(await labels("minor")).toContain("Jul");
  const twoRows = (await axis.boundingBox())?.height ?? 0;
  // Zoomed out to decades the axis counts in years: vis-timeline has nothing coarser to put
  // above them, and the empty row above them is gone.
  await page.getByRole("button", { name: "Fit all" }).click();
  await expect.poll(() => labels("minor")).toContain("2000");
  expect(await labels("major")).toEqual([]);
  await expect
    .poll(async () => (await axis.boundingBox())?.height ?? 0)
    .toBeLessThan(twoRows * 0.75);
  // Back in, both rows return.
  await page.getByTestId("timeline").focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press("+");
  await expect.poll(async () => (await labels("major")).length).toBeGreaterThan(0);
  await expect.poll(async () => (await axis.boundingBox())?.height ?? 0).toBeCloseTo(twoRows, 0);
});

test("while the timeline is dragged, the list and map follow before the button is released", async ({
  page,
}) => {
  await openDashboard(page);
  await expect(count(page)).toHaveText("11 events in view");
  const shusha = page.locator('[data-place-id="shusha"]'); // its one event: September 2020
  await expect(shusha).toHaveAttribute("data-dimmed", "false");
  const panel = await page.locator(".timeline-frame .vis-panel.vis-center").boundingBox();
  if (!panel) throw new Error("timeline not laid out");
  const y = panel.y + 12;
  await page.mouse.move(panel.x + panel.width * 0.8, y);
  await page.mouse.down();
  // Leftwards: later years come into view, 2020 leaves it. Small steps, as a hand drags.
  await page.mouse.move(panel.x + panel.width * 0.1, y, { steps: 14 });
  await expect(count(page)).not.toHaveText("11 events in view");
  await expect(shusha).toHaveAttribute("data-dimmed", "true");
  const during = await count(page).textContent();
  await expect(page).not.toHaveURL(/from=/); // nothing committed yet
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
  // The live view showed the window the release committed, not an earlier step of the drag.
  await expect(count(page)).toHaveText(during ?? "");
});

test("clicking Kalbajar on the map filters to its 2022 visit and highlights it on the timeline", async ({
  page,
}) => {
  await openDashboard(page);
  await page.locator('[data-place-id="kalbajar"]').click();
  // The 2022 visit, and the 2020 peace deal that returned Kalbajar.
  await expect(count(page)).toHaveText("2 events in view at Kalbajar");
  await expect(row(page, kalbajarVisit.id)).toBeVisible();
  await expect(page).toHaveURL(/place=kalbajar/);
  await expect(page.locator(`.vis-item[data-id="${kalbajarVisit.id}"]`)).toHaveClass(/is-place/);
  await expect(page.locator('.vis-item[data-id="munir-visit-baku-2023-11-01"]')).toHaveClass(
    /is-faded/,
  );
  await page.getByRole("button", { name: "Show all places" }).click();
  await expect(count(page)).toHaveText("11 events in view");
});

test("selecting the Munir visit opens the detail panel with its quote and links to the article", async ({
  page,
}) => {
  await openDashboard(page);
  await row(page, munir.id).click();
  const panel = page.getByTestId("detail-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(munir.title);
  await expect(panel).toContainText("1 November 2023");
  await expect(panel).toContainText("Baku");
  await expect(panel).toContainText("Syed Asim Munir");
  for (const s of munir.sources) await expect(panel).toContainText(s.quote);
  await expect(page).toHaveURL(/event=munir-visit-baku-2023-11-01/);
  await expect(page.locator(`.vis-item[data-id="${munir.id}"]`)).toHaveClass(/vis-selected/);
  await expect(row(page, munir.id)).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator('[data-place-id="baku"]')).toHaveAttribute("data-selected", /.*/);

  await panel
    .getByRole("link", { name: /Read it in the article/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sources\/002_6ab5daed01002c1d\?/);
  await expect(page.locator("mark").first()).toContainText(
    munir.sources[0]?.quote.slice(0, 40) ?? "",
  );
});

test("the URL restores the view, and back/forward walk through selections", async ({ page }) => {
  await openDashboard(page, `?event=${munir.id}&cat=visit,meeting`);
  await expect(page.getByTestId("detail-panel")).toContainText(munir.title);
  await expect(page.getByRole("button", { name: "War", exact: true })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(count(page)).toHaveText("4 events in view");
  await row(page, kalbajarVisit.id).click();
  await expect(page).toHaveURL(new RegExp(`event=${kalbajarVisit.id}`));
  await expect(page.getByTestId("detail-panel")).toContainText(kalbajarVisit.title);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`event=${munir.id}`));
  await expect(page.getByTestId("detail-panel")).toContainText(munir.title);
  await page.goForward();
  await expect(page.getByTestId("detail-panel")).toContainText(kalbajarVisit.title);
  // Category toggle is a history step too.
  await page.getByRole("button", { name: "War", exact: true }).click();
  await expect(page).toHaveURL(/cat=war%2Cvisit%2Cmeeting|cat=war,visit,meeting/);
  await page.goBack();
  await expect(page.getByRole("button", { name: "War", exact: true })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
});

test("search, reviewed-only and category toggles filter every view; Escape clears a place", async ({
  page,
}) => {
  await openDashboard(page);
  await page.getByRole("searchbox").fill("munir");
  await expect(count(page)).toHaveText("1 event in view");
  await expect(page.locator('.vis-item[data-id="hasanov-raza-meeting-2021-03-03"]')).toHaveCount(0);
  await expect(page).toHaveURL(/q=munir/);
  await page.getByRole("searchbox").fill("");
  await expect(count(page)).toHaveText("11 events in view");
  await page.getByRole("button", { name: "Visit", exact: true }).click();
  await expect(page.getByRole("button", { name: "Visit", exact: true })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(count(page)).toHaveText("9 events in view");
  await expect(page.locator(`.vis-item[data-id="${munir.id}"]`)).toHaveCount(0);
  await page.getByRole("button", { name: "Show all categories" }).click();
  await expect(count(page)).toHaveText("11 events in view");
  // Every seed event is reviewed: reviewed-only keeps them all and lands in the URL.
  await page.getByRole("button", { name: "Reviewed only" }).click();
  await expect(page).toHaveURL(/reviewed=1/);
  await expect(count(page)).toHaveText("11 events in view");
  await page.locator('[data-place-id="kalbajar"]').click();
  await expect(page).toHaveURL(/place=kalbajar/);
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(/place=/);
});

test("play moves the window through time and pauses on interaction", async ({ page }) => {
  await openDashboard(page, "?from=2020-01-01&to=2020-12-31");
  const before = await count(page).textContent();
  await page.getByRole("button", { name: /Play/ }).click();
  await expect(page.getByRole("button", { name: /Pause/ })).toBeVisible();
  await expect(count(page)).not.toHaveText(before ?? "");
  await page.locator("main").click({ position: { x: 5, y: 5 } });
  await expect(page.getByRole("button", { name: /Play/ })).toBeVisible();
  // Pausing commits the window it reached.
  await expect(page).not.toHaveURL(/from=2020-01-01&to=2020-12-31/);
});

test("bad URL values are ignored, never a crash", async ({ page, request }) => {
  for (const query of [
    "?from=garbage&to=2021-02-30&cat=nope&place=<x>&event=does-not-exist",
    `?from=9999&reviewed=maybe&q=${"x".repeat(500)}`,
  ]) {
    const response = await page.goto(`/${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("[data-event-row], [data-testid=event-count]").first()).toBeVisible();
  }
  expect((await request.get("/api/event/%3Cimg%3E")).status()).toBe(400);
  expect((await request.get("/api/event/no-such-event")).status()).toBe(404);
  expect((await request.get("/sources/no-such-source")).status()).toBe(404);
});

test("keyboard only: list → detail → close returns to the row", async ({ page }) => {
  await openDashboard(page);
  const first = row(page, "second-karabakh-war-2020");
  await first.focus();
  await page.keyboard.press("ArrowDown");
  await expect(row(page, "karabakh-peace-deal-2020-11-10")).toBeFocused();
  await page.keyboard.press("Enter");
  const heading = page.getByTestId("detail-panel").getByRole("heading", { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toContainText("peace deal");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /Close the event details/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("detail-panel")).toHaveCount(0);
  await expect(row(page, "karabakh-peace-deal-2020-11-10")).toBeFocused();
  await expect(page).not.toHaveURL(/event=/);
});

test("phone: views stacked behind tabs, the list one tap away", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.locator(".timeline-frame .vis-item").first()).toBeVisible();
  await expect(page.locator("[data-event-row]").first()).toBeHidden();
  await page.getByRole("button", { name: "Map", exact: true }).click();
  await page.locator('[data-place-id="baku"]').click();
  // From the map, the place's events are one tap away.
  await page.getByRole("button", { name: /events at Baku in view — show the list/ }).click();
  await expect(row(page, munir.id)).toBeVisible();
  await row(page, munir.id).click();
  await expect(page.getByTestId("detail-panel")).toBeVisible();
  await expect(page.getByTestId("detail-panel")).toContainText(munir.sources[0]?.quote ?? "");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

test("no serious or critical axe violations, with and without a selection", async ({ page }) => {
  for (const query of ["", `?event=${munir.id}&place=baku`]) {
    await openDashboard(page, query);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
      [],
    );
  }
});

test.describe("a dataset with hostile text", () => {
  let server: FixtureServer | null = null;
  test.beforeAll(async () => {
    server = await startServer({
      EVENTS_FILE: "tests/fixtures/dashboard/events-xss.json",
      PLACES_FILE: "tests/fixtures/dashboard/places.json",
      SOURCES_FILE: "tests/fixtures/dashboard/sources.json",
    });
  });
  test.afterAll(() => server?.stop());

  test("an event titled <img src=x onerror=alert(1)> shows literally everywhere", async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hostile = "<img src=x onerror=alert(1)>";
    await page.goto(`${server?.base}/`);
    await expect(page.locator("[data-event-row]").first()).toBeVisible();
    await expect(page.locator("[data-event-row]", { hasText: hostile })).toBeVisible();
    await expect(page.locator(".timeline-frame .vis-item", { hasText: hostile })).toBeVisible();
    await page.locator("[data-event-row]", { hasText: hostile }).click();
    await expect(page.getByTestId("detail-panel").getByRole("heading", { level: 2 })).toHaveText(
      hostile,
    );
    await page.locator(".timeline-frame .vis-item", { hasText: hostile }).hover();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    // This fixture has one extracted (unreviewed) event: badged, and hidden by reviewed-only.
    await expect(page.locator("[data-event-row]", { hasText: "unreviewed" })).toHaveCount(1);
    // …and on the map: its place's marker is drawn dashed and says so; a reviewed-only place is not.
    const kalbajar = page.locator('[data-place-id="kalbajar"]');
    await expect(kalbajar).toHaveAttribute("data-unreviewed", "true");
    await expect(kalbajar).toHaveAttribute("aria-label", /^Kalbajar, .*1 unreviewed/);
    await expect(page.locator('[data-place-id="baku"]')).toHaveAttribute(
      "data-unreviewed",
      "false",
    );
    const all = await page.locator("[data-event-row]").count();
    await page.getByRole("button", { name: "Reviewed only" }).click();
    await expect(page.locator("[data-event-row]")).toHaveCount(all - 1);
  });
});

test.describe("a dataset too large to inline", () => {
  test.setTimeout(120_000);
  let server: FixtureServer | null = null;
  const dir = path.join(os.tmpdir(), `dashboard-synth-${process.pid}`);
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    execFileSync(
      process.execPath,
      [
        "node_modules/tsx/dist/cli.mjs",
        "scripts/synth.ts",
        "--events",
        "3000",
        "--seed",
        "5",
        // More places than the map draws as DOM markers: circles on a canvas, in clusters.
        "--places",
        "400",
        "--out",
        `${dir}/events.json`,
      ],
      { stdio: "ignore" },
    );
    server = await startServer({
      EVENTS_FILE: `${dir}/events.json`,
      PLACES_FILE: `${dir}/places.json`,
      SOURCES_FILE: `${dir}/sources.json`,
    });
  });
  test.afterAll(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("is fetched in compact form, drawn as bins, and as items when zoomed in", async ({
    page,
  }) => {
    const html = await (await fetch(`${server?.base}/`)).text();
    const first = (
      JSON.parse(readFileSync(`${dir}/events.json`, "utf8")) as { events: SeedEvent[] }
    ).events[0] as SeedEvent;
    // The page does not carry the events themselves (3,000 > the inline limit).
    expect(html).not.toContain(first.id);
    const dataset = page.waitForResponse((r) => r.url().includes("/api/dataset?v="));
    const datasetRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/dataset")) datasetRequests.push(r.url());
    });
    await page.goto(`${server?.base}/`);
    const response = await dataset;
    expect(response.status()).toBe(200);
    expect(response.headers().etag).toBeTruthy();
    // Bins cover the window and a window either side; the ones in view are drawn on a canvas.
    const bins = page.getByTestId("timeline-bins");
    await expect(bins).toBeVisible();
    await expect(bins).toHaveAttribute("data-drawn", /^[1-9]\d*$/);
    await expect(bins).toHaveAttribute("aria-label", /Event counts per \w+ in each lane/);
    await expect(page.getByTestId("event-count")).toContainText("events in view");
    // Requested once: the early request (before hydration) is the one the dashboard uses.
    expect(datasetRequests).toHaveLength(1);
    // Virtualised: far fewer rows in the DOM than events in view.
    const inView = Number(
      ((await page.getByTestId("event-count").textContent()) ?? "").replace(/[^0-9]/g, ""),
    );
    expect(inView).toBeGreaterThan(250);
    expect(await page.locator("[data-event-row]").count()).toBeLessThan(60);
    await page.getByTestId("timeline").focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press("+");
    await expect(bins).toBeHidden();
    // One item per event in view: a point or range, or a band for an event longer than the window.
    const items = page
      .locator(".timeline-frame .vis-item.ev, .timeline-frame .vis-item.band")
      .filter({ visible: true });
    const eventsInView = async () =>
      Number(((await page.getByTestId("event-count").textContent()) ?? "").replace(/[^0-9]/g, ""));
    await expect
      .poll(async () => {
        const shown = await items.count();
        return shown > 0 && shown === (await eventsInView());
      })
      .toBe(true);
  });

  test("a bin names its count on hover and opens onto its period on click, a drag does not", async ({
    page,
  }) => {
    await page.goto(`${server?.base}/`);
    const bins = page.getByTestId("timeline-bins");
    await expect(bins).toHaveAttribute("data-drawn", /^[1-9]\d*$/);
    const panel = await page.locator(".timeline-frame .vis-panel.vis-center").boundingBox();
    const lane = await page
      .locator(".timeline-frame .vis-label", { has: page.locator(".lane-diplomacy") })
      .boundingBox();
    if (!panel || !lane) throw new Error("timeline not laid out");
    // Bars stand on the lane's lower part, above their counts.
    const y = lane.y + lane.height - 22;
    const tooltip = page.locator(".timeline-frame .bin-tooltip");
    let x = panel.x + panel.width / 2;
    for (; x < panel.x + panel.width - 10; x += 12) {
      await page.mouse.move(x, y);
      if (await tooltip.isVisible()) break;
    }
    await expect(tooltip).toHaveText(
      /^\d+ events? \(Visits & diplomacy\) in this \w+ — click to zoom in$/,
    );
    const unit = /in this (\w+)/.exec((await tooltip.textContent()) ?? "")?.[1] ?? "";
    const binDays = { day: 1, week: 7, month: 31, quarter: 92, year: 366, decade: 3653 }[unit];
    if (!binDays) throw new Error(`unknown bin unit ${unit}`);
    const windowDays = () => {
      const params = new URL(page.url()).searchParams;
      const from = Date.parse(params.get("from") ?? "");
      const to = Date.parse(params.get("to") ?? "");
      return (to - from) / 86_400_000 + 1;
    };
    // A drag that ends over the bin moves the timeline (written to the URL); it opens nothing.
    await page.mouse.down();
    await page.mouse.move(x + 80, y, { steps: 6 });
    await page.mouse.move(x + 3, y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(windowDays).toBeGreaterThan(binDays * 4);
    await page.waitForTimeout(400);
    expect(windowDays()).toBeGreaterThan(binDays * 4);
    await expect(bins).toBeVisible();
    // A click opens the bin: the window becomes its period.
    await page.mouse.move(x, y);
    await expect(tooltip).toBeVisible();
    await page.mouse.click(x, y);
    await expect.poll(windowDays).toBeLessThanOrEqual(binDays);
    await expect(tooltip).toBeHidden();
  });

  /** The dashboard with its map in view, and the viewport point of its largest count badge. */
  async function mapWithBadges(page: Page) {
    await page.goto(`${server?.base}/`);
    const map = page.locator(".ea-map__leaflet");
    await expect(map).toHaveAttribute("data-badges", /^[1-9]\d*$/);
    await map.scrollIntoViewIfNeeded();
    const point = await page.evaluate(() => window.__atlasBench?.clusterPoint?.() ?? null);
    if (!point) throw new Error("no cluster badge in view");
    const zoom = async () => Number(await map.getAttribute("data-zoom"));
    return { map, point, zoom, badgeCount: Number(await map.getAttribute("data-badges")) };
  }

  test("nearby places are drawn as count badges that name their places and zoom in on click", async ({
    page,
  }) => {
    const { map, point, zoom, badgeCount } = await mapWithBadges(page);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator(".leaflet-tooltip .ea-tooltip");
    await expect(tooltip).toContainText(/^\d+ places close together/);
    await expect(tooltip).toContainText("Click to zoom in");
    // Its places are named with their counts (names come from the data: text, never markup).
    await expect(
      tooltip
        .locator("span")
        .filter({ hasText: /^.+: [\d,]+$/ })
        .first(),
    ).toBeVisible();
    const zoomBefore = await zoom();
    await page.mouse.click(point.x, point.y);
    await expect.poll(zoom).toBeGreaterThan(zoomBefore);
    // Zoomed in, fewer places share a badge: the map shows more of them on their own.
    await expect
      .poll(async () => Number(await map.getAttribute("data-badges")))
      .not.toBe(badgeCount);
  });

  test("every count badge has a keyboard button that names it, shows its places and zooms in", async ({
    page,
  }) => {
    const { map, point, zoom, badgeCount } = await mapWithBadges(page);
    await expect(map.locator("button.ea-badge-button")).toHaveCount(badgeCount);
    // The button over the largest badge in view (the canvas draws the badge itself).
    const id = await page.evaluate(({ x, y }) => {
      for (const b of document.querySelectorAll<HTMLElement>("button.ea-badge-button")) {
        const r = b.getBoundingClientRect();
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return b.dataset.clusterId;
      }
      return null;
    }, point);
    if (!id) throw new Error("no keyboard button over the largest badge");
    const button = map.locator(`button.ea-badge-button[data-cluster-id="${id}"]`);
    await expect(button).toHaveAttribute(
      "aria-label",
      /^[\d,]+ places close together, [\d,]+ events?(, ([\d,]+|none) in view)?(, [\d,]+ unreviewed)?\. Zoom in to see them$/,
    );
    expect(await button.evaluate((b) => b.tabIndex)).toBe(0);
    // The pointer still reaches the canvas under it: a click there is the canvas's (tested above).
    expect(await button.evaluate((b) => getComputedStyle(b).pointerEvents)).toBe("none");
    await button.focus();
    const tooltip = page.locator(".leaflet-tooltip .ea-tooltip");
    await expect(tooltip).toContainText(/^\d+ places close together/);
    const zoomBefore = await zoom();
    await page.keyboard.press("Enter");
    await expect.poll(zoom).toBeGreaterThan(zoomBefore);
  });
});
