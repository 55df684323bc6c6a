// Stage 9: canonical output — fixed key order, stable sort, 2-space JSON and a final newline —
// so that running the pipeline twice produces byte-identical files.
import type { Dataset } from "../data-files";
import { periodStartMs } from "../dates";
import type { NewsEvent, Place, Source } from "../schema";

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function canonicalPlace(p: Place): Place {
  return {
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    country: p.country,
    kind: p.kind,
    lat: p.lat,
    lon: p.lon,
    coordSource: p.coordSource,
  };
}

export function canonicalSource(s: Source): Source {
  return {
    id: s.id,
    file: s.file,
    title: s.title,
    publisher: s.publisher,
    author: s.author,
    published: s.published,
    url: s.url,
    sha256: s.sha256,
    ...(s.articles
      ? {
          articles: s.articles.map((a) => ({
            title: a.title,
            start: a.start,
            end: a.end,
            published: a.published,
            unrelated: a.unrelated,
          })),
        }
      : {}),
  };
}

export function canonicalEvent(e: NewsEvent): NewsEvent {
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    category: e.category,
    start: e.start,
    end: e.end,
    precision: e.precision,
    places: e.places,
    ...(e.origin !== undefined ? { origin: e.origin } : {}),
    actors: e.actors.map((a) => ({ name: a.name, role: a.role, country: a.country })),
    sources: e.sources.map((r) => ({
      sourceId: r.sourceId,
      quote: r.quote,
      start: r.start,
      end: r.end,
    })),
    status: e.status,
    confidence: e.confidence,
    ...(e.notes !== undefined ? { notes: e.notes } : {}),
  };
}

/** Events by date (start of their period), then id. */
export function compareEvents(a: NewsEvent, b: NewsEvent): number {
  return periodStartMs(a.start) - periodStartMs(b.start) || byId(a, b);
}

export function canonicalDataset(d: Dataset): Dataset {
  return {
    events: d.events.map(canonicalEvent).sort(compareEvents),
    places: d.places.map(canonicalPlace).sort(byId),
    sources: d.sources.map(canonicalSource).sort(byId),
  };
}

export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The three file contents, keyed like DatasetPaths. */
export function serializeDataset(d: Dataset): { events: string; places: string; sources: string } {
  const c = canonicalDataset(d);
  return {
    events: toJsonText({ events: c.events }),
    places: toJsonText(c.places),
    sources: toJsonText(c.sources),
  };
}
