// Plans, expectations, hopes and hypotheticals are not past events. The check is on the clause
// around the event's trigger: "the talks, which will continue next week, began on Monday" keeps the
// past event because the modal sits in another clause.
const MODAL_MARKERS = [
  /\bwill\b/i,
  /\bwould\b/i,
  /\bshall\b/i,
  /\bcould\b/i,
  /\bmight\b/i,
  /\bmay\s+(?:be|have|also|soon|not)\b/i,
  /\bplan(?:s|ned|ning)?\s+to\b/i,
  /\bintend(?:s|ed)?\s+to\b/i,
  /\b(?:is|are|was|were)\s+(?:expected|scheduled|set|due|slated|likely)\s+to\b/i,
  /\bexpected\s+to\b/i,
  /\bhop(?:e|es|ed|ing)\b/i,
  /\binterest(?:ed)?\s+in\b/i,
  /\bready\s+to\b/i,
  /\b(?:is|are)\s+being\b/i,
  /\bupcoming\b/i,
  /\bforthcoming\b/i,
  /\bnext\s+(?:week|month|year)\b/i,
];

/** The clause of `sentence` around offset `at` (split at ; : — and at ", which"/", as"). */
export function clauseAround(sentence: string, at: number): { start: number; end: number } {
  const boundary = /[;:—–]|,\s+(?=(?:which|who|while|as|but|and\s+(?:will|would|plans?))\b)/g;
  let start = 0;
  let end = sentence.length;
  for (let m = boundary.exec(sentence); m !== null; m = boundary.exec(sentence)) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/** The modal marker found in the text, or null when it reads as a plain statement of fact. */
export function modalMarker(text: string): string | null {
  for (const re of MODAL_MARKERS) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

/** Is the event at offset `at` of the sentence stated as planned, expected or hypothetical? */
export function isHypothetical(sentence: string, at: number): string | null {
  const { start, end } = clauseAround(sentence, at);
  return modalMarker(sentence.slice(start, end));
}
