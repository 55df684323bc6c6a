import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeFilesAtomic } from "./write-atomic";

describe("writeFilesAtomic", () => {
  it("writes changed files and reports unchanged ones as untouched", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "atomic-"));
    const a = path.join(dir, "a.json");
    expect(writeFilesAtomic([{ path: a, content: "1\n" }])).toEqual([a]);
    expect(writeFilesAtomic([{ path: a, content: "1\n" }])).toEqual([]);
    expect(readFileSync(a, "utf8")).toBe("1\n");
    expect(readdirSync(dir)).toEqual(["a.json"]);
  });
  it("writes nothing when any file cannot be written", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "atomic-"));
    const a = path.join(dir, "a.json");
    writeFileSync(a, "old\n");
    const blocked = path.join(dir, "missing-dir", "b.json");
    expect(() =>
      writeFilesAtomic([
        { path: a, content: "new\n" },
        { path: blocked, content: "x" },
      ]),
    ).toThrow();
    expect(readFileSync(a, "utf8")).toBe("old\n");
    expect(readdirSync(dir)).toEqual(["a.json"]);
  });
});
