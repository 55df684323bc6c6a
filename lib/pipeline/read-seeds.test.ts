import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSeeds, toSeed } from "./read-seeds";

describe("readSeeds", () => {
  it("reads every seed in name order with the sha256 of its exact bytes", () => {
    const dir = path.join(process.cwd(), "seeds");
    const seeds = readSeeds(dir);
    expect(seeds.map((s) => s.id)).toEqual([
      "000_2b3d85fb553a0ae0",
      "001_30120ac500fa0743",
      "002_6ab5daed01002c1d",
      "003_072c7506d9b82cf7",
      "004_7f4bceb2444dbede",
    ]);
    for (const s of seeds) {
      const bytes = readFileSync(path.join(dir, s.file));
      expect(s.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(s.text).toBe(bytes.toString("utf8"));
    }
  });
  it("derives the id from the file name", () => {
    expect(toSeed("abc.txt", new TextEncoder().encode("x")).id).toBe("abc");
  });
});
