// Instrumentation injected into every benchmarked page before its own scripts (addInitScript).
// Plain JavaScript in a string: functions handed to Playwright from tsx-compiled code can carry
// helper calls that do not exist in the page.
//
// What it records, the same way for the dashboard and the baselines:
// - frames: requestAnimationFrame timestamps while recording (frame durations while scrubbing),
//   and Long Animation Frames (PerformanceObserver "long-animation-frame").
// - changes: after arm(selector), every DOM mutation under the element and every canvas draw call
//   on a canvas inside it; for each change, the moment the frame showing it was rendered (a
//   user-blocking task posted from inside that frame, which runs after its rendering step: posted
//   at once when the change happened inside an animation frame callback, else from the next one).
// - input: the timestamp of the first trusted wheel/pointer/click event after arm() (event.timeStamp).
// settle() waits until nothing changed for `quietMs` and returns input → last rendered change.
// - readiness: window.__atlasReady (lib/bench/page-hooks.ts) when the page sets it, else a DOM
//   heuristic (a visible vis-timeline with items, and a Leaflet map with interactive DOM/SVG
//   markers or circles drawn on a canvas), accepted when no hook follows within a grace period.
export const PAGE_PROBE_SCRIPT = `
(() => {
  if (window.__probe) return;
  // The harness reads transferred bytes from Resource Timing (transfer.ts): keep every entry.
  try { performance.setResourceTimingBufferSize(100000); } catch (e) {}
  const probe = {
    frames: [], recording: false, loaf: [],
    watch: null, observer: null, armed: false,
    inputAt: -1, lastChangeAt: -1, lastRenderedAt: -1, changes: 0,
    inFrame: 0, pendingRender: false, heuristicReadyAt: -1,
  };
  const nativeRaf = window.requestAnimationFrame.bind(window);
  // Track whether script runs inside an animation-frame callback (until its microtasks finish).
  window.requestAnimationFrame = function (callback) {
    return nativeRaf(function (ts) {
      probe.inFrame++;
      try { return callback(ts); } finally { queueMicrotask(function () { probe.inFrame--; }); }
    });
  };
  // The frame loop runs only while it has something to do: recording frames, or (until the page
  // is ready) looking for the heuristic signal every third frame (the harness polls the result: its
  // own in-page polling would need eval, which the app's CSP forbids). A loop left running would
  // change what is measured: while a page asks for every frame, Chromium hands it a wheel event
  // ~28 ms after the event was made instead of ~10 ms (bench/README.md).
  let frameCount = 0;
  let looping = false;
  const waitingForReady = function () {
    return probe.heuristicReadyAt < 0 && typeof window.__atlasReady !== "number";
  };
  const loop = function (ts) {
    if (probe.recording) probe.frames.push(ts);
    if (waitingForReady() && ++frameCount % 3 === 0) probe.readiness();
    if (probe.recording || waitingForReady()) nativeRaf(loop);
    else looping = false;
  };
  const startLoop = function () {
    if (looping) return;
    looping = true;
    nativeRaf(loop);
  };
  startLoop();
  try {
    new PerformanceObserver(function (list) {
      for (const e of list.getEntries())
        probe.loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration || 0 });
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch (e) { probe.loafUnsupported = true; }

  // The moment a frame has been rendered: a task posted from inside the frame runs once its
  // style, layout, paint and commit are done. It is posted at user-blocking priority where the
  // browser has scheduler.postTask, so that tasks the page itself queued for "after the frame" (a
  // framework's deferred render, say) do not run first and make the frame look later than it was.
  const renderedNow = function () { probe.pendingRender = false; probe.lastRenderedAt = performance.now(); };
  const channel = new MessageChannel();
  channel.port1.onmessage = renderedNow;
  const postUrgent = window.scheduler && typeof window.scheduler.postTask === "function"
    ? function () { window.scheduler.postTask(renderedNow, { priority: "user-blocking" }); }
    : function () { channel.port2.postMessage(0); };
  const afterRender = function () {
    if (probe.pendingRender) return;
    probe.pendingRender = true;
    if (probe.inFrame > 0) postUrgent();
    else nativeRaf(postUrgent);
  };
  const changed = function () {
    if (!probe.armed) return;
    probe.changes++;
    probe.lastChangeAt = performance.now();
    afterRender();
  };
  for (const name of ["fill", "stroke", "fillRect", "strokeRect", "clearRect", "drawImage", "fillText", "putImageData"]) {
    const original = CanvasRenderingContext2D.prototype[name];
    if (typeof original !== "function") continue;
    CanvasRenderingContext2D.prototype[name] = function () {
      if (probe.armed && probe.watch && probe.watch.contains(this.canvas)) changed();
      return original.apply(this, arguments);
    };
  }
  // Canvas circle markers (Leaflet preferCanvas / L.canvas): remember, per canvas, the largest
  // circle drawn since the last full clear, so the harness can click a canvas marker (the busiest
  // place is usually the largest). Kept on the context object itself and compared before anything
  // else: this runs for every circle of every redraw (10,000 a frame in the tuned baseline at 10k,
  // 3,000 in the app at 100k), and a lookup keyed by canvas there cost the pages measured ~0.5 µs
  // a circle.
  const contexts = new Set();
  probe.arcs = {
    entries: function () {
      const out = [];
      for (const context of contexts) if (context.__probeArc) out.push([context.canvas, context.__probeArc]);
      return out;
    },
  };
  const arc = CanvasRenderingContext2D.prototype.arc;
  // Named parameters and call(), not apply(this, arguments): measured in this Chromium, apply with
  // arguments added up to ~1 µs a circle, as much as the native arc itself.
  CanvasRenderingContext2D.prototype.arc = function (x, y, r, startAngle, endAngle, counterclockwise) {
    if (r >= 2) {
      const best = this.__probeArc;
      if (best === undefined || best === null || r > best.r) {
        if (best === undefined) contexts.add(this);
        this.__probeArc = { x: x, y: y, r: r, t: this.getTransform() };
      }
    }
    return arc.call(this, x, y, r, startAngle, endAngle, counterclockwise);
  };
  const clearRect = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (x, y, w, h) {
    if (this.__probeArc && w >= this.canvas.width && h >= this.canvas.height) this.__probeArc = null;
    return clearRect.apply(this, arguments);
  };
  /** Viewport point of the largest canvas circle inside the map that is really under the pointer. */
  probe.canvasMarkerPoint = function () {
    const map = document.querySelector(".leaflet-container");
    if (!map) return null;
    let found = null;
    for (const [canvas, best] of probe.arcs.entries()) {
      if (!canvas.isConnected || !map.contains(canvas)) continue;
      const rect = canvas.getBoundingClientRect();
      if (!rect.width || !canvas.width) continue;
      const dx = best.t.a * best.x + best.t.c * best.y + best.t.e;
      const dy = best.t.b * best.x + best.t.d * best.y + best.t.f;
      const x = rect.left + dx * (rect.width / canvas.width);
      const y = rect.top + dy * (rect.height / canvas.height);
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      if (document.elementFromPoint(x, y) !== canvas) continue;
      if (!found || best.r > found.r) found = { x: x, y: y, r: best.r, placeId: null };
    }
    return found;
  };
  for (const type of ["wheel", "pointerdown", "mousedown", "click", "keydown"])
    window.addEventListener(type, function (event) {
      if (probe.armed && probe.inputAt < 0 && event.isTrusted) probe.inputAt = event.timeStamp;
    }, { capture: true, passive: true });

  probe.arm = function (selector) {
    const el = selector ? document.querySelector(selector) : document.documentElement;
    if (!el) return false;
    if (probe.observer) probe.observer.disconnect();
    probe.watch = el;
    probe.inputAt = -1; probe.lastChangeAt = -1; probe.lastRenderedAt = -1; probe.changes = 0;
    // Writes that leave a value as it was are not changes (a view re-applying the same style).
    probe.observer = new MutationObserver(function (records) {
      for (const r of records) {
        if (r.type === "childList" ||
            (r.type === "attributes" && r.target.getAttribute(r.attributeName) !== r.oldValue) ||
            (r.type === "characterData" && r.target.data !== r.oldValue)) {
          changed();
          return;
        }
      }
    });
    probe.observer.observe(el, {
      subtree: true, childList: true, attributes: true, characterData: true,
      attributeOldValue: true, characterDataOldValue: true,
    });
    probe.armed = true;
    return true;
  };
  probe.settle = function (quietMs, maxMs) {
    const started = performance.now();
    return new Promise(function (resolve) {
      const check = function () {
        const now = performance.now();
        const last = Math.max(probe.lastChangeAt, probe.lastRenderedAt, probe.inputAt);
        const quiet = probe.inputAt >= 0 && !probe.pendingRender && now - last >= quietMs;
        if (quiet || now - started > maxMs) {
          probe.armed = false;
          if (probe.observer) probe.observer.disconnect();
          probe.observer = null;
          resolve({
            inputAt: probe.inputAt, changes: probe.changes, timedOut: !quiet,
            latency: probe.inputAt >= 0 && probe.changes > 0 && probe.lastRenderedAt >= 0
              ? probe.lastRenderedAt - probe.inputAt : null,
          });
        } else setTimeout(check, 25);
      };
      check();
    });
  };
  probe.startFrames = function () {
    probe.frames = []; probe.recording = true; probe.frameStart = performance.now();
    startLoop();
  };
  probe.looping = function () { return looping; };
  probe.stopFrames = function () {
    probe.recording = false;
    const from = probe.frameStart;
    return {
      frames: probe.frames.slice(),
      loaf: probe.loaf.filter(function (e) { return e.start + e.duration >= from; }),
      loafUnsupported: !!probe.loafUnsupported,
    };
  };
  const visible = function (el) {
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden";
  };
  probe.heuristicReady = function () {
    const timeline = document.querySelector(".vis-timeline");
    if (!visible(timeline) || !timeline.querySelector(".vis-item, .vis-cluster")) return false;
    const map = document.querySelector(".leaflet-container");
    if (!visible(map)) return false;
    // Interactive marker elements (labels are not), or circles drawn on a canvas in the map (a
    // canvas alone may be the basemap).
    if (map.querySelector(".leaflet-marker-icon.leaflet-interactive, path.leaflet-interactive, [data-place-id]")) return true;
    for (const [canvas] of probe.arcs.entries()) if (map.contains(canvas)) return true;
    return false;
  };
  probe.readiness = function () {
    if (typeof window.__atlasReady === "number") return { ready: true, at: window.__atlasReady, method: "hook" };
    if (probe.heuristicReadyAt < 0 && probe.heuristicReady()) probe.heuristicReadyAt = performance.now();
    return probe.heuristicReadyAt >= 0
      ? { ready: true, at: probe.heuristicReadyAt, method: "heuristic" }
      : { ready: false, at: -1, method: "none" };
  };
  // The page's own hook wins; the heuristic is accepted only when no hook follows within graceMs.
  probe.readyForBench = function (graceMs) {
    const r = probe.readiness();
    if (!r.ready) return false;
    if (r.method === "hook") return true;
    return performance.now() - r.at >= graceMs;
  };
  window.__probe = probe;
})();
`;
