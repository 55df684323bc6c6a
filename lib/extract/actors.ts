// People named with a title ("Pakistani Defence Minister Zakir Hasanov", "Asad Majeed Khan, the
// Foreign Secretary of Pakistan"). The country comes from a demonym or country name right before
// the title, or from "<title> of <Country>" — never from "Ambassador to <Country>" (the host).
import type { Actor } from "../schema";
import { countryOfWord } from "./countries";

const CORE_TITLES =
  "President|Minister|Secretary|Ambassador|Envoy|General|Gen\\.|Colonel|Col\\.?|Admiral|Marshal|Brigadier|Commander|Chief|Chairman|Chairperson|Speaker|Attache|Attaché|King|Queen|Emir|Senator|Governor|Mayor|Spokesperson|Spokesman|Director|Premier|Chancellor|Lieutenant|Major|Captain";
const TITLE_WORDS = new RegExp(
  `^(?:${CORE_TITLES}|Vice|Prime|Deputy|First|Foreign|Defence|Defense|Interior|Army|Air|Naval|Navy|Staff|Committee|Joint|Chiefs|Affairs|Finance|Trade|General's|Force|Forces|of)$`,
);
const CORE = new RegExp(`^(?:${CORE_TITLES})$`);
const NAME_WORD = /^[A-Z][a-z'’-]+$/;
const NOT_NAME =
  /^(?:The|A|An|On|In|At|During|After|Before|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Embassy|Ministry|Army|Government|Parliament)$/;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ.'’-]*|[,;:()"“”]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "Hasanov." ends a sentence; "Col." and "Gen." keep their dot.
    let t = m[0];
    if (t.endsWith(".") && !/^(?:Col|Gen|Lt|Maj|Capt)\.$/.test(t)) t = t.slice(0, -1);
    out.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

function isTitle(t: string): boolean {
  return TITLE_WORDS.test(t);
}

function countryNear(tokens: Token[], from: number): string | null {
  for (let i = from; i >= Math.max(0, from - 3); i--) {
    const tok = tokens[i];
    if (!tok || /^[,;:()]$/.test(tok.text)) break;
    const c = countryOfWord(tok.text.replace(/['’]s$/, ""));
    if (c) return c.iso2;
  }
  return null;
}

/** Titled people in a sentence, in order of appearance, without duplicates. */
export function findActors(text: string): Actor[] {
  const tokens = tokenize(text);
  const actors: Actor[] = [];
  const seen = new Set<string>();
  const push = (a: Actor) => {
    if (seen.has(a.name)) return;
    seen.add(a.name);
    actors.push(a);
  };
  for (let i = 0; i < tokens.length; i++) {
    // Title run immediately before a name: "... Defence Minister Zakir Hasanov".
    const tok = tokens[i] as Token;
    if (!CORE.test(tok.text)) continue;
    let runStart = i;
    while (runStart > 0 && isTitle(tokens[runStart - 1]?.text ?? "")) runStart--;
    let runEnd = i;
    while (runEnd + 1 < tokens.length && isTitle(tokens[runEnd + 1]?.text ?? "")) runEnd++;
    // "Ambassador of Azerbaijan": the country it represents; "Ambassador to Azerbaijan": the host.
    let ofCountry: string | null = null;
    let nameFrom = runEnd + 1;
    if (tokens[runEnd]?.text === "of") {
      ofCountry = countryOfWord(tokens[runEnd + 1]?.text ?? "")?.iso2 ?? null;
      runEnd--;
      nameFrom = runEnd + 3;
    }
    if (tokens[nameFrom]?.text === "to" && countryOfWord(tokens[nameFrom + 1]?.text ?? ""))
      nameFrom += 2;
    const nameTokens: Token[] = [];
    for (let j = nameFrom; j < tokens.length && nameTokens.length < 4; j++) {
      const t = tokens[j] as Token;
      if (!NAME_WORD.test(t.text) || NOT_NAME.test(t.text) || countryOfWord(t.text)) break;
      nameTokens.push(t);
    }
    const roleTokens = tokens
      .slice(runStart, runEnd + 1)
      .filter((t, k, all) => !(t.text === "of" && (k === 0 || k === all.length - 1)));
    const role = text.slice(roleTokens[0]?.start ?? 0, roleTokens[roleTokens.length - 1]?.end ?? 0);
    if (nameTokens.length >= 2) {
      const name = text.slice(nameTokens[0]?.start, nameTokens[nameTokens.length - 1]?.end);
      push({ name, role, country: countryNear(tokens, runStart - 1) ?? ofCountry });
      i = runEnd;
      continue;
    }
    // Appositive after a name: "Asad Majeed Khan, the Foreign Secretary of Pakistan".
    const comma = tokens[runStart - 1];
    const article = comma?.text === "the" ? tokens[runStart - 2] : comma;
    const commaAt = comma?.text === "the" ? runStart - 2 : runStart - 1;
    if (article?.text !== ",") continue;
    const before: Token[] = [];
    for (let j = commaAt - 1; j >= 0 && before.length < 4; j--) {
      const t = tokens[j] as Token;
      if (
        !NAME_WORD.test(t.text) ||
        NOT_NAME.test(t.text) ||
        countryOfWord(t.text) ||
        isTitle(t.text)
      )
        break;
      before.unshift(t);
    }
    if (before.length < 2) continue;
    const name = text.slice(before[0]?.start, before[before.length - 1]?.end);
    let country: string | null = ofCountry;
    country ??= countryNear(
      tokens,
      runStart - 1 - (comma?.text === "the" ? 1 : 0) - before.length - 1,
    );
    push({ name, role, country });
    i = runEnd;
  }
  return actors;
}
