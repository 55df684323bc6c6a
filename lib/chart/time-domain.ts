// The time window a timeline picture spans: the state's from/to when given, else the shown
// events' extent padded a little, else the whole dataset's extent.
import { DAY_MS, eventSpanMs, periodEndMs, periodStartMs } from "../dates";
import type { NewsEvent } from "../schema";
import type { ViewState } from "../view-state";

export interface TimeDomain {
  startMs: number;
  endMs: number;
}

const FALLBACK: TimeDomain = { startMs: Date.UTC(2020, 0, 1), endMs: Date.UTC(2022, 0, 1) };

export function timeDomain(
  state: Pick<ViewState, "from" | "to">,
  events: readonly NewsEvent[],
  extent: TimeDomain | null,
): TimeDomain {
  // A loop, not Math.min(...spans): a spread of 100k arguments can overflow the stack.
  let dataStart = Infinity;
  let dataEnd = -Infinity;
  for (const event of events) {
    const span = eventSpanMs(event);
    if (span.startMs < dataStart) dataStart = span.startMs;
    if (span.endMs > dataEnd) dataEnd = span.endMs;
  }
  if (events.length === 0) ({ startMs: dataStart, endMs: dataEnd } = extent ?? FALLBACK);
  const pad = Math.max(DAY_MS, Math.round((dataEnd - dataStart) * 0.03));
  let startMs = state.from ? periodStartMs(state.from) : dataStart - pad;
  let endMs = state.to ? periodEndMs(state.to) : dataEnd + pad;
  if (endMs - startMs < DAY_MS) {
    // Only one side given and the data lies beyond it: show a month on the open side.
    if (state.from && !state.to) endMs = startMs + 30 * DAY_MS;
    else startMs = endMs - 30 * DAY_MS;
  }
  return { startMs, endMs };
}
