// How the views that follow the timeline (map, list, counts) keep up with a live window change.
//
// A change that starts a gesture (a single wheel step, the first move of a drag) is rendered at
// once, in the same frame as the timeline. While the gesture goes on, each further change is
// rendered right after the frame that moved the timeline has been painted, so the follower views
// change one frame later (~17 ms) and the last change wins. On a 2-core machine one frame could
// not hold both the timeline's redraw and the followers' (measured at 10,000 events: 8-10% of the
// frames of a timeline drag missed their vsync when both ran in one frame; 1.4% when split).

/** Changes closer together than this belong to one gesture (pointer moves, a spun wheel). */
export const GESTURE_GAP_MS = 100;

export interface FrameHooks {
  now(): number;
  /** Calls `callback` once the frame being prepared has been painted; returns a cancel function. */
  afterPaint(callback: () => void): () => void;
}

export class LiveFollower<T> {
  private pending: { value: T } | null = null;
  private cancelScheduled: (() => void) | null = null;
  private lastChangeAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly render: (value: T) => void,
    private readonly hooks: FrameHooks,
    private readonly gapMs = GESTURE_GAP_MS,
  ) {}

  /** A live change: rendered now when it starts a gesture, else after the current frame. */
  change(value: T): void {
    const now = this.hooks.now();
    const startsGesture = now - this.lastChangeAt >= this.gapMs;
    this.lastChangeAt = now;
    // A change waiting for its frame is never overtaken: the newer one replaces it instead.
    if (startsGesture && this.cancelScheduled === null) {
      this.render(value);
      return;
    }
    this.pending = { value };
    this.cancelScheduled ??= this.hooks.afterPaint(() => {
      this.cancelScheduled = null;
      const pending = this.pending;
      this.pending = null;
      if (pending) this.render(pending.value);
    });
  }

  /** Forgets a change not yet rendered (a committed window replaces it, or the view unmounts). */
  drop(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    this.pending = null;
  }
}

/** A task posted from an animation frame callback runs once that frame has been painted. */
export function browserFrameHooks(): FrameHooks {
  const postTask = (task: () => void) => {
    const scheduler = (
      globalThis as {
        scheduler?: { postTask?: (task: () => void, options: { priority: string }) => unknown };
      }
    ).scheduler;
    // user-blocking: ahead of work the page queued for later (React's deferred list render).
    if (typeof scheduler?.postTask === "function")
      void scheduler.postTask(task, { priority: "user-blocking" });
    else setTimeout(task, 0);
  };
  // Nothing is created here: the provider builds its hooks during server rendering too.
  return {
    now: () => performance.now(),
    afterPaint(callback) {
      let cancelled = false;
      const frame = requestAnimationFrame(() =>
        postTask(() => {
          if (!cancelled) callback();
        }),
      );
      return () => {
        cancelled = true;
        cancelAnimationFrame(frame);
      };
    },
  };
}
