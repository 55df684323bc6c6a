import { describe, expect, it } from "vitest";
import { locateQuote } from "./locate-quote";

const text = "Pakistan’s chief met. He met again. He met again.";

describe("locateQuote", () => {
  it("returns offsets that slice back to the quote", () => {
    const r = locateQuote(text, "chief met");
    expect(r).toEqual({ ok: true, start: 11, end: 20 });
    if (r.ok) expect(text.slice(r.start, r.end)).toBe("chief met");
  });
  it("reports a missing quote, hinting at curly-quote mismatches", () => {
    const r = locateQuote(text, "Pakistan's chief");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/not found.*quotation marks/);
    const missing = locateQuote(text, "Baku");
    if (!missing.ok) expect(missing.message).toBe("quote not found in the source text");
  });
  it("refuses an ambiguous quote unless an occurrence is given", () => {
    const r = locateQuote(text, "He met again.");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/occurs 2 times.*occurrence/);
    expect(locateQuote(text, "He met again.", 2)).toEqual({ ok: true, start: 36, end: 49 });
    expect(locateQuote(text, "He met again.", 3).ok).toBe(false);
  });
});
