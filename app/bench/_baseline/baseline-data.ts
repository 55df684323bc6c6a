// The payload the baseline pages fetch: every event, as plainly as the libraries want it.
export interface BaselineEvent {
  id: string;
  title: string;
  category: string;
  startMs: number;
  endMs: number;
  /** True for ranges and month/year precision (drawn as a span), false for a single day. */
  span: boolean;
  places: string[];
}

export interface BaselinePlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

export interface BaselineData {
  events: BaselineEvent[];
  places: BaselinePlace[];
  /** The window the app opens on (components/dashboard/default-window.ts), so scrubs compare. */
  window: { startMs: number; endMs: number };
}
