import type { NextConfig } from "next";
import { securityHeaders, tileOriginsFromEnv } from "./lib/security-headers";

const production = process.env.NODE_ENV === "production";
const tileOrigins = tileOriginsFromEnv(process.env.NEXT_PUBLIC_TILE_URL);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // NEXT_PROFILE_BUILD=1: readable (unminified) browser code, for CPU profiles (bench/README.md).
  experimental: { turbopackMinify: process.env.NEXT_PROFILE_BUILD !== "1" },
  // Separate build folders let several checkouts' builds coexist (tests, benchmarks).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Data files are read at run time (EVENTS_FILE), so the server needs them next to it.
  outputFileTracingIncludes: { "/*": ["./data/*.json", "./seeds/*"] },
  async headers() {
    return [
      {
        // Everything except the embed route: never framed.
        source: "/((?!embed(?:/|$)).*)",
        headers: securityHeaders({ production, framable: false, tileOrigins }),
      },
      {
        source: "/embed",
        headers: securityHeaders({ production, framable: true, tileOrigins }),
      },
      {
        source: "/embed/:path*",
        headers: securityHeaders({ production, framable: true, tileOrigins }),
      },
    ];
  },
};

export default nextConfig;
