// Security floors: installed versions must not drop below the releases that fixed known advisories
// (npm audit cannot reach its service from here). Raise a floor when a new advisory lands.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareVersions, SECURITY_FLOORS } from "../../lib/security-floors";

function installedVersion(name: string): string {
  return JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")).version;
}

describe("security floors", () => {
  it("compares versions numerically", () => {
    expect(compareVersions("16.10.0", "16.2.11")).toBeGreaterThan(0);
    expect(compareVersions("16.2.10", "16.2.11")).toBeLessThan(0);
    expect(compareVersions("19.2.6", "19.2.6")).toBe(0);
  });
  for (const [name, floor] of Object.entries(SECURITY_FLOORS)) {
    it(`${name} is at or above ${floor.version} (${floor.why})`, () => {
      expect(compareVersions(installedVersion(name), floor.version)).toBeGreaterThanOrEqual(0);
    });
  }
});
