// URLs and HTML for embedding a dashboard state elsewhere: the /embed URL for a state and view,
// and the <iframe> snippet (used by the Share dialog and the oEmbed endpoint). Browser-safe.
import type { EmbedView } from "./api-params";
import { DATASET_NAME, PRODUCT_NAME, PRODUCT_SLUG } from "./product";

/** The dashboard's state parameters, in the order serializeViewState writes them. */
export const STATE_PARAMS = ["from", "to", "cat", "place", "event", "q", "reviewed"] as const;

export const EMBED_SIZES: Record<EmbedView, { width: number; height: number }> = {
  both: { width: 960, height: 720 },
  timeline: { width: 960, height: 420 },
  map: { width: 800, height: 560 },
  list: { width: 640, height: 600 },
};

/** `/embed?…&view=…` on `origin`, keeping only the state parameters of `query`. */
export function embedUrl(origin: string, query: URLSearchParams, view: EmbedView): string {
  const params = new URLSearchParams();
  for (const name of STATE_PARAMS) {
    const value = query.get(name);
    if (value) params.set(name, value);
  }
  if (view !== "both") params.set("view", view);
  const search = params.toString();
  return `${origin}/embed${search ? `?${search}` : ""}`;
}

/** The dashboard URL of the same state (the embed's "Open full view" link). */
export function dashboardUrl(origin: string, query: URLSearchParams): string {
  const params = new URLSearchParams();
  for (const name of STATE_PARAMS) {
    const value = query.get(name);
    if (value) params.set(name, value);
  }
  const search = params.toString();
  return `${origin}/${search ? `?${search}` : ""}`;
}

const attr = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The snippet a host page pastes. The sandbox keeps the embed away from the host page. */
export function iframeHtml(src: string, width: number, height: number): string {
  return [
    `<iframe src="${attr(src)}"`,
    ` width="${width}" height="${height}"`,
    ` style="border:0;max-width:100%"`,
    ` title="${attr(`${PRODUCT_NAME}: ${DATASET_NAME}`)}"`,
    ` loading="lazy"`,
    ` sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"`,
    ` data-${PRODUCT_SLUG}-embed></iframe>`,
  ].join("");
}
