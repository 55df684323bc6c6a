// Titles, actors and quote sentences for synthetic events. Deliberately includes the strings that
// break naive renderers: non-Latin scripts, RTL text, emoji, very long strings and HTML/script-like
// text, so every view and export is exercised with them.
import { formatPartialDate } from "../dates";
import type { Actor, Category, Place } from "../schema";
import type { Rng } from "./prng";

const COUNTRY_NAMES: Record<string, string> = {
  AZ: "Azerbaijan",
  AM: "Armenia",
  GE: "Georgia",
  TR: "Türkiye",
  IR: "Iran",
  PK: "Pakistan",
  AF: "Afghanistan",
  IN: "India",
  TM: "Turkmenistan",
  UZ: "Uzbekistan",
  KZ: "Kazakhstan",
  KG: "Kyrgyzstan",
  TJ: "Tajikistan",
  RU: "Russia",
};

const STATE_BODIES: readonly { suffix: string; role: string }[] = [
  { suffix: "Ministry of Defence", role: "ministry" },
  { suffix: "Ministry of Foreign Affairs", role: "ministry" },
  { suffix: "Office of the President", role: "head of state" },
  { suffix: "Armed Forces", role: "military" },
  { suffix: "Parliament", role: "legislature" },
];

const NON_STATE: readonly Actor[] = [
  { name: "UN Security Council", role: "international body", country: null },
  { name: "OSCE Minsk Group", role: "mediator", country: null },
  { name: "International Committee of the Red Cross", role: "humanitarian", country: null },
  { name: "NATO", role: "alliance", country: null },
  { name: "European Union", role: "international body", country: null },
  { name: "Shanghai Cooperation Organisation", role: "international body", country: null },
];

/** Every actor the generator may name: state bodies of each country plus international bodies. */
export const ACTORS: readonly Actor[] = [
  ...Object.entries(COUNTRY_NAMES).flatMap(([code, country]) =>
    STATE_BODIES.map((body) => ({
      name: `${country} ${body.suffix}`,
      role: body.role,
      country: code,
    })),
  ),
  ...NON_STATE,
];

export const HOSTILE_STRINGS: readonly string[] = [
  "<img src=x onerror=alert(1)>",
  '<script>alert("xss")</script>',
  '"><svg onload=alert(1)>',
  "Tom & Jerry <b>bold</b> &amp; &lt;escaped&gt;",
  "{{constructor.constructor('alert(1)')()}}",
  "javascript:alert(1)",
  "</div></li><!-- unclosed",
];

const UNICODE_FLAVOURS: readonly string[] = [
  "Bakı",
  "Şuşa / Shushi",
  "Kəlbəcər",
  "Երևան",
  "თბილისი",
  "تهران",
  "اسلام آباد",
  "Алматы",
  "İstanbul",
  "नई दिल्ली",
  "🕊️ peace talks",
  "e\u0301 (combining accent)",
  "\u200fRTL mark",
];

const DRILL_NAMES = [
  "Three Brothers",
  "Caucasus Eagle",
  "Indestructible Brotherhood",
  "Steppe Shield",
];

function titleFor(category: Category, place: Place, a: Actor, b: Actor, rng: Rng): string {
  const where = place.name;
  switch (category) {
    case "war":
      return rng.chance(0.5)
        ? `Shelling reported near ${where}`
        : `Clashes between ${a.name} and ${b.name} units near ${where}`;
    case "ceasefire":
      return `Ceasefire announced around ${where}`;
    case "drill":
      return `Joint exercise "${rng.pick(DRILL_NAMES)}" held near ${where}`;
    case "visit":
      return `${a.name} delegation visits ${where}`;
    case "meeting":
      return `${a.name} and ${b.name} meet in ${where}`;
    case "agreement":
      return `${a.name} and ${b.name} sign a cooperation agreement in ${where}`;
    case "commemoration":
      return `${where} commemorates the victims`;
    case "statement":
      return `${a.name} issues a statement on ${where}`;
    case "other":
      return rng.chance(0.5) ? `Earthquake felt in ${where}` : `Protest held in ${where}`;
  }
}

export interface EventText {
  title: string;
  summary: string;
}

/** Title and summary; ~1% carry hostile markup, ~0.5% are very long, ~3% add non-Latin text. */
export function eventText(
  category: Category,
  place: Place,
  a: Actor,
  b: Actor,
  rng: Rng,
): EventText {
  let title = titleFor(category, place, a, b, rng);
  let summary = `${title}, according to reports.`;
  const roll = rng.next();
  if (roll < 0.01) {
    title = `${rng.pick(HOSTILE_STRINGS)} ${title}`;
    summary = `${summary} ${rng.pick(HOSTILE_STRINGS)}`;
  } else if (roll < 0.015) {
    const clause = ` and further reports from ${place.name} describing the situation in detail`;
    title = title + clause.repeat(rng.int(8, 25));
    summary = `${summary}${" The report continues at length.".repeat(rng.int(50, 150))}`;
  } else if (roll < 0.045) {
    title = `${title} (${rng.pick(UNICODE_FLAVOURS)})`;
  }
  return { title, summary };
}

/** "12 March 2008", "March 2008" or "2008" for a partial ISO date. */
export const spokenDate = formatPartialDate;

/** The sentence a source uses to state the event (the quote). */
export function quoteSentence(
  event: { title: string; start: string; end: string | null; precision: string },
  variant: "primary" | "secondary",
  publisher: string,
): string {
  const when = event.end
    ? `From ${spokenDate(event.start)} to ${spokenDate(event.end)}`
    : `${event.precision === "day" ? "On" : "In"} ${spokenDate(event.start)}`;
  return variant === "primary"
    ? `${when}: ${event.title}.`
    : `${publisher} also reported it (${when.toLowerCase()}): ${event.title}.`;
}

export const FILLER_SENTENCES: readonly string[] = [
  "Officials declined to comment further.",
  "The information could not be independently verified.",
  "Local media carried similar reports.",
  "Further details are expected in the coming days.",
  "Residents described the situation as tense.",
];

export const PUBLISHERS: readonly string[] = [
  "Caspian Wire (synthetic)",
  "Steppe Herald (synthetic)",
  "Anatolia Daily (synthetic)",
  "Indus Courier (synthetic)",
  "Kura River Post (synthetic)",
];
