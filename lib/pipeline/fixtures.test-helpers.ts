// Small hand-made records for the stage tests (not real data; the real seeds are tested in
// tests/unit/data-*.test.ts).
import type { NewsEvent, Place, Source } from "../schema";

export const TEXT = "Alpha met Beta in Baku on Monday. Later, Gamma spoke.";

export function place(id: string): Place {
  return {
    id,
    name: id,
    aliases: [],
    country: "AZ",
    kind: "city",
    lat: 1,
    lon: 2,
    coordSource: "test",
  };
}

export function source(id = "s1"): Source {
  return {
    id,
    file: `${id}.txt`,
    title: "t",
    publisher: null,
    author: null,
    published: null,
    url: null,
    sha256: "0".repeat(64),
    articles: [{ title: "t", start: 0, end: TEXT.length, published: null, unrelated: false }],
  };
}

export function event(overrides: Partial<NewsEvent> = {}): NewsEvent {
  return {
    id: "alpha-meets-beta",
    title: "Alpha meets Beta",
    summary: "",
    category: "meeting",
    start: "2021-11-01",
    end: null,
    precision: "day",
    places: ["baku"],
    actors: [],
    sources: [{ sourceId: "s1", quote: "Alpha met Beta", start: 0, end: 14 }],
    status: "reviewed",
    confidence: 0.9,
    ...overrides,
  };
}
