import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { boilerplateStart, splitArticles } from "./split-articles";

const seed = (name: string) => readFileSync(path.join(process.cwd(), "seeds", name), "utf8");
const mentionsAzerbaijan = (t: string) => t.includes("Azerbaijan");

describe("splitArticles", () => {
  it("finds the unrelated militants story in seed 002 and gives it no inherited date", () => {
    const text = seed("002_6ab5daed01002c1d.txt");
    const articles = splitArticles(text, {
      title: "Munir",
      published: "2023-11-01",
      isRelated: mentionsAzerbaijan,
    });
    expect(articles).toHaveLength(2);
    const [first, second] = articles;
    expect(first).toMatchObject({ start: 0, published: "2023-11-01", unrelated: false });
    expect(second?.title).toBe(
      "Pakistan says nine militants killed in security operations in northwest",
    );
    expect(second?.published).toBeNull();
    expect(second?.unrelated).toBe(true);
    expect(text.slice(second?.start, second?.end)).toMatch(/^Pakistan says nine militants/);
    expect(text.slice(second?.start, second?.end)).toContain("Dec. 5");
    expect(text.slice(first?.start, first?.end)).not.toContain("militants");
  });

  it("ends an article before trailing site boilerplate", () => {
    const text = seed("004_7f4bceb2444dbede.txt");
    const [only] = splitArticles(text, {
      title: "t",
      published: null,
      isRelated: mentionsAzerbaijan,
    });
    expect(text.slice(only?.start, only?.end)).toMatch(/\(TIR\) convention\.$/);
    expect(text.slice(boilerplateStart(text))).toMatch(/^Related Articles/);
  });

  it("keeps a single-article page whole", () => {
    const text = "Headline\n\nAzerbaijan and Pakistan met.\n";
    expect(
      splitArticles(text, { title: "Headline", published: "2020", isRelated: mentionsAzerbaijan }),
    ).toEqual([
      { title: "Headline", start: 0, end: text.length - 1, published: "2020", unrelated: false },
    ]);
  });
});
