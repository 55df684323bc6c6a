// A job that runs once, just after the next frame has been painted: the place for work that must
// follow a change but should not make the frame showing that change late.

/** Runs the latest job once, after the next frame has been painted (coalescing repeated calls). */
export class AfterPaint {
  private job: (() => void) | null = null;
  private frame: number | null = null;
  private readonly channel = typeof MessageChannel === "function" ? new MessageChannel() : null;

  constructor() {
    if (this.channel) this.channel.port1.onmessage = () => this.flush();
  }

  run(job: () => void): void {
    this.job = job;
    if (this.frame !== null) return;
    // A message posted from an animation frame is delivered after that frame is rendered.
    this.frame = requestAnimationFrame(() => {
      if (this.channel) this.channel.port2.postMessage(0);
      else setTimeout(() => this.flush(), 0);
    });
  }

  cancel(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    this.job = null;
  }

  private flush(): void {
    this.frame = null;
    const job = this.job;
    this.job = null;
    job?.();
  }
}
