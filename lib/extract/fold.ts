// Length-preserving accent folding: offsets found in the folded text are offsets in the original,
// which is what lets a match become an exact quote.
const SPECIAL: Record<string, string> = {
  ı: "i",
  ə: "e",
  Ə: "e",
  ß: "s",
  ø: "o",
  Ø: "o",
  đ: "d",
  ł: "l",
  "’": "'",
  "‘": "'",
};

export function foldChar(ch: string): string {
  const special = SPECIAL[ch];
  if (special) return special;
  const base = ch.normalize("NFKD").replace(/\p{M}/gu, "");
  return (base[0] ?? ch).toLowerCase()[0] ?? ch;
}

/** Lower-case, accent-free copy of `text` with exactly the same length (one char per UTF-16 unit). */
export function foldSameLength(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Surrogate pairs stay as they are so that lengths match.
    if (code >= 0xd800 && code <= 0xdfff) out += text[i];
    else out += foldChar(text[i] as string);
  }
  return out;
}

/**
 * A spelling-insensitive key for transliterated names (Kəlbəcər / Kalbajar, Şuşa / Shusha,
 * Ağdam / Aghdam): digraphs collapse to one letter, vowels collapse to `a`.
 */
export function skeletonKey(name: string): string {
  return foldSameLength(name)
    .replace(/[^a-z]/g, "")
    .replace(/dj|dzh/g, "c")
    .replace(/sh|ch|gh|kh|zh/g, (m) => ({ sh: "s", ch: "c", gh: "g", kh: "k", zh: "z" })[m] ?? m)
    .replace(/j/g, "c")
    .replace(/x/g, "k")
    .replace(/q/g, "g")
    .replace(/[aeiouy]+/g, "a");
}
