// One measured page load + interaction sequence in a fresh browser context (cold cache).
// Metrics (all from inside the page, the same way for every variant; see page-probe.ts):
// readyMs, scrub frame p95 (drag + wheel on the timeline), map update p95 (wheel on the timeline →
// last redraw inside the map rendered), select p95 (click a place marker → last change anywhere
// rendered), JS heap after GC (CDP), bytes transferred until ready (Resource Timing transferSize,
// read from the page: see transfer.ts).
import type { Browser, Page } from "@playwright/test";
import { PAGE_PROBE_SCRIPT } from "./page-probe";
import { deltas, latePercent, percentile, round1 } from "./stats";
import { READ_TIMED_LOAD_SCRIPT, type TimedLoad, transferBytes } from "./transfer";

export interface RunOptions {
  timeoutMs: number;
  /** Pointer moves per drag direction while scrubbing. */
  scrubSteps: number;
  /** Range changes and place clicks measured per run. */
  interactions: number;
  /** Accept the DOM heuristic as ready when the page sets no hook within this time. */
  readyGraceMs: number;
}

export interface RunMetrics {
  readyMs: number | null;
  readiness: "hook" | "heuristic" | null;
  scrubP95Ms: number | null;
  scrubFrames: number;
  /** Share of scrub frames that missed at least one vsync (interval > LATE_FRAME_MS), in %. */
  scrubLatePct: number | null;
  longFrames: number;
  longestFrameMs: number | null;
  mapUpdateP95Ms: number | null;
  selectP95Ms: number | null;
  heapMB: number | null;
  transferKB: number | null;
  htmlKB: number | null;
  jsKB: number | null;
  dataKB: number | null;
  timedOut: boolean;
  notes: string[];
}

interface Settled {
  inputAt: number;
  changes: number;
  timedOut: boolean;
  latency: number | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const kb = (bytes: number) => round1(bytes / 1024);

async function centerOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2, box } : null;
}

async function scrub(page: Page, options: RunOptions, metrics: RunMetrics): Promise<void> {
  const center = await centerOf(page, ".vis-panel.vis-center");
  if (!center) {
    metrics.notes.push("scrub: no .vis-panel.vis-center to drag");
    return;
  }
  const step = Math.max(4, Math.min(16, (center.box.width * 0.6) / options.scrubSteps));
  await page.mouse.move(center.x, center.y);
  await sleep(300);
  await page.evaluate("window.__probe.startFrames()");
  for (const direction of [-1, 1]) {
    await page.mouse.down();
    for (let i = 1; i <= options.scrubSteps; i++) {
      await page.mouse.move(center.x + direction * step * i, center.y);
      await sleep(16);
    }
    await page.mouse.up();
    await page.mouse.move(center.x, center.y);
  }
  for (const deltaY of [-120, -120, -120, -120, -120, 120, 120, 120, 120, 120]) {
    await page.mouse.wheel(0, deltaY);
    await sleep(50);
  }
  await sleep(200);
  const recorded = (await page.evaluate("window.__probe.stopFrames()")) as {
    frames: number[];
    loaf: { start: number; duration: number }[];
    loafUnsupported: boolean;
  };
  const frameTimes = deltas(recorded.frames);
  metrics.scrubFrames = frameTimes.length;
  metrics.scrubLatePct = latePercent(frameTimes);
  metrics.scrubP95Ms = round1(percentile(frameTimes, 95));
  metrics.longFrames = recorded.loaf.length;
  metrics.longestFrameMs = round1(
    recorded.loaf.length ? Math.max(...recorded.loaf.map((e) => e.duration)) : null,
  );
  if (recorded.loafUnsupported) metrics.notes.push("scrub: Long Animation Frames not supported");
}

async function settleAfter(
  page: Page,
  selector: string | null,
  act: () => Promise<void>,
  options: RunOptions,
): Promise<Settled | null> {
  const armed = await page.evaluate(`window.__probe.arm(${JSON.stringify(selector)})`);
  if (!armed) return null;
  await act();
  return (await page.evaluate(
    `window.__probe.settle(300, ${Math.max(1000, options.timeoutMs - 1000)})`,
  )) as Settled;
}

async function mapUpdates(page: Page, options: RunOptions, metrics: RunMetrics): Promise<void> {
  const center = await centerOf(page, ".vis-panel.vis-center");
  if (!center || (await page.locator(".leaflet-container").count()) === 0) {
    metrics.notes.push("map update: no timeline panel or no Leaflet map");
    return;
  }
  await page.mouse.move(center.x, center.y);
  await sleep(300);
  const samples: number[] = [];
  let unchanged = 0;
  for (let i = 0; i < options.interactions; i++) {
    const result = await settleAfter(
      page,
      ".leaflet-container",
      () => page.mouse.wheel(0, i % 2 === 0 ? 240 : -240),
      options,
    );
    if (result?.latency != null) samples.push(result.latency);
    else unchanged++;
  }
  metrics.mapUpdateP95Ms = round1(percentile(samples, 95));
  if (unchanged > 0)
    metrics.notes.push(
      `map update: ${unchanged}/${options.interactions} range changes redrew nothing in the map`,
    );
}

export const PLACE_POINT = `(() => {
  const hook = window.__atlasBench && window.__atlasBench.placePoint && window.__atlasBench.placePoint();
  if (hook) return { ...hook, via: "hook" };
  const map = document.querySelector(".leaflet-container");
  if (!map) return null;
  const drawn = window.__probe.canvasMarkerPoint();
  if (drawn) return { ...drawn, via: "canvas" };
  const mapBox = map.getBoundingClientRect();
  for (const el of map.querySelectorAll("[data-place-id], .leaflet-marker-icon.leaflet-interactive")) {
    const b = el.getBoundingClientRect();
    const x = b.left + b.width / 2, y = b.top + b.height / 2;
    const inMap = x > mapBox.left && x < mapBox.right && y > mapBox.top && y < mapBox.bottom;
    if (b.width > 0 && inMap && x < innerWidth && y < innerHeight && document.elementFromPoint(x, y) && el.contains(document.elementFromPoint(x, y)))
      return { x, y, placeId: el.getAttribute("data-place-id"), via: "dom" };
  }
  return null;
})()`;

async function selects(page: Page, options: RunOptions, metrics: RunMetrics): Promise<void> {
  const samples: number[] = [];
  let missing = 0;
  let via = "";
  for (let i = 0; i < options.interactions; i++) {
    const point = (await page.evaluate(PLACE_POINT)) as {
      x: number;
      y: number;
      via: string;
    } | null;
    if (!point) {
      missing++;
      continue;
    }
    via = point.via;
    await page.mouse.move(point.x, point.y);
    await sleep(300);
    const result = await settleAfter(page, null, () => page.mouse.click(point.x, point.y), options);
    if (result?.latency != null) samples.push(result.latency);
    else missing++;
  }
  metrics.selectP95Ms = round1(percentile(samples, 95));
  if (via && via !== "hook")
    metrics.notes.push(`select: clicked a ${via} marker found without the page hook`);
  if (missing > 0)
    metrics.notes.push(
      `select: ${missing}/${options.interactions} clicks found no marker or no change`,
    );
}

/** Poll the probe from outside (CDP evaluation is not subject to the page's CSP, in-page eval is). */
async function waitUntilReady(page: Page, options: RunOptions): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  const check = `window.__probe ? window.__probe.readyForBench(${options.readyGraceMs}) : false`;
  while (Date.now() < deadline) {
    // A page busy for minutes answers late: never wait past the deadline for one answer.
    const ready = await Promise.race([
      page.evaluate(check).catch(() => false),
      sleep(Math.max(0, deadline - Date.now())).then(() => false),
    ]);
    if (ready === true) return true;
    await sleep(100);
  }
  return false;
}

export async function measureRun(
  browser: Browser,
  url: string,
  options: RunOptions,
): Promise<RunMetrics> {
  const metrics: RunMetrics = {
    readyMs: null,
    readiness: null,
    scrubP95Ms: null,
    scrubFrames: 0,
    scrubLatePct: null,
    longFrames: 0,
    longestFrameMs: null,
    mapUpdateP95Ms: null,
    selectP95Ms: null,
    heapMB: null,
    transferKB: null,
    htmlKB: null,
    jsKB: null,
    dataKB: null,
    timedOut: false,
    notes: [],
  };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(options.timeoutMs);
    page.on("pageerror", (error) =>
      metrics.notes.push(`page error: ${error.message.slice(0, 200)}`),
    );
    await page.addInitScript({ content: PAGE_PROBE_SCRIPT });
    await page.goto(url, { waitUntil: "commit", timeout: options.timeoutMs });
    if (!(await waitUntilReady(page, options))) {
      metrics.timedOut = true;
      metrics.notes.push(`not ready within ${options.timeoutMs} ms`);
      return metrics;
    }
    const readiness = (await page.evaluate("window.__probe.readiness()")) as {
      at: number;
      method: "hook" | "heuristic";
    };
    metrics.readyMs = Math.round(readiness.at);
    metrics.readiness = readiness.method;
    await sleep(500);
    const bytes = transferBytes((await page.evaluate(READ_TIMED_LOAD_SCRIPT)) as TimedLoad);
    metrics.transferKB = kb(bytes.html + bytes.js + bytes.data + bytes.other);
    metrics.htmlKB = kb(bytes.html);
    metrics.jsKB = kb(bytes.js);
    metrics.dataKB = kb(bytes.data);
    // Attached only now: a CDP session during the load would add work to it (lib/bench/transfer.ts).
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    metrics.heapMB = round1(heap.usedSize / 1024 / 1024);
    for (const [name, step] of [
      ["scrub", scrub],
      ["map update", mapUpdates],
      ["select", selects],
    ] as const) {
      try {
        await step(page, options, metrics);
      } catch (error) {
        metrics.notes.push(`${name}: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    return metrics;
  } finally {
    await Promise.race([context.close().catch(() => undefined), sleep(15_000)]);
  }
}
