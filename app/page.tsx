import { PRODUCT_NAME } from "@/lib/product";
import { listSeedFiles } from "@/lib/seed-files";

export const dynamic = "force-dynamic";

export default function HomePage() {
  const seeds = listSeedFiles();
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-semibold">{PRODUCT_NAME}</h1>
      <p className="mt-1 text-slate-600">
        What happened where, and which sentence of which article says so.
      </p>
      <h2 className="mt-6 text-lg font-semibold">Sources ({seeds.length})</h2>
      <ul
        className="mt-2 divide-y divide-slate-200 rounded border border-slate-200 bg-white"
        aria-label="Seed sources"
      >
        {seeds.map((seed) => (
          <li key={seed.id} className="p-3">
            <p className="font-mono text-xs text-slate-500">{seed.id}</p>
            <p>{seed.firstLine}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
