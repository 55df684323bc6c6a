// Types for scripts/static-assets.mjs (plain JavaScript: `npm start` runs without a compiler).
import type { IncomingMessage, ServerResponse } from "node:http";

export const STATIC_PREFIX: "/_next/static/";

export interface StaticAsset {
  type: string;
  etag: string;
  raw: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
}

export interface HeaderRule {
  pattern: RegExp;
  headers: { key: string; value: string }[];
}

export const COMPILE_HINT: "//# allFunctionsCalledOnLoad\n";
export function withCompileHint(extension: string, bytes: Buffer): Buffer;
export function loadStaticAssets(
  staticDir: string,
  options?: { compileHints?: boolean },
): Promise<Map<string, StaticAsset>>;
export function pickEncoding(acceptEncoding: string | string[] | undefined): "br" | "gzip" | null;
export function headerRulesFrom(routesManifest: {
  headers?: {
    source: string;
    regex: string;
    headers: { key: string; value: string }[];
    has?: unknown;
    missing?: unknown;
  }[];
}): HeaderRule[];
export function createStaticAssetHandler(options: {
  assets: Map<string, StaticAsset>;
  headerRules: HeaderRule[];
}): (req: IncomingMessage, res: ServerResponse) => boolean;
