import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText } from "./html-to-text";

describe("htmlToText", () => {
  it("drops scripts, styles and navigation, keeps paragraphs as lines, decodes entities", () => {
    const html = `<html><head><title>T</title><style>p{color:red}</style><script>var s = "<p>x</p>";</script></head>
<body><nav>Home · News</nav><h1>Storm hits coast</h1><p>Winds &amp; rain &mdash; &#8220;severe&#8221; &#x41;.</p>
<p>Second<br>line</p><ul><li>one</li></ul><footer>© site</footer></body></html>`;
    expect(htmlToText(html)).toBe(
      "Storm hits coast\n\nWinds & rain — “severe” A.\n\nSecond\nline\n\n• one\n",
    );
  });

  it("leaves unknown entities as they are", () => {
    expect(decodeEntities("a &bogus; b &#0; c")).toBe("a &bogus; b &#0; c");
  });
});
