import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from "./tests/e2e/chromium-path";
import { freePortSync } from "./tests/e2e/free-port";

// Workers inherit the runner's environment, so the port is chosen once.
process.env.E2E_PORT ||= String(freePortSync());
const port = Number(process.env.E2E_PORT);
const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    timezoneId: "UTC",
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
