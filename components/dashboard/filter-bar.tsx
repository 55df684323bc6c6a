"use client";
// Filters shared by all views: text search, category toggles (grouped like the timeline's lanes, so
// they double as its legend), reviewed-only, and play.
import { useEffect, useState } from "react";
import { ShareDialog } from "@/components/share/share-dialog";
import type { ViewState } from "@/lib/view-state";
import { CATEGORIES } from "@/lib/vocabulary";
import { LANES } from "../timeline/to-timeline-items";
import { CATEGORY_DOT, CATEGORY_LABELS } from "./category-chip";
import { shallowEqual, useDashboardSelector } from "./dashboard-provider";

function filterFields(state: ViewState): Pick<ViewState, "q" | "cats" | "reviewed"> {
  return { q: state.q, cats: state.cats, reviewed: state.reviewed };
}

import { PlayButton } from "./play-button";

export function FilterBar() {
  // Only the filters and actions: the bar does not re-render while the window moves.
  const { state, toggleCategory, setCategories, setQuery, setReviewedOnly } = useDashboardSelector(
    (s) => ({
      state: filterFields(s.state),
      toggleCategory: s.toggleCategory,
      setCategories: s.setCategories,
      setQuery: s.setQuery,
      setReviewedOnly: s.setReviewedOnly,
    }),
    (a, b) =>
      shallowEqual(a.state, b.state) && shallowEqual({ ...a, state: 0 }, { ...b, state: 0 }),
  );
  const [text, setText] = useState(state.q);
  // On a phone the category toggles fold away behind one button.
  const [categoriesOpen, setCategoriesOpen] = useState(false);
  const hiddenCount = state.cats === null ? 0 : CATEGORIES.length - state.cats.length;
  // Back/forward may change the query under us.
  useEffect(() => setText(state.q), [state.q]);
  const shown = (c: (typeof LANES)[number]["categories"][number]) =>
    state.cats === null || state.cats.includes(c);

  return (
    <div className="flex flex-col gap-3 print:hidden">
      <div className="flex flex-wrap items-center gap-2">
        <label className="relative flex min-w-0 flex-1 basis-56 items-center">
          <span className="sr-only">Search events by title, place or category</span>
          <input
            type="search"
            value={text}
            placeholder="Search events, places…"
            maxLength={200}
            onChange={(e) => {
              setText(e.target.value);
              setQuery(e.target.value);
            }}
            className="h-9 w-full rounded-md border border-slate-300 bg-white px-3 text-sm placeholder:text-slate-500"
          />
        </label>
        <button
          type="button"
          aria-pressed={state.reviewed}
          onClick={() => setReviewedOnly(!state.reviewed)}
          className={`inline-flex h-9 items-center gap-2 rounded-md border px-3 text-sm font-medium ${
            state.reviewed
              ? "border-emerald-700 bg-emerald-700 text-white"
              : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
          }`}
        >
          <span aria-hidden="true">{state.reviewed ? "✓" : "○"}</span>
          Reviewed only
        </button>
        <PlayButton />
        <ShareDialog />
        <button
          type="button"
          aria-expanded={categoriesOpen}
          aria-controls="category-toggles"
          onClick={() => setCategoriesOpen((o) => !o)}
          className="inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 md:hidden"
        >
          Categories{hiddenCount > 0 ? ` (${hiddenCount} hidden)` : ""}
        </button>
      </div>
      <fieldset
        id="category-toggles"
        className={`${categoriesOpen ? "flex" : "hidden"} flex-wrap items-center gap-x-4 gap-y-2 md:flex`}
      >
        <legend className="sr-only">Categories shown (also the timeline legend)</legend>
        {LANES.map((lane) => (
          <div key={lane.id} className="flex flex-wrap items-center gap-1">
            <span className="mr-1 text-xs font-semibold text-slate-500">{lane.label}</span>
            {lane.categories.map((c) => (
              <button
                key={c}
                type="button"
                aria-pressed={shown(c)}
                onClick={() => toggleCategory(c)}
                className={`inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-medium ${
                  shown(c)
                    ? "border-slate-300 bg-white text-slate-800"
                    : "border-dashed border-slate-300 bg-slate-100 text-slate-500 line-through"
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`h-2.5 w-2.5 rounded-full ${CATEGORY_DOT[c]} ${shown(c) ? "" : "opacity-30"}`}
                />
                {CATEGORY_LABELS[c]}
              </button>
            ))}
          </div>
        ))}
        {state.cats !== null && (
          <button
            type="button"
            onClick={() => setCategories(null)}
            className="text-xs font-medium text-blue-700 underline"
          >
            Show all categories
          </button>
        )}
      </fieldset>
    </div>
  );
}
