import { describe, expect, it } from "vitest";
import { decodeArticle, readArticleFile } from "./read-article";

const enc = (s: string) => new TextEncoder().encode(s);

describe("decodeArticle", () => {
  it.each([
    ["a.txt", new Uint8Array(), "empty file"],
    ["a.txt", enc("  \n\n "), "empty file (only whitespace)"],
    [
      "a.txt",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      "binary file (contains NUL bytes), not a text article",
    ],
    [
      "a.txt",
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e]),
      "not valid UTF-8 text (re-save the article as UTF-8)",
    ],
    ["a.pdf", enc("%PDF-ish text"), 'unsupported file type ".pdf" (use .txt, .md or .html)'],
    ["a.html", enc("<html><script>x</script></html>"), "HTML file with no text content"],
  ])("%s rejects with a reason", (name, bytes, reason) => {
    expect(decodeArticle(name, bytes)).toEqual({ ok: false, reason });
  });

  it("accepts UTF-8 text, strips a BOM, and extracts HTML", () => {
    const r = decodeArticle("a.md", enc("\ufeff# Title\nBody."));
    expect(r).toMatchObject({ ok: true, kind: "md", text: "# Title\nBody." });
    expect(decodeArticle("a.htm", enc("<p>Hi &amp; bye</p>"))).toMatchObject({
      ok: true,
      kind: "html",
      text: "Hi & bye\n",
    });
  });

  it("names a missing path", () => {
    const missing = () => {
      throw Object.assign(new Error("nope"), { code: "ENOENT" });
    };
    expect(readArticleFile("/nope.txt", missing)).toEqual({ ok: false, reason: "no such file" });
  });
});
