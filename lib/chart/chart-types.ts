// What a still picture is drawn from: the validated request (size, theme, view state) and the
// already filtered events plus the lookup tables they refer to.
import type { NewsEvent, Place, Source } from "../schema";
import type { ViewState } from "../view-state";
import type { ThemeName } from "./theme";

export const CHART_VIEWS = ["timeline", "map"] as const;
export type ChartView = (typeof CHART_VIEWS)[number];

export interface ChartRequest {
  view: ChartView;
  width: number;
  height: number;
  theme: ThemeName;
  /** Caller's title; null for the default (dataset name and view). */
  title: string | null;
  state: ViewState;
}

export interface ChartData {
  /** Events the state shows (filterEvents output), in date order. */
  events: readonly NewsEvent[];
  places: readonly Place[];
  sources: readonly Source[];
  /** Whole dataset's time extent in UTC ms, used when nothing narrower is known. */
  extent: { startMs: number; endMs: number } | null;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendItem {
  label: string;
  color: string;
  mark: "bar" | "faded" | "circle";
}
