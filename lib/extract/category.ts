// Category of an event from the words that state it. Verbs in the past tense weigh more than nouns
// (a meeting that "discussed further joint drills" is a meeting, not a drill); specific nouns
// (ceasefire, anniversary) outweigh generic ones; a violated ceasefire is fighting, not a truce.
import type { Category } from "../schema";

interface Cue {
  category: Category;
  re: RegExp;
  weight: number;
}

const CUES: Cue[] = [
  // visit
  {
    category: "visit",
    re: /\b(?:visited|arrived|toured|paid\s+(?:a|an)\s+(?:\w+\s+)?visit)\b/gi,
    weight: 2,
  },
  { category: "visit", re: /\bvisit(?:s|ing)?\b|\btrip\b/gi, weight: 1.5 },
  // meeting
  {
    category: "meeting",
    re: /\b(?:met|meets|discussed|held\s+talks|hosted|received)\b/gi,
    weight: 2,
  },
  { category: "meeting", re: /\b(?:meeting|talks|summit|consultations)\b/gi, weight: 1 },
  // drill
  {
    category: "drill",
    re: /\b(?:drills?|exercises?|manoeuvres|maneuvers|war\s+games)\b/gi,
    weight: 1.5,
  },
  // agreement
  { category: "agreement", re: /\b(?:signed|ratified|sign)\b/gi, weight: 2 },
  {
    category: "agreement",
    re: /\b(?:agreement|declaration|accord|treaty|memorandum|MoU|deal)\b/gi,
    weight: 1,
  },
  // war
  {
    category: "war",
    re: /\b(?:occupied|invaded|attacked|shelled|bombed|killed|erupted|fought|launched\s+(?:an?\s+)?(?:attacks?|offensive))\b/gi,
    weight: 2,
  },
  {
    category: "war",
    re: /\b(?:war|clashes|offensive|fighting|hostilities|invasion|genocide|massacre|occupation)\b/gi,
    weight: 1,
  },
  // ceasefire
  {
    category: "ceasefire",
    re: /\b(?:cease-?fire|truce|armistice|capitulation|peace\s+(?:deal|agreement|accord|treaty))\b/gi,
    weight: 3,
  },
  // commemoration
  {
    category: "commemoration",
    re: /\b(?:anniversary|commemorat\w*|memorial|remembrance)\b/gi,
    weight: 3,
  },
  { category: "commemoration", re: /\bmarked\b/gi, weight: 1 },
  // statement
  {
    category: "statement",
    re: /\b(?:said|stated|announced|declared|told|stressed|noted|thanked|urged|condemned|called\s+for)\b/gi,
    weight: 1.5,
  },
];

/** When scores tie, the more specific kind of event wins. */
const PRIORITY: Category[] = [
  "commemoration",
  "ceasefire",
  "agreement",
  "drill",
  "visit",
  "meeting",
  "war",
  "statement",
  "other",
];

const NEGATED_CEASEFIRE =
  /\b(?:violat\w*|breach\w*|broke|broken)\s+(?:\w+\s+){0,3}(?:cease-?fire|truce)/gi;

export interface CategoryScore {
  category: Category;
  score: number;
  /** The cue words that decided it, for reviewer notes. */
  cues: string[];
}

export function scoreCategories(text: string): CategoryScore[] {
  const scores = new Map<Category, CategoryScore>();
  const negated: Array<[number, number]> = [];
  NEGATED_CEASEFIRE.lastIndex = 0;
  for (let m = NEGATED_CEASEFIRE.exec(text); m; m = NEGATED_CEASEFIRE.exec(text))
    negated.push([m.index, m.index + m[0].length]);
  const add = (category: Category, weight: number, cue: string) => {
    const s = scores.get(category) ?? { category, score: 0, cues: [] };
    s.score += weight;
    s.cues.push(cue);
    scores.set(category, s);
  };
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(text); m; m = cue.re.exec(text)) {
      const at = m.index;
      if (cue.category === "ceasefire" && negated.some(([a, b]) => at >= a && at < b)) {
        add("war", 2, m[0]);
        continue;
      }
      add(cue.category, cue.weight, m[0]);
    }
  }
  return [...scores.values()].sort(
    (a, b) => b.score - a.score || PRIORITY.indexOf(a.category) - PRIORITY.indexOf(b.category),
  );
}

/** Best category of the text, or null when no cue is present. */
export function categorize(text: string): CategoryScore | null {
  return scoreCategories(text)[0] ?? null;
}
