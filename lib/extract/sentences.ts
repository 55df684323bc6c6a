// Sentence splitting with character offsets. Every newline ends a sentence (articles put one
// paragraph, bullet or heading per line); inside a line, . ! ? end a sentence unless the word before
// is an abbreviation (Dec., Col., Gen., U.N., initials).

export interface Sentence {
  /** Offsets into the text the splitter was given: text.slice(start, end) === this.text. */
  start: number;
  end: number;
  text: string;
  /** Index of the non-empty line the sentence is on (a line is a paragraph in these sources). */
  paragraph: number;
  /** Position of the sentence within its paragraph (0 = first). */
  indexInParagraph: number;
}

const ABBREVIATIONS = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "sr",
  "jr",
  "gen",
  "col",
  "lt",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "adm",
  "brig",
  "cmdr",
  "gov",
  "sen",
  "rep",
  "amb",
  "pres",
  "hon",
  "rev",
  "fr",
  "no",
  "nos",
  "vs",
  "etc",
  "approx",
  "est",
  "dept",
  "govt",
  "inc",
  "ltd",
  "co",
  "corp",
  "mt",
  "ft",
  "fig",
  "vol",
  "art",
  "para",
  "e.g",
  "i.e",
]);

function isAbbreviationBefore(line: string, dotIndex: number): boolean {
  let i = dotIndex - 1;
  while (i >= 0 && /[A-Za-z.]/.test(line[i] as string)) i--;
  const word = line.slice(i + 1, dotIndex);
  if (word === "") return false;
  // Initials and dotted acronyms: "J.", "U.N", "U.S"
  if (/^[A-Z]$/.test(word) || /^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»"]);
const OPENERS = /["'“‘([«A-Z0-9\u00C0-\u024F]/;

/** Split one line (no newlines) into [start, end) ranges relative to the line. */
function splitLine(line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let end = i + 1;
    while (end < line.length && (line[end] === "." || CLOSERS.has(line[end] as string))) end++;
    // A boundary needs whitespace and then something that can start a sentence.
    let next = end;
    while (next < line.length && /\s/.test(line[next] as string)) next++;
    if (next === end || next >= line.length) continue;
    if (!OPENERS.test(line[next] as string)) continue;
    if (ch === "." && isAbbreviationBefore(line, i)) continue;
    ranges.push([from, end]);
    from = next;
    i = next - 1;
  }
  ranges.push([from, line.length]);
  return ranges;
}

/** Sentences of `text` with offsets; blank lines and bullet markers are not part of any sentence. */
export function splitSentences(text: string, baseOffset = 0): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  let paragraph = -1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== "") {
      paragraph++;
      let indexInParagraph = 0;
      for (const [a, b] of splitLine(line)) {
        let s = a;
        let e = b;
        // Leading whitespace and bullet markers ("•", "-", "*", "–") are layout, not text.
        while (s < e && /[\s•\-*–·▪►]/.test(line[s] as string)) {
          if (/[-–]/.test(line[s] as string) && !/\s/.test(line[s + 1] ?? " ")) break;
          s++;
        }
        while (e > s && /\s/.test(line[e - 1] as string)) e--;
        if (e <= s) continue;
        out.push({
          start: baseOffset + lineStart + s,
          end: baseOffset + lineStart + e,
          text: line.slice(s, e),
          paragraph,
          indexInParagraph: indexInParagraph++,
        });
      }
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}
