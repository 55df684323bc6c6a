// Bytes a page load transferred, read from the page's own Resource Timing entries once it is ready
// (transferSize: compressed body plus headers, as sent). Counting them from outside instead, with a
// CDP session listening to every network event during the load, made the browser and the harness
// (on the same two cores) do enough work to delay the measured page's ready by ~50 ms.
export type TransferKind = "html" | "js" | "data" | "other";

export interface TimedResource {
  url: string;
  initiatorType: string;
  transferSize: number;
}

export interface TimedLoad {
  /** transferSize of the navigation (the HTML, with the RSC payload inlined in it). */
  navigation: number;
  resources: TimedResource[];
}

/** Run in the page (plain JavaScript: see page-probe.ts). */
export const READ_TIMED_LOAD_SCRIPT = `(() => {
  const nav = performance.getEntriesByType("navigation")[0];
  return {
    navigation: nav ? nav.transferSize : 0,
    resources: performance.getEntriesByType("resource").map((e) => ({
      url: e.name, initiatorType: e.initiatorType, transferSize: e.transferSize,
    })),
  };
})()`;

export function transferKind(resource: Pick<TimedResource, "url" | "initiatorType">): TransferKind {
  let pathname = "";
  try {
    pathname = new URL(resource.url).pathname;
  } catch {
    return "other";
  }
  if (/\.m?js$/.test(pathname)) return "js";
  if (/\.css$/.test(pathname)) return "other";
  // fetch()/XHR, and <link rel="preload" as="fetch"> (the page's dataset) reused by a fetch().
  if (["fetch", "xmlhttprequest", "link"].includes(resource.initiatorType)) return "data";
  return "other";
}

export function transferBytes(load: TimedLoad): Record<TransferKind, number> {
  const bytes: Record<TransferKind, number> = { html: load.navigation, js: 0, data: 0, other: 0 };
  for (const resource of load.resources) bytes[transferKind(resource)] += resource.transferSize;
  return bytes;
}
