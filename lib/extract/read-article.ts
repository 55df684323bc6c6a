// Reading an article file safely: the reasons a file cannot be ingested, each as one clear line.
// HTML is reduced to its text; Markdown and plain text are taken as they are.
import { htmlToText } from "./html-to-text";

export type ReadResult =
  | { ok: true; text: string; bytes: Uint8Array; kind: "txt" | "md" | "html" }
  | { ok: false; reason: string };

type ReadFile = (path: string) => Buffer;

export function decodeArticle(name: string, bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.includes(0))
    return { ok: false, reason: "binary file (contains NUL bytes), not a text article" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "not valid UTF-8 text (re-save the article as UTF-8)" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Control characters other than tab/newline/CR mean a binary format.
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 1 && code <= 8) || (code >= 14 && code <= 31)) controls++;
  }
  if (controls > 0 && controls / text.length > 0.001)
    return { ok: false, reason: "binary file (control characters), not a text article" };
  if (text.trim() === "") return { ok: false, reason: "empty file (only whitespace)" };
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  if (ext === "html" || ext === "htm") {
    const body = htmlToText(text);
    if (body.trim() === "") return { ok: false, reason: "HTML file with no text content" };
    return { ok: true, text: body, bytes, kind: "html" };
  }
  if (ext !== "" && ext !== "txt" && ext !== "md" && ext !== "markdown" && ext !== "text")
    return { ok: false, reason: `unsupported file type ".${ext}" (use .txt, .md or .html)` };
  return { ok: true, text, bytes, kind: ext === "md" || ext === "markdown" ? "md" : "txt" };
}

export function readArticleFile(file: string, readFile: ReadFile): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason:
        code === "ENOENT"
          ? "no such file"
          : code === "EISDIR"
            ? "is a directory"
            : `cannot read (${code ?? (error as Error).message})`,
    };
  }
  return decodeArticle(file, bytes);
}
