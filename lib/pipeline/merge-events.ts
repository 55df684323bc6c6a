// Stage 7: one event per happening. Reviewed events are authoritative: a machine-extracted
// event that matches one (same id, or same category and dates) only adds its sources to it.
// Extracted events that match each other are merged the same way; the rest pass through.
import type { NewsEvent, SourceRef } from "../schema";

export function mergeKey(e: Pick<NewsEvent, "category" | "start" | "end">): string {
  return `${e.category}|${e.start}|${e.end ?? ""}`;
}

function refKey(r: SourceRef): string {
  return `${r.sourceId}|${r.start}|${r.end}`;
}

function withSources(target: NewsEvent, extra: readonly SourceRef[]): NewsEvent {
  const seen = new Set(target.sources.map(refKey));
  const added = extra.filter((r) => {
    const k = refKey(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return added.length ? { ...target, sources: [...target.sources, ...added] } : target;
}

export function mergeEvents(
  reviewed: readonly NewsEvent[],
  extracted: readonly NewsEvent[],
): NewsEvent[] {
  const byId = new Map<string, NewsEvent>();
  const idByKey = new Map<string, string>();
  for (const e of reviewed) {
    byId.set(e.id, e);
    // Two reviewed events may share dates and category (two meetings on one day): the reviewer
    // decided they differ, so only the first claims the key for matching extracted proposals.
    if (!idByKey.has(mergeKey(e))) idByKey.set(mergeKey(e), e.id);
  }
  const ordered = [...extracted].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const e of ordered) {
    const targetId = byId.has(e.id) ? e.id : idByKey.get(mergeKey(e));
    const target = targetId === undefined ? undefined : byId.get(targetId);
    if (target) {
      byId.set(target.id, withSources(target, e.sources));
    } else {
      byId.set(e.id, e);
      idByKey.set(mergeKey(e), e.id);
    }
  }
  return [...byId.values()];
}
