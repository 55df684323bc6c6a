// Security headers for every response. Only /embed may be framed by other sites.
export interface HeaderOptions {
  production: boolean;
  framable: boolean;
  /** Extra image origins, e.g. an opt-in remote tile server. */
  tileOrigins?: string[];
}

export function contentSecurityPolicy({
  production,
  framable,
  tileOrigins = [],
}: HeaderOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Next inlines its RSC payload as <script> tags, hence 'unsafe-inline'; eval only in development.
    "script-src": ["'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"])],
    // Leaflet and vis-timeline position elements with inline styles.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...tileOrigins],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(production ? [] : ["ws:"])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-src": ["'self'"],
    "frame-ancestors": framable ? ["*"] : ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

export function securityHeaders(options: HeaderOptions): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    ...(options.framable ? [] : [{ key: "X-Frame-Options", value: "DENY" }]),
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value:
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/** Origin of the opt-in remote tile URL template, if any (`https://tile.example/{z}/{x}/{y}.png`). */
export function tileOriginsFromEnv(template: string | undefined): string[] {
  if (!template) return [];
  try {
    const url = new URL(template.replace(/\{[a-z]\}/g, "0"));
    return [url.origin.replace(/\/\/0\./, "//*.")];
  } catch {
    return [];
  }
}
