// Writes the dashboard's committed state to the address bar. Selections and filters are history
// entries (pushState); typing and window moves replace the current entry. A window move is written
// a little later: a history write costs ~10 ms, enough to drop a frame at the end of every drag or
// wheel step, and a burst of moves needs only its last URL. Any other write first flushes a pending
// move, so the entry being left keeps the window it showed.

export interface UrlHost {
  history: Pick<History, "pushState" | "replaceState">;
  location: Pick<Location, "pathname" | "search" | "hash">;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** How long a window move waits before it reaches the URL. */
export const DEFERRED_WRITE_MS = 250;

export type UrlWrite = "push" | "replace" | "deferred";

export class UrlWriter {
  private pending: string | null = null;
  private timer: unknown = null;

  constructor(
    private readonly host: UrlHost,
    private readonly delayMs = DEFERRED_WRITE_MS,
  ) {}

  /** The path, query and hash for a serialised query string (empty: no "?"). */
  urlFor(query: string): string {
    const { pathname, hash } = this.host.location;
    return `${pathname}${query ? `?${query}` : ""}${hash}`;
  }

  current(): string {
    const { pathname, search, hash } = this.host.location;
    return `${pathname}${search}${hash}`;
  }

  write(url: string, how: UrlWrite): void {
    if (how === "deferred") {
      this.pending = url;
      if (this.timer === null) this.timer = this.host.setTimeout(() => this.flush(), this.delayMs);
      return;
    }
    this.flush();
    if (url === this.current()) return;
    if (how === "push") this.host.history.pushState(null, "", url);
    else this.host.history.replaceState(null, "", url);
  }

  /** Write a pending move now (before another write, or when the page is left). */
  flush(): void {
    const url = this.pending;
    this.cancelTimer();
    if (url !== null && url !== this.current()) this.host.history.replaceState(null, "", url);
  }

  /** Forget a pending move (back/forward left the entry it belonged to). */
  drop(): void {
    this.cancelTimer();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.host.clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}
