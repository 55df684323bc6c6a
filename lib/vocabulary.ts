// The dataset's closed vocabularies as plain values, for code that runs in the browser: importing
// them from lib/schema.ts would bring zod into the page's scripts (~36 KB compressed). The
// schemas in lib/schema.ts are built from these same lists.

export const CATEGORIES = [
  "war",
  "ceasefire",
  "drill",
  "visit",
  "meeting",
  "agreement",
  "commemoration",
  "statement",
  "other",
] as const;

export const PRECISIONS = ["day", "month", "year"] as const;
