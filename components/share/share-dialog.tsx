"use client";
// Share / Embed: from "this view" to a link, an iframe snippet, a picture or the data in two clicks.
// Reads the current state from the dashboard store (no props needed); a live preview shows the
// embed exactly as a host page will.
import { type Dispatch, type SetStateAction, useId, useRef, useState } from "react";
import { useDashboard } from "@/components/dashboard/dashboard-provider";
import { EMBED_VIEWS, type EmbedView } from "@/lib/api-params";
import { EMBED_SIZES } from "@/lib/embed-snippet";
import { shareLinks } from "./share-links";

function CopyField({
  label,
  value,
  multiline = false,
}: {
  label: string;
  value: string;
  multiline?: boolean;
}) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Clipboard refused (permissions, insecure origin): select the text for Ctrl+C instead.
      field.current?.select();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  const common = {
    id,
    readOnly: true,
    value,
    onFocus: (e: { currentTarget: { select(): void } }) => e.currentTarget.select(),
    className:
      "w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs text-slate-800",
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-semibold text-slate-700">
        {label}
      </label>
      <div className="flex items-start gap-2">
        {multiline ? (
          <textarea ref={field} rows={3} {...common} />
        ) : (
          <input ref={field} {...common} />
        )}
        <button
          type="button"
          onClick={copy}
          className="shrink-0 rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100"
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
    </div>
  );
}

const linkClass = "text-blue-700 underline underline-offset-2";

type EmbedSize = { width: number; height: number };

const PICTURES = [
  { chart: "timeline", label: "Timeline" },
  { chart: "map", label: "Map" },
] as const;

export function ShareDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  // Kept while the dialog is closed, so it reopens on the last choice.
  const [view, setView] = useState<EmbedView>("both");
  const [size, setSize] = useState<EmbedSize>(EMBED_SIZES.both);

  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  const pickView = (next: EmbedView) => {
    setView(next);
    setSize(EMBED_SIZES[next]);
  };

  return (
    <>
      <button
        type="button"
        onClick={show}
        className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 print:hidden"
      >
        Share / Embed
      </button>
      <dialog
        ref={dialog}
        onClose={() => setOpen(false)}
        aria-labelledby="share-dialog-title"
        className="m-auto w-[min(960px,calc(100vw-2rem))] rounded-lg p-0 backdrop:bg-slate-900/40 print:hidden"
      >
        {/* The contents follow the view (every frame of a drag): built only while open. */}
        {open && (
          <ShareDialogBody
            view={view}
            size={size}
            onPickView={pickView}
            onSize={setSize}
            onClose={() => dialog.current?.close()}
          />
        )}
      </dialog>
    </>
  );
}

function ShareDialogBody({
  view,
  size,
  onPickView,
  onSize,
  onClose,
}: {
  view: EmbedView;
  size: EmbedSize;
  onPickView(view: EmbedView): void;
  onSize: Dispatch<SetStateAction<EmbedSize>>;
  onClose(): void;
}) {
  const store = useDashboard();
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const links = shareLinks(origin, store.state, store.window, view, size);
  const shownCount = store.visibleEvents.length;
  const setDimension = (key: "width" | "height", raw: string) => {
    const n = Math.round(Number(raw));
    if (Number.isFinite(n) && n > 0) onSize((s) => ({ ...s, [key]: Math.min(4000, n) }));
  };

  return (
    <div className="flex flex-col gap-4 p-4">
      <div className="flex items-center justify-between">
        <h2 id="share-dialog-title" className="text-lg font-semibold text-slate-900">
          Share or embed this view
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded px-2 py-1 text-sm hover:bg-slate-100"
        >
          Close
        </button>
      </div>
      <CopyField label="Link to this view" value={links.page} />
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="mb-1 text-xs font-semibold text-slate-700">Embed</legend>
        <label className="flex flex-col text-xs text-slate-700">
          View
          <select
            value={view}
            onChange={(e) => onPickView(e.target.value as EmbedView)}
            className="rounded border border-slate-300 px-2 py-1 text-sm"
          >
            {EMBED_VIEWS.map((v) => (
              <option key={v} value={v}>
                {v === "both" ? "timeline, map and list" : v}
              </option>
            ))}
          </select>
        </label>
        {(["width", "height"] as const).map((key) => (
          <label key={key} className="flex flex-col text-xs text-slate-700">
            {key === "width" ? "Width" : "Height"}
            <input
              type="number"
              min={200}
              max={4000}
              value={size[key]}
              onChange={(e) => setDimension(key, e.target.value)}
              className="w-24 rounded border border-slate-300 px-2 py-1 text-sm"
            />
          </label>
        ))}
      </fieldset>
      <CopyField label="Iframe snippet" value={links.snippet} multiline />
      <div className="grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <h3 className="text-xs font-semibold text-slate-700">Pictures (for PDF and Word)</h3>
          <ul className="mt-1 space-y-1">
            {PICTURES.map(({ chart, label }) => (
              <li key={chart}>
                {label}:{" "}
                <a className={linkClass} href={links.svg[chart]} target="_blank" rel="noopener">
                  SVG
                </a>{" "}
                ·{" "}
                <a className={linkClass} href={links.png[chart]} target="_blank" rel="noopener">
                  PNG
                </a>{" "}
                ·{" "}
                <a className={linkClass} href={links.png300[chart]}>
                  PNG 300 dpi
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="text-xs font-semibold text-slate-700">
            Data of the {shownCount} {shownCount === 1 ? "event" : "events"} shown
          </h3>
          <ul className="mt-1 space-y-1">
            <li>
              <a className={linkClass} href={links.csv} download>
                CSV
              </a>{" "}
              (spreadsheets) ·{" "}
              <a className={linkClass} href={links.geojson} download>
                GeoJSON
              </a>{" "}
              (GIS) ·{" "}
              <a className={linkClass} href={links.json} download>
                JSON
              </a>
            </li>
          </ul>
        </div>
      </div>
      <div>
        <h3 className="text-xs font-semibold text-slate-700">Preview</h3>
        <div className="mt-1 max-h-[50vh] overflow-auto rounded border border-slate-200 bg-slate-50 p-2">
          <iframe
            title="Embed preview"
            src={links.embed}
            width={Math.min(size.width, 900)}
            height={size.height}
            className="border-0 bg-white"
          />
        </div>
      </div>
    </div>
  );
}
