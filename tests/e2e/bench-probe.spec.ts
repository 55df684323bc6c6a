// The benchmark's in-page probe (lib/bench/page-probe.ts), driven in Chromium on small pages: what
// it records, and that it leaves the page alone when it is not recording.
import { PAGE_PROBE_SCRIPT } from "../../lib/bench/page-probe";
import { expect, test } from "./fixtures";

const PAGE = `<!doctype html><div id="watched" style="width:400px;height:200px;background:#eee">
  <span id="label">0</span></div>
  <div id="still" style="width:400px;height:200px;background:#ddd"></div>
  <script>
    let n = 0;
    document.getElementById("watched").addEventListener("wheel", () => {
      document.getElementById("label").textContent = String(++n);
    }, { passive: true });
  </script>`;

async function openProbedPage(page: import("@playwright/test").Page) {
  await page.addInitScript({ content: PAGE_PROBE_SCRIPT });
  // A page of its own (init scripts run on navigation, not on setContent).
  await page.route("http://probe.test/", (route) =>
    route.fulfill({ body: PAGE, contentType: "text/html" }),
  );
  await page.goto("http://probe.test/");
  await page.waitForFunction("typeof window.__probe === 'object'");
}

test("the probe's frame loop runs only while it waits for readiness or records frames", async ({
  page,
}) => {
  await openProbedPage(page);
  expect(await page.evaluate("window.__probe.looping()")).toBe(true);
  // The page says it is ready: the loop ends at its next frame.
  await page.evaluate("window.__atlasReady = performance.now()");
  await page.waitForFunction("window.__probe.looping() === false");

  await page.evaluate("window.__probe.startFrames()");
  expect(await page.evaluate("window.__probe.looping()")).toBe(true);
  await page.waitForFunction("window.__probe.frames.length >= 5");
  const recorded = (await page.evaluate("window.__probe.stopFrames()")) as { frames: number[] };
  expect(recorded.frames.length).toBeGreaterThanOrEqual(5);
  const increasing = recorded.frames.every((t, i) => i === 0 || t > (recorded.frames[i - 1] ?? 0));
  expect(increasing).toBe(true);
  await page.waitForFunction("window.__probe.looping() === false");
});

test("settle reports input → rendered change for a change inside the watched element only", async ({
  page,
}) => {
  await openProbedPage(page);
  await page.evaluate("window.__atlasReady = performance.now()");
  await page.mouse.move(200, 100);

  expect(await page.evaluate(`window.__probe.arm("#watched")`)).toBe(true);
  await page.mouse.wheel(0, 120);
  const changed = (await page.evaluate("window.__probe.settle(200, 5000)")) as {
    inputAt: number;
    changes: number;
    latency: number | null;
    timedOut: boolean;
  };
  expect(changed.timedOut).toBe(false);
  expect(changed.inputAt).toBeGreaterThan(0);
  expect(changed.changes).toBeGreaterThan(0);
  expect(changed.latency).not.toBeNull();
  expect(changed.latency as number).toBeGreaterThan(0);

  // A wheel over the other element changes nothing the probe watches.
  await page.mouse.move(200, 300);
  expect(await page.evaluate(`window.__probe.arm("#watched")`)).toBe(true);
  await page.mouse.wheel(0, 120);
  const unchanged = (await page.evaluate("window.__probe.settle(200, 5000)")) as {
    changes: number;
    latency: number | null;
  };
  expect(unchanged.changes).toBe(0);
  expect(unchanged.latency).toBeNull();
});
