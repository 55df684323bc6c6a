// PNG from the chart SVG with sharp (librsvg, fonts via fontconfig). `scale` multiplies the pixels
// (density = 72 × scale, since sharp reads SVG user units at 72 dpi), and the PNG records
// 96 × scale dpi, so a 1200 px layout at scale 3.125 lands in Word as 12.5 in at 300 dpi.
import sharp from "sharp";

const MAX_PARALLEL = 2;
let running = 0;
const waiting: (() => void)[] = [];

/** At most MAX_PARALLEL rasterisations at once: bursts queue instead of exhausting memory. */
async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export function svgToPng(svg: string, scale: number): Promise<Buffer> {
  return withSlot(() =>
    sharp(Buffer.from(svg), { density: 72 * scale, limitInputPixels: 100_000_000 })
      .png({ compressionLevel: 6, adaptiveFiltering: false })
      .withDensity(Math.round(96 * scale * 100) / 100)
      .toBuffer(),
  );
}
