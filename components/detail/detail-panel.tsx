"use client";
// The selected event in full: fetched from /api/event/[id] (the views only carry what they draw).
// Every source is shown with its verbatim quote as text and a link to the article with the quote
// highlighted. Escape or the close button clears the selection and returns focus to the list.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { CategoryChip } from "../dashboard/category-chip";
import { useDashboard } from "../dashboard/dashboard-provider";
import type { EventDetail } from "./event-detail";

type Loaded =
  | { id: string; status: "loading" }
  | { id: string; status: "ready"; detail: EventDetail }
  | { id: string; status: "error"; message: string };

const cache = new Map<string, EventDetail>();

export function DetailPanel() {
  const { state, selectEvent, selectPlace, eventById } = useDashboard();
  const id = state.event;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!id) {
      setLoaded(null);
      return;
    }
    const cached = cache.get(id);
    if (cached) {
      setLoaded({ id, status: "ready", detail: cached });
      return;
    }
    setLoaded({ id, status: "loading" });
    const controller = new AbortController();
    fetch(`/api/event/${encodeURIComponent(id)}`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) {
          const body = (await response.json().catch(() => null)) as { error?: string } | null;
          throw new Error(body?.error ?? `request failed (${response.status})`);
        }
        return response.json() as Promise<EventDetail>;
      })
      .then((detail) => {
        cache.set(id, detail);
        setLoaded({ id, status: "ready", detail });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ id, status: "error", message: (error as Error).message });
      });
    return () => controller.abort();
  }, [id]);

  // Coming from the keyboard in the list, follow the reader into the panel.
  useEffect(() => {
    if (!id) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest("[data-event-list]"))
      heading.current?.focus();
  }, [id]);

  const close = () => {
    const row = id
      ? document.querySelector<HTMLElement>(`[data-event-row="${CSS.escape(id)}"]`)
      : null;
    selectEvent(null);
    row?.focus();
  };

  useEffect(() => {
    if (!id) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      event.preventDefault();
      const row = document.querySelector<HTMLElement>(`[data-event-row="${CSS.escape(id)}"]`);
      selectEvent(null);
      row?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [id, selectEvent]);

  if (!id) return null;
  const summary = eventById.get(id);
  const detail = loaded?.status === "ready" && loaded.id === id ? loaded.detail : null;
  const title = detail?.title ?? summary?.title ?? id;
  return (
    <section
      aria-labelledby="detail-title"
      data-testid="detail-panel"
      className="flex max-h-full flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <div className="flex items-start gap-3 border-b border-slate-200 p-4">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
            Selected event
          </p>
          <h2
            id="detail-title"
            ref={heading}
            tabIndex={-1}
            className="mt-1 text-lg font-semibold leading-snug text-slate-900"
          >
            {title}
          </h2>
        </div>
        <button
          type="button"
          onClick={close}
          className="shrink-0 rounded border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 print:hidden"
          aria-label="Close the event details (Escape)"
        >
          Close ✕
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-4 text-sm">
        {loaded?.status === "error" && loaded.id === id ? (
          <p role="alert" className="text-red-700">
            Could not load this event: {loaded.message}
          </p>
        ) : !detail ? (
          <p className="text-slate-500" role="status">
            Loading the event and its sources…
          </p>
        ) : (
          <DetailBody detail={detail} onPlace={selectPlace} />
        )}
      </div>
    </section>
  );
}

function DetailBody({
  detail,
  onPlace,
}: {
  detail: EventDetail;
  onPlace: (id: string | null) => void;
}) {
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-2">
        <dt className="text-slate-500">Date</dt>
        <dd className="font-medium">
          {detail.dateText}
          {detail.precision !== "day" && (
            <span className="ml-1 text-xs font-normal text-slate-500">
              (the sources give only the {detail.precision})
            </span>
          )}
        </dd>
        <dt className="text-slate-500">Category</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <CategoryChip category={detail.category} />
          {detail.status === "extracted" ? (
            <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
              unreviewed
            </span>
          ) : (
            <span className="text-xs text-slate-500">reviewed</span>
          )}
        </dd>
        <dt className="text-slate-500">Places</dt>
        <dd>
          {detail.places.length === 0 ? (
            <span className="text-slate-500">No place named</span>
          ) : (
            <ul className="flex flex-wrap gap-1.5">
              {detail.places.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    onClick={() => onPlace(p.id)}
                    className="rounded-full border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100"
                    aria-label={`${p.name}: show this place's events`}
                  >
                    {p.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {detail.origin && (
            <p className="mt-1 text-xs text-slate-500">From {detail.origin.name}</p>
          )}
        </dd>
        {detail.actors.length > 0 && (
          <>
            <dt className="text-slate-500">Actors</dt>
            <dd>
              <ul className="flex flex-col gap-0.5">
                {detail.actors.map((a, i) => (
                  <li key={`${a.name}-${i}`}>
                    <span className="font-medium">{a.name}</span>
                    {a.role && <span className="text-slate-500"> — {a.role}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {detail.summary && <p className="leading-relaxed text-slate-700">{detail.summary}</p>}
      <div>
        <h3 className="text-sm font-semibold text-slate-900">
          {detail.sources.length === 1
            ? "What the source says"
            : `What the ${detail.sources.length} sources say`}
        </h3>
        <ul className="mt-2 flex flex-col gap-3">
          {detail.sources.map((s, i) => (
            <li
              key={`${s.sourceId}-${i}`}
              className="rounded border border-slate-200 bg-slate-50 p-3"
            >
              <blockquote className="border-l-4 border-slate-400 pl-3 leading-relaxed text-slate-900">
                “{s.quote}”
              </blockquote>
              <p className="mt-2 text-xs text-slate-600">
                {s.publisher ?? "Publisher not stated"}
                {s.author ? ` · ${s.author}` : ""}
                {` · ${s.publishedText ?? "date not stated"}`}
              </p>
              <Link
                href={s.href}
                className="mt-1 inline-block text-xs font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900"
              >
                Read it in the article <span className="font-mono">{s.sourceId}</span>
              </Link>
            </li>
          ))}
        </ul>
      </div>
      {detail.notes.length > 0 && (
        <details className="text-xs text-slate-600">
          <summary className="cursor-pointer">How this was worked out</summary>
          <ul className="mt-1 list-disc pl-5">
            {detail.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
