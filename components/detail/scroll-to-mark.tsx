"use client";
// Scroll the first highlighted quote of an article into view on arrival.
import { useEffect } from "react";

export function ScrollToMark({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.scrollIntoView({ block: "center" });
  }, [id]);
  return null;
}
