// Types for lib/http/if-none-match.mjs (plain JavaScript, shared with the server script).
export function matchesIfNoneMatch(
  header: string | readonly string[] | null | undefined,
  etag: string,
): boolean;
