// What the dashboard and embed pages derive from the whole dataset (time extent, default window,
// id sets for URL validation, how the client gets the data, the embed's credit line), computed once
// per loaded dataset for the whole process. Each is O(n) at 100k events; per request it was the
// difference between ~20 and hundreds of requests per second.
import "server-only";
import type { DatasetSource } from "@/components/dashboard/dashboard-provider";
import { defaultWindow, extentOf } from "@/components/dashboard/default-window";
import type { TimeWindow } from "@/components/dashboard/types";
import type { KnownIds } from "@/lib/api-params";
import { citedSources, creditText } from "@/lib/chart/describe-state";
import type { Dataset } from "@/lib/data-files";
import { memoPerDataset } from "@/lib/dataset-memo";
import { DATASET_PATH } from "@/lib/dataset-request";
import { eventSpanMs } from "@/lib/dates";
import { encodedDataset, INLINE_MAX_EVENTS, packedDataset } from "./api/dataset/compact";

export interface DashboardFacts {
  extent: TimeWindow;
  initial: TimeWindow;
  known: KnownIds;
  source: DatasetSource;
}

export function dashboardFacts(dataset: Dataset): DashboardFacts {
  return memoPerDataset("dashboard-facts", dataset, (d) => {
    const spans = d.events.map(eventSpanMs);
    const placeIds = new Set(d.places.map((p) => p.id));
    const eventIds = new Set(d.events.map((e) => e.id));
    const encoded = encodedDataset(d);
    const source: DatasetSource =
      encoded.compact && d.events.length <= INLINE_MAX_EVENTS
        ? { kind: "inline", data: encoded.compact }
        : {
            kind: "remote",
            url: `${DATASET_PATH}?v=${encodeURIComponent(encoded.etag.replace(/"/g, ""))}&packed=gzip`,
            eventCount: d.events.length,
          };
    // Compressed now, so the first visitor's request does not wait for it.
    if (source.kind === "remote") packedDataset(d).catch(() => undefined);
    return {
      extent: extentOf(spans),
      initial: defaultWindow(spans),
      known: { hasPlace: (id) => placeIds.has(id), hasEvent: (id) => eventIds.has(id) },
      source,
    };
  });
}

/** The embed's source credit ("Sources: …" without the final period, or "No sources"). */
export function embedCredit(dataset: Dataset): string {
  return memoPerDataset("embed-credit", dataset, (d) =>
    citedSources(d.events, d.sources).length > 0
      ? creditText(d.events, d.sources).replace(/\.$/, "")
      : "No sources",
  );
}
