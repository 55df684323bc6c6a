// Validation of the API routes' own parameters (view, theme, size, scale, …) and of the shared view
// state. Every problem names its parameter so routes answer 400 `{ error, param }`; sizes outside the
// documented limits are clamped (and reported) rather than refused, so a report never gets a 500
// or a picture that takes minutes to draw.
import { CHART_VIEWS, type ChartView } from "./chart/chart-types";
import { THEMES, type ThemeName } from "./chart/theme";
import {
  firstParam,
  type ParamProblem,
  parseViewState,
  type RawParams,
  resolveViewState,
  type ViewState,
} from "./view-state";

/** Documented limits (docs/embedding.md). */
export const CHART_LIMITS = {
  defaultWidth: 1200,
  defaultHeight: 600,
  minWidth: 320,
  minHeight: 200,
  maxWidth: 4000,
  maxHeight: 4000,
  minScale: 1,
  maxScale: 4,
  /** 96 dpi is scale 1: a layout pixel is 1/96 inch, so 300 dpi is scale 3.125. */
  baseDpi: 96,
  /** PNG output pixels (width × height × scale²); above it the scale is lowered to fit. */
  maxOutputPixels: 25_000_000,
  maxTitleLength: 120,
} as const;

export const EMBED_VIEWS = ["both", "timeline", "map", "list"] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export interface ApiError {
  error: string;
  param: string;
}

export type Parsed<T> = { ok: true; value: T; clamped: string[] } | { ok: false; error: ApiError };

export interface ChartParams {
  view: ChartView;
  theme: ThemeName;
  width: number;
  height: number;
  /** PNG only: output pixels per layout pixel. */
  scale: number;
  title: string | null;
  download: boolean;
}

const fail = (param: string, error: string): { ok: false; error: ApiError } => ({
  ok: false,
  error: { error, param },
});

function oneOf<T extends string>(
  params: RawParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T | ApiError {
  const raw = firstParam(params, name);
  if (raw === undefined || raw === "") return fallback;
  const value = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return {
    param: name,
    error: `${name} must be one of ${allowed.join(", ")} (got "${raw.slice(0, 40)}")`,
  };
}

/** A positive whole number, clamped into [min, max]. */
export function pixels(
  params: RawParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
  clamped: string[],
): number | ApiError {
  const raw = firstParam(params, name);
  if (raw === undefined || raw === "") return fallback;
  const value = raw.trim();
  if (!/^\d+$/.test(value))
    return {
      param: name,
      error: `${name} must be a positive whole number of pixels (got "${raw.slice(0, 40)}")`,
    };
  const n = Number(value);
  if (n === 0) return { param: name, error: `${name} must be greater than 0` };
  if (n < min || n > max) clamped.push(name);
  return Math.min(max, Math.max(min, n));
}

function positiveNumber(params: RawParams, name: string): number | undefined | ApiError {
  const raw = firstParam(params, name);
  if (raw === undefined || raw === "") return undefined;
  const value = raw.trim();
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) === 0)
    return { param: name, error: `${name} must be a positive number (got "${raw.slice(0, 40)}")` };
  return Number(value);
}

function flag(params: RawParams, name: string): boolean | ApiError {
  const raw = firstParam(params, name);
  if (raw === undefined || raw === "" || raw === "0" || raw === "false") return false;
  if (raw === "1" || raw === "true") return true;
  return { param: name, error: `${name} must be 1 or 0 (got "${raw.slice(0, 40)}")` };
}

const isError = (v: unknown): v is ApiError =>
  typeof v === "object" && v !== null && "param" in v && "error" in v;

/** The picture parameters of /api/chart.svg and /api/chart.png. */
export function parseChartParams(params: RawParams, format: "svg" | "png"): Parsed<ChartParams> {
  const clamped: string[] = [];
  const L = CHART_LIMITS;
  const view = oneOf(params, "view", CHART_VIEWS, "timeline");
  if (isError(view)) return { ok: false, error: view };
  const theme = oneOf(params, "theme", THEMES, "light");
  if (isError(theme)) return { ok: false, error: theme };
  const width = pixels(params, "width", L.defaultWidth, L.minWidth, L.maxWidth, clamped);
  if (isError(width)) return { ok: false, error: width };
  const height = pixels(params, "height", L.defaultHeight, L.minHeight, L.maxHeight, clamped);
  if (isError(height)) return { ok: false, error: height };
  const download = flag(params, "download");
  if (isError(download)) return { ok: false, error: download };

  const rawScale = positiveNumber(params, "scale");
  if (isError(rawScale)) return { ok: false, error: rawScale };
  const dpi = positiveNumber(params, "dpi");
  if (isError(dpi)) return { ok: false, error: dpi };
  if (rawScale !== undefined && dpi !== undefined)
    return fail("dpi", "give scale or dpi, not both (dpi = 96 × scale)");
  if (format === "svg" && (rawScale !== undefined || dpi !== undefined)) {
    // An SVG has no pixels to multiply; accepting and ignoring would hide a mistake.
    return fail(
      rawScale !== undefined ? "scale" : "dpi",
      "scale and dpi apply to /api/chart.png only",
    );
  }
  let scale = rawScale ?? (dpi !== undefined ? dpi / L.baseDpi : 1);
  const scaleParam = dpi !== undefined ? "dpi" : "scale";
  if (scale < L.minScale || scale > L.maxScale) {
    clamped.push(scaleParam);
    scale = Math.min(L.maxScale, Math.max(L.minScale, scale));
  }
  const budget = Math.sqrt(L.maxOutputPixels / (width * height));
  if (scale > budget) {
    clamped.push(scaleParam);
    scale = Math.floor(budget * 1000) / 1000;
  }

  let title = firstParam(params, "title")?.trim() || null;
  if (title && Array.from(title).length > L.maxTitleLength) {
    clamped.push("title");
    title = Array.from(title).slice(0, L.maxTitleLength).join("");
  }
  return {
    ok: true,
    value: { view, theme, width, height, scale, title, download },
    clamped: [...new Set(clamped)],
  };
}

/** The embed page's extra `view`; lenient (a page shows the default rather than an error). */
export function parseEmbedView(params: RawParams): EmbedView {
  const view = oneOf(params, "view", EMBED_VIEWS, "both");
  return isError(view) ? "both" : view;
}

/** The parts an embed of this `view` shows. */
export function embedParts(view: EmbedView): { timeline: boolean; map: boolean; list: boolean } {
  return {
    timeline: view === "both" || view === "timeline",
    map: view === "both" || view === "map",
    list: view === "both" || view === "list",
  };
}

export function parseEmbedViewStrict(params: RawParams): EmbedView | ApiError {
  return oneOf(params, "view", EMBED_VIEWS, "both");
}

export interface KnownIds {
  hasPlace(id: string): boolean;
  hasEvent(id: string): boolean;
}

function firstProblem(problems: ParamProblem[]): ApiError | null {
  const p = problems[0];
  return p ? { param: p.param, error: `${p.param}: ${p.message}` } : null;
}

/** Parse and resolve the dashboard state; any problem (bad date, unknown category or id) is a 400. */
export function parseStateStrict(params: RawParams, known: KnownIds): Parsed<ViewState> {
  const parsed = parseViewState(params);
  const parseError = firstProblem(parsed.problems);
  if (parseError) return { ok: false, error: parseError };
  const resolved = resolveViewState(parsed.state, known);
  const resolveError = firstProblem(resolved.problems);
  if (resolveError) return { ok: false, error: resolveError };
  return { ok: true, value: resolved.state, clamped: [] };
}

export function knownIdsOf(dataset: {
  events: { id: string }[];
  places: { id: string }[];
}): KnownIds {
  const places = new Set(dataset.places.map((p) => p.id));
  const events = new Set(dataset.events.map((e) => e.id));
  return { hasPlace: (id) => places.has(id), hasEvent: (id) => events.has(id) };
}
