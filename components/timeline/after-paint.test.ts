import { afterEach, describe, expect, it, vi } from "vitest";
import { AfterPaint } from "./after-paint";

/** Animation frames run by hand. */
function fakeFrames() {
  const callbacks = new Map<number, FrameRequestCallback>();
  let next = 1;
  vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => {
    callbacks.set(next, callback);
    return next++;
  });
  vi.stubGlobal("cancelAnimationFrame", (id: number) => callbacks.delete(id));
  return {
    pending: () => callbacks.size,
    runFrame() {
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback(0);
    },
  };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

afterEach(() => vi.unstubAllGlobals());

describe("AfterPaint", () => {
  it("runs only the latest job, once, after the next frame", async () => {
    const frames = fakeFrames();
    const scheduler = new AfterPaint();
    const ran: string[] = [];
    scheduler.run(() => ran.push("first"));
    scheduler.run(() => ran.push("second"));
    expect(frames.pending()).toBe(1);
    await tick();
    expect(ran).toEqual([]);
    frames.runFrame();
    await tick();
    expect(ran).toEqual(["second"]);
    frames.runFrame();
    await tick();
    expect(ran).toEqual(["second"]);
  });

  it("runs nothing once cancelled, and can be used again", async () => {
    const frames = fakeFrames();
    const scheduler = new AfterPaint();
    const ran: string[] = [];
    scheduler.run(() => ran.push("dropped"));
    scheduler.cancel();
    frames.runFrame();
    await tick();
    expect(ran).toEqual([]);
    scheduler.run(() => ran.push("later"));
    frames.runFrame();
    await tick();
    expect(ran).toEqual(["later"]);
  });
});
