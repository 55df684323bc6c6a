// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { browserFrameHooks, type FrameHooks, GESTURE_GAP_MS, LiveFollower } from "./live-follower";

/** A clock and a frame queue driven by the test. */
function fakeFrames() {
  let time = 1000;
  let scheduled: (() => void)[] = [];
  const hooks: FrameHooks = {
    now: () => time,
    afterPaint(callback) {
      scheduled.push(callback);
      return () => {
        scheduled = scheduled.filter((c) => c !== callback);
      };
    },
  };
  return {
    hooks,
    advance(ms: number) {
      time += ms;
    },
    pending: () => scheduled.length,
    paint() {
      const due = scheduled;
      scheduled = [];
      for (const callback of due) callback();
    },
  };
}

function follower() {
  const frames = fakeFrames();
  const rendered: number[] = [];
  const live = new LiveFollower<number>((value) => rendered.push(value), frames.hooks);
  return { frames, rendered, live };
}

describe("LiveFollower", () => {
  it("renders the first change of a gesture at once", () => {
    const { live, rendered, frames } = follower();
    live.change(1);
    expect(rendered).toEqual([1]);
    expect(frames.pending()).toBe(0);
  });

  it("renders the rest of a gesture after the frame, the last change winning", () => {
    const { live, rendered, frames } = follower();
    live.change(1);
    frames.advance(16);
    live.change(2);
    frames.advance(5);
    live.change(3);
    expect(rendered).toEqual([1]);
    expect(frames.pending()).toBe(1);
    frames.paint();
    expect(rendered).toEqual([1, 3]);
    frames.paint();
    expect(rendered).toEqual([1, 3]);
  });

  it("renders a change at once again after a pause as long as the gesture gap", () => {
    const { live, rendered, frames } = follower();
    live.change(1);
    frames.advance(GESTURE_GAP_MS - 1);
    live.change(2);
    frames.paint();
    frames.advance(GESTURE_GAP_MS);
    live.change(3);
    expect(rendered).toEqual([1, 2, 3]);
  });

  it("never lets a new gesture overtake a change still waiting for its frame", () => {
    const { live, rendered, frames } = follower();
    live.change(1);
    frames.advance(10);
    live.change(2);
    frames.advance(GESTURE_GAP_MS);
    live.change(3);
    expect(rendered).toEqual([1]);
    frames.paint();
    expect(rendered).toEqual([1, 3]);
  });

  it("drops a waiting change (a committed window replaces it)", () => {
    const { live, rendered, frames } = follower();
    live.change(1);
    frames.advance(10);
    live.change(2);
    live.drop();
    expect(frames.pending()).toBe(0);
    frames.paint();
    expect(rendered).toEqual([1]);
    frames.advance(10);
    live.change(4);
    frames.paint();
    expect(rendered).toEqual([1, 4]);
  });
});

describe("browserFrameHooks", () => {
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

  it("calls back after the next animation frame, in a task of its own", async () => {
    const order: string[] = [];
    browserFrameHooks().afterPaint(() => order.push("after paint"));
    requestAnimationFrame(() => {
      order.push("frame");
      queueMicrotask(() => order.push("frame microtask"));
    });
    await nextFrame();
    await settle();
    expect(order).toEqual(["frame", "frame microtask", "after paint"]);
  });

  it("does not call back once cancelled, before or after the frame", async () => {
    const calls: string[] = [];
    const hooks = browserFrameHooks();
    hooks.afterPaint(() => calls.push("early"))();
    const late = hooks.afterPaint(() => calls.push("late"));
    await nextFrame();
    late();
    await settle();
    expect(calls).toEqual([]);
  });
});
