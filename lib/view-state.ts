// URL ⇄ view state, shared by the server (pages, API routes) and the client (the dashboard provider).
// Parsing never throws: a bad value is dropped or clamped and reported in `problems`, so pages can
// ignore it and API routes can answer 400 naming the parameter.
import { isoDay, isRealPartialDate, periodEndMs, periodStartMs } from "./dates";
import type { Category } from "./schema";
import { CATEGORIES } from "./vocabulary";

export interface ViewState {
  /** First visible day, `YYYY-MM-DD`, or null for the default window. */
  from: string | null;
  /** Last visible day (inclusive), `YYYY-MM-DD`, or null for the default window. */
  to: string | null;
  /** Categories shown; null means all. */
  cats: Category[] | null;
  place: string | null;
  event: string | null;
  q: string;
  /** Show only reviewed events. */
  reviewed: boolean;
}

export interface ParamProblem {
  param: string;
  message: string;
}

export const EMPTY_VIEW_STATE: ViewState = {
  from: null,
  to: null,
  cats: null,
  place: null,
  event: null,
  q: "",
  reviewed: false,
};

export const MAX_QUERY_LENGTH = 200;
/** The `cat` value meaning "no category shown". */
export const NO_CATEGORIES = "none";
const ID_PATTERN = /^[A-Za-z0-9_-]{1,120}$/;
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

export type RawParams =
  | URLSearchParams
  | Record<string, string | string[] | undefined>
  | Readonly<Record<string, string | string[] | undefined>>;

/** First value of a parameter, whatever shape the params come in. */
export function firstParam(params: RawParams, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Accept `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; widen to the first (or last) day of the period. */
function parseBoundary(
  raw: string | undefined,
  side: "from" | "to",
  problems: ParamProblem[],
): string | null {
  if (raw === undefined || raw === "") return null;
  const value = raw.trim();
  if (!isRealPartialDate(value)) {
    problems.push({
      param: side,
      message: `"${raw}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`,
    });
    return null;
  }
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) {
    problems.push({ param: side, message: `year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}` });
    return null;
  }
  return side === "from" ? isoDay(periodStartMs(value)) : isoDay(periodEndMs(value) - 1);
}

function parseCategories(raw: string | undefined, problems: ParamProblem[]): Category[] | null {
  if (raw === undefined || raw.trim() === "") return null;
  const known = new Set<string>(CATEGORIES);
  const wanted = raw
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  // `cat=none`: every category switched off (an empty list would not survive the URL).
  if (wanted.length === 1 && wanted[0] === NO_CATEGORIES) return [];
  if (wanted.length === 0) return null;
  const unknown = wanted.filter((c) => !known.has(c));
  if (unknown.length > 0)
    problems.push({ param: "cat", message: `unknown categories: ${unknown.join(", ")}` });
  const valid = CATEGORIES.filter((c) => wanted.includes(c));
  return valid.length > 0 ? valid : unknown.length > 0 ? null : [];
}

function parseId(
  raw: string | undefined,
  param: "place" | "event",
  problems: ParamProblem[],
): string | null {
  if (raw === undefined || raw === "") return null;
  if (!ID_PATTERN.test(raw)) {
    problems.push({ param, message: `"${raw.slice(0, 40)}" is not a valid id` });
    return null;
  }
  return raw;
}

export function parseViewState(params: RawParams): { state: ViewState; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  let from = parseBoundary(firstParam(params, "from"), "from", problems);
  let to = parseBoundary(firstParam(params, "to"), "to", problems);
  if (from && to && from > to) [from, to] = [to, from];
  const rawQuery = firstParam(params, "q") ?? "";
  if (rawQuery.length > MAX_QUERY_LENGTH)
    problems.push({ param: "q", message: `longer than ${MAX_QUERY_LENGTH} characters; cut` });
  const reviewedRaw = firstParam(params, "reviewed");
  if (reviewedRaw !== undefined && !["1", "0", "true", "false", ""].includes(reviewedRaw))
    problems.push({ param: "reviewed", message: `"${reviewedRaw}" is not 1 or 0` });
  return {
    state: {
      from,
      to,
      cats: parseCategories(firstParam(params, "cat"), problems),
      place: parseId(firstParam(params, "place"), "place", problems),
      event: parseId(firstParam(params, "event"), "event", problems),
      q: rawQuery.trim().slice(0, MAX_QUERY_LENGTH),
      reviewed: reviewedRaw === "1" || reviewedRaw === "true",
    },
    problems,
  };
}

/** Drop ids that the dataset does not know (an unknown place or event is ignored, not a crash). */
export function resolveViewState(
  state: ViewState,
  known: { hasPlace: (id: string) => boolean; hasEvent: (id: string) => boolean },
): { state: ViewState; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  let { place, event } = state;
  if (place && !known.hasPlace(place)) {
    problems.push({ param: "place", message: `unknown place "${place}"` });
    place = null;
  }
  if (event && !known.hasEvent(event)) {
    problems.push({ param: "event", message: `unknown event "${event}"` });
    event = null;
  }
  return { state: { ...state, place, event }, problems };
}

/** The URL query for a state, parameters in a fixed order, defaults omitted. */
export function serializeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.cats) params.set("cat", state.cats.length > 0 ? state.cats.join(",") : NO_CATEGORIES);
  if (state.place) params.set("place", state.place);
  if (state.event) params.set("event", state.event);
  if (state.q) params.set("q", state.q);
  if (state.reviewed) params.set("reviewed", "1");
  return params;
}

/** Visible window in UTC ms: [from 00:00, to + 1 day). */
export function windowMs(state: Pick<ViewState, "from" | "to">): {
  startMs: number | null;
  endMs: number | null;
} {
  return {
    startMs: state.from ? periodStartMs(state.from) : null,
    endMs: state.to ? periodEndMs(state.to) : null,
  };
}
