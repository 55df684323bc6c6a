import { describe, expect, it } from "vitest";
import type { NewsEvent } from "../schema";
import { parseReviewArgs, toReviews } from "./record-reviews";
import { applyReviews, type Review } from "./reviews";

const e = (id: string): NewsEvent => ({
  id,
  title: id,
  summary: "",
  category: "other",
  start: "2022-05-04",
  end: null,
  precision: "day",
  places: ["rome"],
  actors: [],
  sources: [{ sourceId: "s", quote: "q", start: 0, end: 1 }],
  status: "extracted",
  confidence: 0.6,
});
const at = "2024-01-02T03:04:05.000Z";
const r = (over: Partial<Review>): Review => ({
  eventId: "a",
  action: "accept",
  reviewer: "ana",
  at,
  ...over,
});

describe("applyReviews", () => {
  it("accepts: reviewed, confidence 1, with who and when", () => {
    const { events, problems } = applyReviews([e("a"), e("b")], [r({})]);
    expect(problems).toEqual([]);
    expect(events[0]).toMatchObject({
      status: "reviewed",
      confidence: 1,
      notes: [`accepted by ana at ${at}`],
    });
    expect(events[1]?.status).toBe("extracted");
  });

  it("rejects (the last decision wins) and corrects date, place and category", () => {
    expect(applyReviews([e("a")], [r({ action: "reject" })]).events).toEqual([]);
    expect(applyReviews([e("a")], [r({ action: "reject" }), r({})]).events).toHaveLength(1);
    const { events } = applyReviews(
      [e("a")],
      [r({ action: "edit", set: { start: "2022-05", category: "visit", places: ["oslo"] } })],
    );
    expect(events[0]).toMatchObject({
      start: "2022-05",
      precision: "month",
      category: "visit",
      places: ["oslo"],
      status: "reviewed",
    });
    expect(events[0]?.notes?.[0]).toBe(`corrected (start, category, places) by ana at ${at}`);
  });

  it("reports reviews it cannot apply, naming the review", () => {
    const { problems } = applyReviews(
      [e("a")],
      [
        r({ eventId: "zzz" }),
        r({ action: "edit", set: { start: "2022", precision: "day" } }),
        r({ action: "edit", set: { end: "2020-01-01" } }),
      ],
    );
    expect(problems.map((p) => `${p.record} › ${p.field}: ${p.message}`)).toEqual([
      "reviews[0] (zzz) › eventId: no extracted event with this id",
      "reviews[1] (a) › set.precision: start/end must be written at day precision",
      "reviews[2] (a) › set.end: end is before start",
    ]);
  });
});

describe("review command line", () => {
  it("parses accept, reject and edit with corrections", () => {
    expect(parseReviewArgs(["accept", "a", "b"])).toEqual({
      action: "accept",
      ids: ["a", "b"],
      set: {},
    });
    expect(
      parseReviewArgs([
        "edit",
        "a",
        "--start",
        "2021-10",
        "--end",
        "none",
        "--places",
        "baku, shusha",
        "--note",
        "per wire",
      ]),
    ).toEqual({
      action: "edit",
      ids: ["a"],
      set: { start: "2021-10", end: null, places: ["baku", "shusha"] },
      note: "per wire",
    });
  });

  it.each([
    [["publish", "a"], 'unknown action "publish" (use accept, reject or edit)'],
    [["accept"], "name at least one event id"],
    [
      ["edit", "a"],
      "edit needs at least one of --start --end --precision --category --places --title",
    ],
    [
      ["edit", "a", "--category", "party"],
      "--category must be one of war, ceasefire, drill, visit, meeting, agreement, commemoration, statement, other",
    ],
    [["accept", "a", "--start", "2020"], "accept takes no corrections; use edit"],
    [["edit", "a", "--start"], "--start needs a value"],
  ])("rejects %j", (args, error) => {
    expect(parseReviewArgs(args)).toEqual({ error });
  });

  it("turns a command into dated, signed reviews", () => {
    const cmd = parseReviewArgs(["reject", "a"]);
    if ("error" in cmd) throw new Error(cmd.error);
    expect(toReviews(cmd, "ana", at)).toEqual([
      { eventId: "a", action: "reject", reviewer: "ana", at },
    ]);
  });
});
