import { describe, expect, it } from "vitest";
import { clauseAround, isHypothetical, modalMarker } from "./modality";

describe("modality", () => {
  it.each([
    "The ministers will meet in Rome on May 4.",
    "The navy plans to hold exercises in 2025.",
    "A trade agreement is expected to be signed soon.",
    "They hoped the meeting would open new routes.",
    "The government expressed interest in buying the aircraft.",
    "Engineers are ready to start demining next year.",
    "The road is being rebuilt.",
    "The summit could take place in June.",
  ])("marks as not a past event: %s", (s) => {
    expect(isHypothetical(s, s.length - 5)).not.toBeNull();
  });

  it.each([
    "The ministers met in Rome on May 4.",
    "The navy held exercises in 2021.",
    "The agreement was signed on March 2.",
  ])("keeps a past statement: %s", (s) => {
    expect(isHypothetical(s, s.length - 5)).toBeNull();
  });

  it("checks only the clause around the date", () => {
    const s = "The talks began on Monday; a second round will follow.";
    expect(isHypothetical(s, s.indexOf("Monday"))).toBeNull();
    expect(isHypothetical(s, s.indexOf("second"))).toBe("will");
    expect(clauseAround(s, 3)).toEqual({ start: 0, end: s.indexOf(";") });
    expect(modalMarker("nothing planned here")).toBeNull();
  });
});
