// Stage 4: a reviewed quote must occur verbatim in its source; we compute its offsets rather
// than trusting hand-typed numbers. Ambiguity is an error unless `occurrence` picks one.
export type QuoteLocation =
  | { ok: true; start: number; end: number }
  | { ok: false; message: string };

export function findAll(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === "") return found;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** Curly quotes, dashes and runs of spaces are the usual reasons a copied quote fails to match. */
function loosen(s: string): string {
  return s
    .replace(/[‘’′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ");
}

/** @param occurrence 1-based index of the wanted match when the quote occurs more than once. */
export function locateQuote(text: string, quote: string, occurrence?: number): QuoteLocation {
  const found = findAll(text, quote);
  if (found.length === 0) {
    const hint = loosen(text).includes(loosen(quote))
      ? " (a near match differs only in quotation marks, dashes or spacing — copy the source's exact characters, e.g. ’ “ ”)"
      : "";
    return { ok: false, message: `quote not found in the source text${hint}` };
  }
  if (occurrence !== undefined) {
    const at = found[occurrence - 1];
    if (at === undefined)
      return {
        ok: false,
        message: `occurrence ${occurrence} requested but the quote occurs ${found.length} time(s)`,
      };
    return { ok: true, start: at, end: at + quote.length };
  }
  if (found.length > 1)
    return {
      ok: false,
      message: `quote is ambiguous: it occurs ${found.length} times (at ${found.join(", ")}); set "occurrence" (1-based)`,
    };
  const at = found[0] as number;
  return { ok: true, start: at, end: at + quote.length };
}
