import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("keeps abbreviations, initials and dotted acronyms inside a sentence", () => {
    const t =
      "Col. Reyes met Gen. Ortiz on Dec. 4 at the U.N. headquarters. J. R. Smith said so. Then they left.";
    expect(texts(t)).toEqual([
      "Col. Reyes met Gen. Ortiz on Dec. 4 at the U.N. headquarters.",
      "J. R. Smith said so.",
      "Then they left.",
    ]);
  });

  it("ends a sentence after closing quotes and never inside them at a comma", () => {
    const t = "“We are ready,” the envoy said. “The talks went well.” Officials agreed.";
    expect(texts(t)).toEqual([
      "“We are ready,” the envoy said.",
      "“The talks went well.”",
      "Officials agreed.",
    ]);
  });

  it("treats every line as a boundary and drops bullet markers", () => {
    const t =
      "Headline without a stop\n  • First bullet point\n- Second bullet\nBody text here. More text";
    const s = splitSentences(t);
    expect(s.map((x) => x.text)).toEqual([
      "Headline without a stop",
      "First bullet point",
      "Second bullet",
      "Body text here.",
      "More text",
    ]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 2, 3, 3]);
  });

  it("gives offsets such that text.slice(start, end) is the sentence, with a base offset", () => {
    const t = "\n\nOne here. Two there!\r\nThree?\n";
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
    const shifted = splitSentences("Alpha. Beta.", 100);
    expect(shifted[1]).toMatchObject({ start: 107, end: 112, text: "Beta." });
  });

  it("does not split before a lower-case continuation or a number inside a sentence", () => {
    expect(texts("It grew by 2.5 per cent. and more, e.g. this. Next one.")).toEqual([
      "It grew by 2.5 per cent. and more, e.g. this.",
      "Next one.",
    ]);
  });
});
