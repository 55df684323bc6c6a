import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../data-files";
import { filterEvents } from "../filter-events";
import { EMPTY_VIEW_STATE, parseViewState } from "../view-state";
import { CSV_COLUMNS, csvField, eventsToCsv, neutraliseFormula } from "./csv";
import { parseCsv } from "./parse-csv";

const FIXTURE = path.resolve("tests/fixtures/embed");
const dataset = readDataset({
  events: path.join(FIXTURE, "events.json"),
  places: path.join(FIXTURE, "places.json"),
  sources: path.join(FIXTURE, "sources.json"),
});

/** What a spreadsheet shows for a neutralised cell: the text without the guarding apostrophe. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe("csv fields (RFC 4180)", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rlf", '"cr\rlf"'],
    ["=1+1", "'=1+1"],
    ["+cmd", "'+cmd"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it("leaves safe starts alone", () => {
    for (const value of ["2021-07-27", "Baku", "'quoted", " =not first"])
      expect(neutraliseFormula(value)).toBe(value);
  });
});

describe("eventsToCsv", () => {
  const events = filterEvents(dataset.events, EMPTY_VIEW_STATE, dataset.places);
  const text = eventsToCsv(events, dataset.places);
  const rows = parseCsv(text);

  it("has a header row, one row per filtered event, CRLF line ends", () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(events.length + 1);
    expect(text.endsWith("\r\n")).toBe(true);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it("round-trips every field of the filtered events, formula cells neutralised", () => {
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    events.forEach((event, i) => {
      const row = rows[i + 1] as string[];
      expect(row[col("id")]).toBe(event.id);
      expect(unguard(row[col("title")] as string)).toBe(event.title);
      expect(row[col("start")]).toBe(event.start);
      expect(row[col("end")]).toBe(event.end ?? "");
      expect(row[col("precision")]).toBe(event.precision);
      expect(row[col("category")]).toBe(event.category);
      expect(row[col("place_ids")]).toBe(event.places.join("; "));
      expect(row[col("source_ids")]).toBe(event.sources.map((s) => s.sourceId).join("; "));
      expect(unguard(row[col("source_quotes")] as string)).toBe(
        event.sources.map((s) => `[${s.sourceId}] ${s.quote}`).join("\n"),
      );
      for (const cell of row) expect(cell, `${event.id}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
    });
  });

  it("neutralises the formula-injection title and keeps Unicode and markup as text", () => {
    const titles = rows.slice(1).map((r) => r[1]);
    expect(titles).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(titles).toContain("'-10 percent @ talks");
    expect(titles).toContain('<script>alert(1)</script> & "quotes"');
    expect(titles).toContain("Şuşa Qala — İlham Əliyev 🇦🇿 visit");
    const names = rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf("place_names")]);
    expect(names).toContain("Shusha; Kəlbəcər");
  });

  it("follows the filters (same rows as filterEvents)", () => {
    const { state } = parseViewState(new URLSearchParams("cat=visit,war&from=2020-10"));
    const filtered = filterEvents(dataset.events, state, dataset.places);
    const back = parseCsv(eventsToCsv(filtered, dataset.places));
    expect(back.slice(1).map((r) => r[0])).toEqual(filtered.map((e) => e.id));
    expect(filtered.map((e) => e.id)).toEqual(["second-karabakh-war", "formula-visit"]);
  });
});

describe("parseCsv", () => {
  it("rejects malformed input", () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow();
    expect(() => parseCsv("a\nb\r\n")).toThrow();
    expect(() => parseCsv('a"b\r\n')).toThrow();
  });
});
