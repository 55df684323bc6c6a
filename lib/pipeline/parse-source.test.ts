import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSourceHeader, parseUpdatedDate } from "./parse-source";

const seed = (name: string) => readFileSync(path.join(process.cwd(), "seeds", name), "utf8");

describe("parseSourceHeader on the real seeds", () => {
  it("reads the byline header", () => {
    const h = parseSourceHeader(seed("000_2b3d85fb553a0ae0.txt"));
    expect(h).toMatchObject({ published: "2021-03-04", author: "Vafa Ismayilova", title: null });
    expect(parseSourceHeader(seed("001_30120ac500fa0743.txt")).published).toBe("2022-05-31");
  });
  it("reads the 'Updated' line under a headline and caption", () => {
    const h = parseSourceHeader(seed("002_6ab5daed01002c1d.txt"));
    expect(h.published).toBe("2023-11-01");
    expect(h.title).toBe(
      "Pakistan’s army chief visits Azerbaijan to bolster bilateral defense, military ties",
    );
  });
  it("reads a news dateline with its agency", () => {
    const h = parseSourceHeader(seed("003_072c7506d9b82cf7.txt"));
    expect(h).toMatchObject({
      published: "2023-04-13",
      dateline: "Islamabad",
      agency: "TDI",
      title: null,
    });
  });
  it("reads a weekday date line and checks the weekday", () => {
    const h = parseSourceHeader(seed("004_7f4bceb2444dbede.txt"));
    expect(h.published).toBe("2023-01-27");
    expect(h.warnings).toEqual([]);
    expect(h.title).toBe(
      "Azerbaijan Embassy in Pakistan marks first anniversary of Karabakh liberation war",
    );
    expect(parseSourceHeader("Monday, January 27, 2023\n\nX").warnings[0]).toMatch(/FAILED/);
  });
});

describe("header edge cases", () => {
  it("ignores relative update times and impossible dates", () => {
    expect(parseUpdatedDate("Updated 5 sec ago\nFollow")).toBeNull();
    expect(parseSourceHeader(" date 2021-02-30 By X\n\nBody.").published).toBeNull();
    expect(parseSourceHeader("Just a story without any header.").published).toBeNull();
  });
});
