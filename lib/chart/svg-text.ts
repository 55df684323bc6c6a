// Text and number helpers for hand-written SVG. Everything here is deterministic: fixed rounding,
// no locale, no time zone, so the same input always gives the same bytes.

/** XML 1.0 forbids most control characters and lone surrogates; librsvg rejects the whole file. */
const XML_INVALID = new RegExp(
  "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]" +
    "|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
  "g",
);

/** Escape text for XML element content and attribute values (double- or single-quoted). */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** A coordinate with at most one decimal, never `-0`, never exponent notation. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return "0";
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) || rounded === 0 ? "0" : String(rounded);
}

/** Rough advance width of DejaVu Sans text (it is a wide face: ~0.6 em average, 0.66 bold). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    if (/[ilI.,:;'|!]/.test(ch)) units += 0.32;
    else if (/[A-Z@MWmw%—🇦-🇿]/u.test(ch)) units += 0.8;
    else if (ch === " ") units += 0.32;
    else units += 0.6;
  }
  return units * fontSize * (bold ? 1.1 : 1);
}

/** Cut text to fit a width, ending with an ellipsis; never splits a surrogate pair. */
export function truncateText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && textWidth(`${chars.join("")}…`, fontSize, bold) > maxWidth)
    chars.pop();
  return chars.length > 0 ? `${chars.join("").trimEnd()}…` : "";
}

/** Greedy word wrap into at most `maxLines` lines; the last line is truncated with an ellipsis. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth || !current) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines - 1) {
      current = words.slice(i).join(" ");
      break;
    }
  }
  if (current) lines.push(current);
  return lines.map((line, i) =>
    i === lines.length - 1 || textWidth(line, fontSize) > maxWidth
      ? truncateText(line, maxWidth, fontSize)
      : line,
  );
}

/** `<text>` element with escaped content; attributes are written in a fixed order. */
export function textEl(
  x: number,
  y: number,
  content: string,
  attrs: Record<string, string | number | undefined> = {},
): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrString(attrs)}>${escapeXml(content)}</text>`;
}

export function attrString(attrs: Record<string, string | number | undefined>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? num(v) : escapeXml(v as string)}"`)
    .join("");
}
