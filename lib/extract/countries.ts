// Country names and demonyms (general reference data, not corpus-specific): used to give actors a
// country ("Pakistani General …" → PK) and to tell a country used as an adjective from a place.
export interface CountryInfo {
  iso2: string;
  names: string[];
  demonyms: string[];
}

export const COUNTRIES: CountryInfo[] = [
  { iso2: "AF", names: ["Afghanistan"], demonyms: ["Afghan"] },
  { iso2: "AM", names: ["Armenia"], demonyms: ["Armenian"] },
  { iso2: "AZ", names: ["Azerbaijan"], demonyms: ["Azerbaijani", "Azeri"] },
  { iso2: "BD", names: ["Bangladesh"], demonyms: ["Bangladeshi"] },
  { iso2: "BY", names: ["Belarus"], demonyms: ["Belarusian"] },
  { iso2: "BR", names: ["Brazil"], demonyms: ["Brazilian"] },
  { iso2: "CA", names: ["Canada"], demonyms: ["Canadian"] },
  { iso2: "CN", names: ["China"], demonyms: ["Chinese"] },
  { iso2: "EG", names: ["Egypt"], demonyms: ["Egyptian"] },
  { iso2: "FR", names: ["France"], demonyms: ["French"] },
  { iso2: "GE", names: ["Georgia"], demonyms: ["Georgian"] },
  { iso2: "DE", names: ["Germany"], demonyms: ["German"] },
  { iso2: "GR", names: ["Greece"], demonyms: ["Greek"] },
  { iso2: "IN", names: ["India"], demonyms: ["Indian"] },
  { iso2: "ID", names: ["Indonesia"], demonyms: ["Indonesian"] },
  { iso2: "IR", names: ["Iran"], demonyms: ["Iranian"] },
  { iso2: "IQ", names: ["Iraq"], demonyms: ["Iraqi"] },
  { iso2: "IL", names: ["Israel"], demonyms: ["Israeli"] },
  { iso2: "IT", names: ["Italy"], demonyms: ["Italian"] },
  { iso2: "JP", names: ["Japan"], demonyms: ["Japanese"] },
  { iso2: "JO", names: ["Jordan"], demonyms: ["Jordanian"] },
  { iso2: "KZ", names: ["Kazakhstan"], demonyms: ["Kazakh", "Kazakhstani"] },
  { iso2: "KG", names: ["Kyrgyzstan"], demonyms: ["Kyrgyz"] },
  { iso2: "MY", names: ["Malaysia"], demonyms: ["Malaysian"] },
  { iso2: "NP", names: ["Nepal"], demonyms: ["Nepalese", "Nepali"] },
  { iso2: "NL", names: ["Netherlands"], demonyms: ["Dutch"] },
  { iso2: "PK", names: ["Pakistan"], demonyms: ["Pakistani"] },
  { iso2: "PL", names: ["Poland"], demonyms: ["Polish"] },
  { iso2: "QA", names: ["Qatar"], demonyms: ["Qatari"] },
  { iso2: "RU", names: ["Russia", "Russian Federation"], demonyms: ["Russian"] },
  { iso2: "SA", names: ["Saudi Arabia"], demonyms: ["Saudi"] },
  { iso2: "ES", names: ["Spain"], demonyms: ["Spanish"] },
  { iso2: "LK", names: ["Sri Lanka"], demonyms: ["Sri Lankan"] },
  { iso2: "SY", names: ["Syria"], demonyms: ["Syrian"] },
  { iso2: "TJ", names: ["Tajikistan"], demonyms: ["Tajik"] },
  { iso2: "TR", names: ["Turkey", "Türkiye", "Turkiye"], demonyms: ["Turkish"] },
  { iso2: "TM", names: ["Turkmenistan"], demonyms: ["Turkmen"] },
  { iso2: "UA", names: ["Ukraine"], demonyms: ["Ukrainian"] },
  { iso2: "AE", names: ["United Arab Emirates", "UAE"], demonyms: ["Emirati"] },
  { iso2: "GB", names: ["United Kingdom", "Britain", "UK"], demonyms: ["British"] },
  { iso2: "US", names: ["United States", "USA", "U.S."], demonyms: ["American"] },
  { iso2: "UZ", names: ["Uzbekistan"], demonyms: ["Uzbek"] },
];

const byWord = new Map<string, CountryInfo>();
for (const c of COUNTRIES)
  for (const w of [...c.names, ...c.demonyms]) byWord.set(w.toLowerCase(), c);

/** Country named or described by a word ("Pakistani", "Pakistan", "Türkiye"). */
export function countryOfWord(word: string): CountryInfo | null {
  return byWord.get(word.toLowerCase()) ?? null;
}

export function isDemonym(word: string): boolean {
  const c = byWord.get(word.toLowerCase());
  return c?.demonyms.some((d) => d.toLowerCase() === word.toLowerCase()) ?? false;
}

/** Regex alternation of all country names and demonyms, longest first. */
export const COUNTRY_WORD_PATTERN = [...byWord.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.]/g, "\\."))
  .join("|");
