// The baseline pages exist only for the benchmark: the server must opt in at run time.
export function baselinesEnabled(): boolean {
  return process.env.BENCH_BASELINES === "1";
}
