// Bad curated input: every problem is reported as file › record › field, and the previous
// data/*.json are left byte-for-byte untouched.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDatasetFiles, formatProblem } from "@/lib/data-files";
import { buildData } from "@/lib/pipeline/build-data";
import { ROOT, scratchProject } from "./data-helpers";

const OUT = ["events.json", "places.json", "sources.json"];
type Json = { events: Record<string, unknown>[] };

function snapshot(dir: string): string[] {
  return OUT.map((f) => readFileSync(path.join(dir, "data", f), "utf8"));
}

/** Corrupt a curated file in a scratch project, run the pipeline, return its problem lines. */
function failWith(file: string, edit: (text: string) => string): string[] {
  const dir = scratchProject();
  const target = path.join(dir, "data", "curated", file);
  writeFileSync(target, edit(readFileSync(target, "utf8")));
  const before = snapshot(dir);
  const result = buildData({ root: dir });
  expect(result.ok).toBe(false);
  expect(snapshot(dir)).toEqual(before);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const editEvents = (fn: (j: Json) => void) => (text: string) => {
  const j = JSON.parse(text) as Json;
  fn(j);
  return JSON.stringify(j);
};
const at = (j: Json, id: string) => j.events.find((e) => e.id === id) as Record<string, unknown>;

describe("npm run data on bad curated input", () => {
  it("reports malformed JSON", () => {
    const lines = failWith("events.json", (t) => t.slice(0, 100));
    expect(lines[0]).toMatch(/^data\/curated\/events\.json: not valid JSON/);
  });
  it("reports a schema violation naming file, record and field", () => {
    const lines = failWith(
      "events.json",
      editEvents((j) => {
        at(j, "baku-declaration-2021-07-27").category = "party";
      }),
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /^data\/curated\/events\.json › events\[\d+\] \(baku-declaration-2021-07-27\) › category: /,
      ),
    ]);
    const places = failWith("places.json", (t) => t.replace('"lat": 40.37767', '"lat": 140'));
    expect(places).toEqual([
      expect.stringMatching(/^data\/curated\/places\.json › \[\d+\] \(baku\) › lat: /),
    ]);
  });
  it("reports an unknown place id", () => {
    const lines = failWith(
      "events.json",
      editEvents((j) => {
        at(j, "munir-visit-baku-2023-11-01").places = ["bakuu"];
      }),
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /events\.json › events\[\d+\] \(munir-visit-baku-2023-11-01\) › places\[0\]: unknown place id "bakuu"$/,
      ),
    ]);
  });
  it("reports a quote that is not in the source, and an ambiguous one", () => {
    const lines = failWith(
      "events.json",
      editEvents((j) => {
        const refs = at(j, "three-brothers-2021-drills").sources as { quote: string }[];
        (refs[0] as { quote: string }).quote =
          "The Azerbaijani, Turkish and Pakistani special forces conducted drills in Ganja.";
      }),
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /\(three-brothers-2021-drills\) › sources\[0\]\.quote: quote not found/,
      ),
    ]);
    const ambiguous = failWith(
      "events.json",
      editEvents((j) => {
        (at(j, "three-brothers-2021-drills").sources as { quote: string }[])[0] = {
          quote: "Azerbaijan",
          sourceId: "001_30120ac500fa0743",
        } as never;
      }),
    );
    expect(ambiguous[0]).toMatch(/sources\[0\]\.quote: quote is ambiguous/);
  });
  it("reports an end before the start", () => {
    const lines = failWith(
      "events.json",
      editEvents((j) => {
        at(j, "second-karabakh-war-2020").end = "2020-09-01";
      }),
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /\(second-karabakh-war-2020\) › end: end 2020-09-01 is before start 2020-09-27$/,
      ),
    ]);
  });
  it("reports a precision that does not match the dates", () => {
    const lines = failWith(
      "events.json",
      editEvents((j) => {
        at(j, "three-brothers-2021-drills").precision = "day";
      }),
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /\(three-brothers-2021-drills\) › start: "2021" does not match precision "day"$/,
      ),
    ]);
  });
  it("reports duplicate ids", () => {
    const lines = failWith(
      "events.json",
      editEvents((j) => {
        at(j, "february-1992-killings").id = "second-karabakh-war-2020";
      }),
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /events\.json › events\[\d+\] \(second-karabakh-war-2020\) › id: duplicate id/,
      ),
    ]);
    const places = failWith("places.json", (t) => t.replace('"id": "lachin"', '"id": "aghdam"'));
    // Renaming lachin also leaves the events that name it pointing nowhere: both are reported.
    expect(places).toEqual([
      expect.stringMatching(/places\.json › \[\d+\] \(aghdam\) › id: duplicate id "aghdam"/),
      expect.stringMatching(
        /\(karabakh-peace-deal-2020-11-10\) › places\[3\]: unknown place id "lachin"$/,
      ),
    ]);
  });
  it("reports an unknown source id and a weekday the date contradicts", () => {
    const lines = failWith(
      "events.json",
      editEvents((j) => {
        const e = at(j, "azerbaijan-embassy-war-anniversary-2021-11-01");
        e.start = "2023-11-01";
        (e.sources as { sourceId: string }[])[0] = {
          ...(e.sources as { sourceId: string }[])[0],
          sourceId: "005_missing",
        } as never;
      }),
    );
    expect(lines).toEqual([
      expect.stringMatching(/› sources\[0\]\.sourceId: unknown source id "005_missing"/),
      expect.stringMatching(
        /› weekday: Weekday check FAILED: the text says Monday but 2023-11-01 is a Wednesday\.$/,
      ),
    ]);
  });

  it("the CLI prints every problem and exits 1 (real script)", () => {
    const dir = scratchProject();
    const target = path.join(dir, "data", "curated", "events.json");
    writeFileSync(
      target,
      editEvents((j) => {
        at(j, "munir-visit-baku-2023-11-01").places = ["nowhere"];
        at(j, "three-brothers-2021-drills").precision = "month";
      })(readFileSync(target, "utf8")),
    );
    const before = snapshot(dir);
    let stderr = "";
    let status = 0;
    try {
      execFileSync(
        path.join(ROOT, "node_modules/.bin/tsx"),
        [path.join(ROOT, "scripts/data.ts"), "--root", dir],
        { cwd: dir, stdio: "pipe" },
      );
    } catch (error) {
      const e = error as { status: number; stderr: Buffer };
      status = e.status;
      stderr = e.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/places\[0\]: unknown place id "nowhere"/);
    expect(stderr).toMatch(
      /three-brothers-2021-drills\) › start: "2021" does not match precision "month"/,
    );
    expect(stderr).toMatch(/2 problem\(s\); no data file was written/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("npm run validate on bad data files", () => {
  it("names every problem in the output files", () => {
    const dir = scratchProject();
    const file = path.join(dir, "data", "events.json");
    const j = JSON.parse(readFileSync(file, "utf8")) as Json;
    const war = at(j, "second-karabakh-war-2020");
    (war.sources as { start: number }[])[0] = {
      ...(war.sources as { start: number }[])[0],
      start: 3,
    } as never;
    war.places = ["mars"];
    writeFileSync(file, JSON.stringify(j));
    const d = path.join(dir, "data");
    const problems = checkDatasetFiles(
      { events: file, places: path.join(d, "places.json"), sources: path.join(d, "sources.json") },
      { seedsDir: path.join(dir, "seeds") },
    ).map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        /events\.json › events\[\d+\] \(second-karabakh-war-2020\) › places\[0\]: unknown place id "mars"/,
      ),
      expect.stringMatching(/› sources\[0\]: offsets span/),
      expect.stringMatching(/› sources\[0\]\.quote: quote is not at 3–/),
    ]);
  });
  it("reports a seed whose bytes changed since the data was built", () => {
    const dir = scratchProject();
    writeFileSync(path.join(dir, "seeds", "003_072c7506d9b82cf7.txt"), "changed");
    const d = path.join(dir, "data");
    const problems = checkDatasetFiles(
      {
        events: path.join(d, "events.json"),
        places: path.join(d, "places.json"),
        sources: path.join(d, "sources.json"),
      },
      { seedsDir: path.join(dir, "seeds") },
    ).map(formatProblem);
    expect(problems[0]).toMatch(/sources\.json › \[3\] \(003_072c7506d9b82cf7\) › sha256: /);
  });
});
