"use client";
// Tells the host page how tall the embed is, so a ~20-line host script (docs/embedding.md) can size
// the iframe to its content. Posts `{ type: "event-atlas:resize", height }` on every size change.
// Messages from the host are only ever a request for the height: anything else is ignored, and
// nothing in a message is executed or navigated to.
import { useEffect } from "react";
import { PRODUCT_SLUG } from "@/lib/product";

export const RESIZE_MESSAGE = `${PRODUCT_SLUG}:resize`;
export const HEIGHT_REQUEST = `${PRODUCT_SLUG}:request-height`;

/** True only for exactly `{ type: "<slug>:request-height" }`. */
export function isHeightRequest(data: unknown): boolean {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  return (
    keys.length === 1 && keys[0] === "type" && (data as { type: unknown }).type === HEIGHT_REQUEST
  );
}

export function ResizeReporter() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const post = (force = false) => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (!force && height === last) return;
      last = height;
      // The height is not a secret, and the host's origin is unknown in advance: "*" is fine here.
      window.parent.postMessage({ type: RESIZE_MESSAGE, height }, "*");
    };
    const observer = new ResizeObserver(() => post());
    observer.observe(document.documentElement);
    observer.observe(document.body);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || !isHeightRequest(event.data)) return;
      post(true);
    };
    window.addEventListener("message", onMessage);
    post(true);
    return () => {
      observer.disconnect();
      window.removeEventListener("message", onMessage);
    };
  }, []);
  return null;
}
