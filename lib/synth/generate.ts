// The synthetic dataset generator: N events in the data contract's schema, deterministic for a
// seed. Events are drawn (date, category, places, actors, text), sorted by date, then grouped into
// synthetic source articles whose text contains each event's quote at the recorded offsets.
import { createHash } from "node:crypto";
import { periodEndMs, periodStartMs } from "../dates";
import {
  type Actor,
  CATEGORIES,
  type Category,
  type NewsEvent,
  type Place,
  type Source,
  type SourceRef,
} from "../schema";
import { drawEventDate, isoAt, type SynthDate } from "./event-dates";
import {
  ACTORS,
  eventText,
  FILLER_SENTENCES,
  PUBLISHERS,
  quoteSentence,
  spokenDate,
} from "./event-text";
import { selectPlaces } from "./gazetteer";
import { createRng, type Rng, weightedSampler } from "./prng";

export interface SynthOptions {
  events: number;
  seed: string | number;
  /** Number of gazetteer places; default scales with events (40 … 3000). */
  places?: number;
}

export interface SynthDataset {
  events: NewsEvent[];
  places: Place[];
  sources: Source[];
  /** Source text by source `file` name (written under `seeds/` beside the data files). */
  texts: Map<string, string>;
}

const DAY_MS = 86_400_000;

export function defaultPlaceCount(events: number): number {
  return Math.min(3000, Math.max(40, Math.round(events / 25)));
}

const BACKGROUND_CATEGORIES: readonly Category[] = CATEGORIES;
const BACKGROUND_WEIGHTS = [12, 4, 8, 18, 20, 10, 6, 14, 8];

interface Draft {
  order: number;
  date: SynthDate;
  startMs: number;
  endMs: number;
  category: Category;
  places: string[];
  origin: string | null;
  actors: Actor[];
  title: string;
  summary: string;
  reviewed: boolean;
  confidence: number;
}

function draftEvent(
  order: number,
  rng: Rng,
  places: readonly Place[],
  drawPlace: (rng: Rng) => Place,
  drawCategory: (rng: Rng) => Category,
): Draft {
  const date = drawEventDate(rng);
  const category =
    date.crisis && rng.chance(0.8) ? rng.pick(date.crisis.categories) : drawCategory(rng);
  const count = rng.chance(0.75) ? 1 : rng.chance(0.8) ? 2 : 3;
  const chosen: Place[] = [];
  for (let tries = 0; chosen.length < Math.min(count, places.length) && tries < 10; tries++) {
    const place = drawPlace(rng);
    if (!chosen.includes(place)) chosen.push(place);
  }
  const main = chosen[0] as Place;
  const local = ACTORS.filter((actor) => actor.country === main.country);
  const a = local.length > 0 && rng.chance(0.7) ? rng.pick(local) : rng.pick(ACTORS);
  let b = rng.pick(ACTORS);
  if (b === a) b = rng.pick(ACTORS);
  const actors =
    category === "war" || category === "meeting" || category === "agreement" ? [a, b] : [a];
  let origin: string | null = null;
  if (category === "visit" && rng.chance(0.5)) {
    const from = drawPlace(rng);
    if (!chosen.includes(from)) origin = from.id;
  }
  const text = eventText(category, main, a, b, rng);
  const reviewed = rng.chance(0.2);
  const confidence =
    Math.round((reviewed ? 0.9 + rng.next() * 0.1 : 0.4 + rng.next() * 0.55) * 100) / 100;
  return {
    order,
    date,
    startMs: periodStartMs(date.start),
    endMs: periodEndMs(date.end ?? date.start),
    category,
    places: chosen.map((place) => place.id),
    origin,
    actors: [...new Set(actors)].map((actor) => ({ ...actor })),
    title: text.title,
    summary: text.summary,
    reviewed,
    confidence,
  };
}

interface SourcePlan {
  index: number;
  publisher: string;
  /** Draft indices (after sorting) with the sentence variant this source uses. */
  entries: { event: number; variant: "primary" | "secondary" }[];
}

export function generateDataset(options: SynthOptions): SynthDataset {
  const total = Math.max(0, Math.floor(options.events));
  const rng = createRng(options.seed);
  const places = selectPlaces(options.places ?? defaultPlaceCount(total));
  if (places.length === 0) throw new Error("the gazetteer selection is empty");
  // Zipf-like popularity: big cities carry most of the news, small towns a little.
  const drawPlace = weightedSampler(
    places,
    places.map((_, rank) => 1 / (rank + 1) ** 0.8),
  );
  const drawCategory = weightedSampler(BACKGROUND_CATEGORIES, BACKGROUND_WEIGHTS);

  const drafts: Draft[] = [];
  for (let i = 0; i < total; i++) drafts.push(draftEvent(i, rng, places, drawPlace, drawCategory));
  drafts.sort((x, y) => x.startMs - y.startMs || x.endMs - y.endMs || x.order - y.order);

  // Group consecutive events into source articles of 5–40 events, published after their events.
  const plans: SourcePlan[] = [];
  const primaryOf = new Int32Array(drafts.length);
  for (let i = 0; i < drafts.length; ) {
    const size = rng.int(5, 40);
    const plan: SourcePlan = { index: plans.length, publisher: rng.pick(PUBLISHERS), entries: [] };
    for (let j = i; j < Math.min(drafts.length, i + size); j++) {
      plan.entries.push({ event: j, variant: "primary" });
      primaryOf[j] = plan.index;
    }
    plans.push(plan);
    i += size;
  }
  // ~25% of events are told by a second article, ~5% by a third (a later article reports back).
  const extraSources: number[][] = drafts.map(() => []);
  for (let j = 0; j < drafts.length; j++) {
    const extras = rng.chance(0.25) ? (rng.chance(0.2) ? 2 : 1) : 0;
    const primary = primaryOf[j] as number;
    for (let k = 0; k < extras; k++) {
      // Only later articles, so a source is never published before the event it reports.
      const target = primary + rng.int(1, 3);
      if (target >= plans.length || extraSources[j]?.includes(target)) continue;
      extraSources[j]?.push(target);
      plans[target]?.entries.push({ event: j, variant: "secondary" });
    }
  }

  const width = String(Math.max(plans.length, 1)).length + 1;
  const refs: SourceRef[][] = drafts.map(() => []);
  const sources: Source[] = [];
  const texts = new Map<string, string>();
  for (const plan of plans) {
    const id = `synth-src-${String(plan.index + 1).padStart(width, "0")}`;
    const file = `${id}.txt`;
    let lastMs = 0;
    for (const entry of plan.entries)
      lastMs = Math.max(lastMs, (drafts[entry.event] as Draft).endMs);
    const published = isoAt(
      Math.min(lastMs - DAY_MS + rng.int(0, 20) * DAY_MS, Date.UTC(2026, 11, 31)),
      "day",
    );
    const title = `Regional digest no. ${plan.index + 1}, ${spokenDate(published)}`;
    const parts: string[] = [`${title}\n${plan.publisher}, ${spokenDate(published)}\n\n`];
    let length = (parts[0] as string).length;
    const sourceEntries = [...plan.entries].sort((x, y) => x.event - y.event);
    for (const entry of sourceEntries) {
      const draft = drafts[entry.event] as Draft;
      const sentence = quoteSentence(
        { title: draft.title, ...draft.date },
        entry.variant,
        plan.publisher,
      );
      refs[entry.event]?.push({
        sourceId: id,
        quote: sentence,
        start: length,
        end: length + sentence.length,
      });
      const filler = rng.chance(0.3) ? ` ${rng.pick(FILLER_SENTENCES)}` : "";
      const chunk = `${sentence}${filler}\n`;
      parts.push(chunk);
      length += chunk.length;
    }
    const text = parts.join("");
    texts.set(file, text);
    sources.push({
      id,
      file,
      title,
      publisher: plan.publisher,
      author: rng.chance(0.5) ? null : `Desk ${rng.int(1, 20)}`,
      published,
      url: `https://example.org/synthetic/${id}`,
      sha256: createHash("sha256").update(text, "utf8").digest("hex"),
    });
  }

  const idWidth = Math.max(6, String(drafts.length).length);
  const events: NewsEvent[] = drafts.map((draft, j) => ({
    id: `synth-${String(j + 1).padStart(idWidth, "0")}`,
    title: draft.title,
    summary: draft.summary,
    category: draft.category,
    start: draft.date.start,
    end: draft.date.end,
    precision: draft.date.precision,
    places: draft.places,
    origin: draft.origin,
    actors: draft.actors,
    sources: refs[j] ?? [],
    status: draft.reviewed ? "reviewed" : "extracted",
    confidence: draft.confidence,
  }));
  return { events, places, sources, texts };
}
