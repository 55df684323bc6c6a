import { describe, expect, it } from "vitest";
import { categorize } from "./category";

const cat = (t: string) => categorize(t)?.category ?? null;

describe("categorize", () => {
  it.each([
    ["The prime minister visited Oslo on Monday.", "visit"],
    ["The delegation arrived in Nairobi for a three-day trip.", "visit"],
    ["The two ministers met in Geneva and discussed trade.", "meeting"],
    ["Naval forces held joint exercises off the coast.", "drill"],
    ["The two states signed a memorandum on energy.", "agreement"],
    ["Rebels attacked the town, and clashes continued.", "war"],
    ["A truce took effect at midnight.", "ceasefire"],
    ["Veterans commemorated the 50th anniversary of the landing.", "commemoration"],
    ["The spokesman said the border was calm.", "statement"],
    ["Farmers harvested the wheat early.", null],
  ])("%s → %s", (text, expected) => {
    expect(cat(text)).toBe(expected);
  });

  it("weighs the verb over a noun it governs", () => {
    expect(cat("The chiefs discussed plans for further joint drills.")).toBe("meeting");
  });

  it("prefers the specific kind when cues compete", () => {
    expect(cat("The anniversary of the war was marked in the capital.")).toBe("commemoration");
    expect(cat("The sides signed a peace deal ending the war.")).toBe("ceasefire");
    expect(cat("The minister arrived on an official visit and met the president.")).toBe("visit");
  });

  it("reads a violated ceasefire as fighting, not a truce", () => {
    expect(cat("Troops violated the humanitarian ceasefire and shelled villages.")).toBe("war");
  });

  it("does not take 'discussing' (ongoing) as a held meeting", () => {
    expect(cat("The envoy has said both sides are discussing cooperation.")).toBe("statement");
  });
});
