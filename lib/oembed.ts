// oEmbed 1.0 provider (https://oembed.com): a `rich` response with the iframe snippet for any
// dashboard (/) or embed (/embed) URL of this site. Foreign or other URLs are 404, formats other
// than JSON 501, a missing or malformed url or size 400 — each naming the parameter.
import { type ApiError, parseEmbedView } from "./api-params";
import { EMBED_SIZES, embedUrl, iframeHtml } from "./embed-snippet";
import { DATASET_NAME, PRODUCT_NAME } from "./product";

export interface OEmbedRich {
  version: "1.0";
  type: "rich";
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

export type OEmbedResult =
  | { status: 200; body: OEmbedRich }
  | { status: 400 | 404 | 501; body: ApiError };

const EMBEDDABLE_PATHS = new Set(["/", "/embed", "/embed/"]);

/** This site's origin as the client addressed it (the Host header; Next's request.url may say
 * localhost). An https proxy in front is recognised by X-Forwarded-Proto. */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("host") ?? url.host;
  const proto = request.headers.get("x-forwarded-proto") === "https" ? "https:" : url.protocol;
  try {
    return new URL(`${proto}//${host}`).origin;
  } catch {
    return url.origin;
  }
}

/** The href of the discovery `<link rel="alternate" type="application/json+oembed">` of a page. */
export function oembedDiscoveryHref(pageUrl: string): string {
  const origin = new URL(pageUrl).origin;
  return `${origin}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}

function maxSize(raw: string | null, param: string): number | null | ApiError {
  if (raw === null || raw === "") return null;
  if (!/^\d{1,6}$/.test(raw.trim()) || Number(raw) === 0)
    return {
      param,
      error: `${param} must be a positive whole number of pixels (got "${raw.slice(0, 40)}")`,
    };
  return Number(raw);
}

const isError = (v: unknown): v is ApiError => typeof v === "object" && v !== null && "param" in v;

/** Answer an oEmbed request; `origin` is this site's origin as the request reached it. */
export function oembedFor(query: URLSearchParams, origin: string): OEmbedResult {
  const format = query.get("format");
  if (format && format.toLowerCase() !== "json")
    return {
      status: 501,
      body: {
        param: "format",
        error: `format "${format.slice(0, 20)}" is not supported; use json`,
      },
    };
  const raw = query.get("url");
  if (!raw) return { status: 400, body: { param: "url", error: "url is required" } };
  let target: URL;
  try {
    target = new URL(raw);
  } catch {
    return { status: 400, body: { param: "url", error: "url must be an absolute http(s) URL" } };
  }
  if (target.protocol !== "http:" && target.protocol !== "https:")
    return { status: 400, body: { param: "url", error: "url must be an absolute http(s) URL" } };
  if (target.origin !== origin || !EMBEDDABLE_PATHS.has(target.pathname))
    return {
      status: 404,
      body: { param: "url", error: "not a dashboard or embed URL of this site" },
    };
  const maxWidth = maxSize(query.get("maxwidth"), "maxwidth");
  if (isError(maxWidth)) return { status: 400, body: maxWidth };
  const maxHeight = maxSize(query.get("maxheight"), "maxheight");
  if (isError(maxHeight)) return { status: 400, body: maxHeight };

  const view = parseEmbedView(target.searchParams);
  const size = EMBED_SIZES[view];
  const width = Math.min(size.width, maxWidth ?? size.width);
  const height = Math.min(size.height, maxHeight ?? size.height);
  return {
    status: 200,
    body: {
      version: "1.0",
      type: "rich",
      provider_name: PRODUCT_NAME,
      provider_url: `${origin}/`,
      title: `${PRODUCT_NAME}: ${DATASET_NAME}`,
      html: iframeHtml(embedUrl(origin, target.searchParams, view), width, height),
      width,
      height,
      cache_age: 300,
    },
  };
}
