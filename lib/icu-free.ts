// Number grouping and id order without ICU. The first toLocaleString / Intl / localeCompare call
// in a page sets up ICU, which costs 12–17 ms of main thread while the dashboard loads; and the
// same count text must come out of the server and the browser.

/** 1234567 → "1,234,567"; negatives keep their sign; fractions and non-finite values as String(). */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  let grouped = "";
  for (let end = digits.length; end > 0; end -= 3)
    grouped = (end > 3 ? "," : "") + digits.slice(Math.max(0, end - 3), end) + grouped;
  return n < 0 ? `-${grouped}` : grouped;
}

/** Code-unit order for ASCII ids: localeCompare would set up an ICU collator (~12 ms) on first use. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
