import { describe, expect, it } from "vitest";
import { readArticleHeader } from "./article-header";

describe("readArticleHeader", () => {
  it("uses the pipeline's parser for its header forms", () => {
    expect(readArticleHeader(" date 2019-05-02 By Ann Lee\n\nBody.").published).toBe("2019-05-02");
    expect(readArticleHeader("Tuesday, May 7, 2019\n\nHeadline here\n\nBody.").published).toBe(
      "2019-05-07",
    );
  });

  it("adds labelled dates, a date alone on a line, and datelines", () => {
    expect(
      readArticleHeader("Bridge reopens\nPublished: March 3, 2024\n\nThe bridge…").published,
    ).toBe("2024-03-03");
    expect(readArticleHeader("Bridge reopens\n3 March 2024\n\nThe bridge…").published).toBe(
      "2024-03-03",
    );
    const h = readArticleHeader("OSLO, March 3, 2024 (NTB) — The bridge reopened.");
    expect(h).toMatchObject({
      published: "2024-03-03",
      dateline: "OSLO",
      agency: "NTB",
      publishedFrom: "dateline",
    });
  });

  it("takes a Markdown heading as the title and ignores relative 'ago' dates", () => {
    const h = readArticleHeader("# Floods in the north\nUpdated 5 min ago\n\nRain fell.");
    expect(h.title).toBe("Floods in the north");
    expect(h.published).toBeNull();
  });

  it("finds an upper-case dateline without a date", () => {
    expect(readArticleHeader("Some headline\n\nBERGEN: The port closed on Monday.").dateline).toBe(
      "BERGEN",
    );
  });
});
