// The oEmbed discovery link for a page's Next metadata, built from the request's own Host header
// so the link names the address the visitor used. Server-only (reads request headers).
import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { oembedDiscoveryHref } from "./oembed";

type Params = Record<string, string | string[] | undefined>;

/** Absolute URL of the current request for `pathname` with its (single-valued) query. */
export async function currentPageUrl(pathname: string, params: Params): Promise<string> {
  const h = await headers();
  const host = h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (typeof v === "string") query.set(k, v);
  const search = query.toString();
  return `${proto}://${host}${pathname}${search ? `?${search}` : ""}`;
}

/** `alternates` for generateMetadata: `<link rel="alternate" type="application/json+oembed">`. */
export async function oembedAlternates(
  pathname: string,
  params: Params,
): Promise<Metadata["alternates"]> {
  const url = await currentPageUrl(pathname, params);
  return { types: { "application/json+oembed": oembedDiscoveryHref(url) } };
}
