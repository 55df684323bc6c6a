// If-None-Match (RFC 9110 §13.1.2), in plain JavaScript: the app's routes and the server script
// that `npm start` runs without a compiler (scripts/static-assets.mjs) share this one version.

/**
 * Does an If-None-Match header match this ETag? Weak comparison (a `W/` prefix on either side is
 * ignored), a comma-separated list matches when any entry does, and `*` matches any ETag.
 * @param {string | string[] | null | undefined} header
 * @param {string} etag
 * @returns {boolean}
 */
export function matchesIfNoneMatch(header, etag) {
  if (!header) return false;
  const bare = etag.replace(/^W\//, "");
  const list = Array.isArray(header) ? header.join(",") : header;
  return list
    .split(",")
    .map((tag) => tag.trim())
    .some((tag) => tag === "*" || tag.replace(/^W\//, "") === bare);
}
