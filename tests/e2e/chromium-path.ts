// Which Chromium the end-to-end tests drive: CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then any browser Playwright manages itself. None at all is a clear error naming the fix.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const INSTALL_HINT =
  "No Chromium found. Install one with `apt-get update && apt-get install -y chromium` " +
  "(or set CHROMIUM_PATH to a Chromium/Chrome binary).";

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const managed = chromium.executablePath();
    if (managed && existsSync(managed)) return managed;
  } catch {
    // Playwright has no managed browser here; fall through to the error.
  }
  return undefined;
}

/** Flags for headless Chromium on this kind of machine: no sandbox as root, and no background
 * networking (the closed network refuses those connections, noisily). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
