// Category names and colours (the theme's --color-<category>), as literal class names so that
// Tailwind finds them.
import type { Category } from "@/lib/schema";

export const CATEGORY_LABELS: Record<Category, string> = {
  war: "War",
  ceasefire: "Ceasefire",
  drill: "Drill",
  visit: "Visit",
  meeting: "Meeting",
  agreement: "Agreement",
  commemoration: "Commemoration",
  statement: "Statement",
  other: "Other",
};

export const CATEGORY_DOT: Record<Category, string> = {
  war: "bg-war",
  ceasefire: "bg-ceasefire",
  drill: "bg-drill",
  visit: "bg-visit",
  meeting: "bg-meeting",
  agreement: "bg-agreement",
  commemoration: "bg-commemoration",
  statement: "bg-statement",
  other: "bg-other",
};

export function CategoryChip({ category }: { category: Category }) {
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border border-slate-200 bg-white px-2 py-0.5 text-xs font-medium text-slate-700">
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${CATEGORY_DOT[category]}`} />
      {CATEGORY_LABELS[category]}
    </span>
  );
}
