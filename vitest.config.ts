import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@": new URL("./", import.meta.url).pathname,
      // The real package throws outside React Server Components; unit tests run server code directly.
      "server-only": new URL("./tests/empty-module.ts", import.meta.url).pathname,
    },
  },
  test: {
    include: ["{lib,components,app,scripts,tests/unit}/**/*.test.{ts,tsx}"],
    environment: "node",
    // Dates must never depend on the machine's zone; individual tests also re-run in other zones.
    env: { TZ: "UTC" },
    setupFiles: ["./tests/setup-unit.ts"],
    reporters: ["default", ["junit", { outputFile: "reports/unit-junit.xml" }]],
    testTimeout: 30_000,
  },
});
