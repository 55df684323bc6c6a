// Shared plumbing of the picture and download routes: the dataset (or a 503 naming the data
// problem), the validated view state (or a 400 naming the parameter), JSON errors, filenames.
import type { ApiError, Parsed } from "../api-params";
import { knownIdsOf, parseStateStrict } from "../api-params";
import { DataFileError, type Dataset } from "../data-files";
import { memoPerDataset } from "../dataset-memo";
import { getDataset } from "../events";
import { PRODUCT_SLUG } from "../product";
import type { ViewState } from "../view-state";

export function jsonError(
  error: ApiError | { error: string; param?: string },
  status = 400,
): Response {
  return Response.json(error, { status, headers: { "Cache-Control": "no-store" } });
}

/** Load the dataset; a missing or invalid data file is a 503 (the server is fine, the data is not). */
export function loadDataset(): { dataset: Dataset } | { response: Response } {
  try {
    return { dataset: getDataset() };
  } catch (error) {
    if (error instanceof DataFileError)
      return {
        response: jsonError(
          { error: `data unavailable: ${error.problems.length} problem(s) in the data files` },
          503,
        ),
      };
    throw error;
  }
}

export function stateFor(params: URLSearchParams, dataset: Dataset): Parsed<ViewState> {
  return parseStateStrict(params, memoPerDataset("known-ids", dataset, knownIdsOf));
}

/** `event-atlas-2021-01-01-to-2021-12-31.csv`: the range in the name tells downloads apart. */
export function downloadFilename(state: ViewState, extension: string, kind = "events"): string {
  const range = [state.from ?? "start", state.to ?? "end"].join("-to-");
  const safe = `${PRODUCT_SLUG}-${kind}-${range}`.replace(/[^A-Za-z0-9._-]/g, "-");
  return `${safe}.${extension}`;
}

export function attachment(filename: string): string {
  return `attachment; filename="${filename}"`;
}

/** Header listing parameters that were clamped to the documented limits, if any. */
export function clampHeader(clamped: readonly string[]): Record<string, string> {
  return clamped.length > 0 ? { "X-Param-Clamped": clamped.join(",") } : {};
}
