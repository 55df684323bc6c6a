// Benchmark baseline "naive" (see app/bench/_baseline/baseline-dashboard.tsx); 404 unless BENCH_BASELINES=1.
import { notFound } from "next/navigation";
import { BaselineDashboard } from "../_baseline/baseline-dashboard";
import { baselinesEnabled } from "../_baseline/baselines-enabled";

export const dynamic = "force-dynamic";
export const metadata = { title: "Baseline: naive", robots: { index: false } };

export default function BaselinePage() {
  if (!baselinesEnabled()) notFound();
  return <BaselineDashboard variant="naive" />;
}
