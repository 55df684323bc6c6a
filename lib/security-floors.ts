// The lowest versions this project accepts, each fixing a published advisory.
export const SECURITY_FLOORS: Record<string, { version: string; why: string }> = {
  next: {
    version: "16.2.11",
    why: "CVE-2025-55182 / CVE-2025-66478 RSC RCE and the 2026 RSC batches",
  },
  react: {
    version: "19.2.6",
    why: "React Server Components advisories (CVE-2025-55182 and 2026 batches)",
  },
  "react-dom": { version: "19.2.6", why: "React Server Components advisories (2026 batches)" },
};

/** Compare two semver strings numerically (major.minor.patch; pre-release tags ignored). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
