import { bgToLatin } from "@cluster-match/shared";
import { tokenize } from "../text/normalize.ts";

/**
 * Regions a buyer names as a hard constraint: the NUTS-2 regions (NUTS 2021) of the five
 * cluster countries, and the NUTS-1 units people use as regions (the German Länder, the
 * Mazowieckie voivodeship, which NUTS splits into PL91 and PL92, Central Hungary). A company is
 * in a region when its NUTS-2 code is the region's code or starts with it (a NUTS-1 code is the
 * prefix of its NUTS-2 codes), so the code is a filter on `regionCodes` of the search documents.
 *
 * Names are the official local names plus the exonyms in en, de, pl, hu and bg where they exist,
 * and the everyday names people write ("Mazowsze", "Dolny Śląsk", "Северозападна България").
 * Hungarian counties (megyék) name their NUTS-2 region. Inflected forms need no entries: see
 * `inflections`. Regional units named after a city (Stuttgart, Dresden, Hannover, …) are left
 * to the city gazetteer, and a bare name that is also a city's ("Wien", "Salzburg", "Budapest")
 * is read as the city unless a word such as "Land", "region" or "megye" stands beside it.
 */

type Lang = "bg" | "en" | "de" | "pl" | "hu";

export interface Region {
  /** NUTS 2021 code: NUTS-2 ("AT12") or NUTS-1 ("DED", "PL9"). */
  code: string;
  /** Official NUTS name in the local language. */
  name: string;
  /** Names per language; the first en, de and bg name is the region's label in that UI locale. */
  names: Partial<Record<Lang, string[]>>;
}

const county = (...names: string[]) => names.flatMap((n) => [`${n} megye`, `${n} vármegye`]);

export const regions: Region[] = [
  // Bulgaria: the six NUTS-2 planning regions ("район"), also as "Северозападна България" etc.
  { code: "BG31", name: "Северозападен", names: { bg: ["Северозападен район", "Северозападна България"], en: ["North-Western Region", "Northwestern Bulgaria", "North-West Bulgaria"], de: ["Nordwestbulgarien"] } },
  { code: "BG32", name: "Северен централен", names: { bg: ["Северен централен район", "Северна централна България"], en: ["North Central Region", "North Central Bulgaria"], de: ["Nordzentralbulgarien"] } },
  { code: "BG33", name: "Североизточен", names: { bg: ["Североизточен район", "Североизточна България"], en: ["North-Eastern Region", "Northeastern Bulgaria", "North-East Bulgaria"], de: ["Nordostbulgarien"] } },
  { code: "BG34", name: "Югоизточен", names: { bg: ["Югоизточен район", "Югоизточна България"], en: ["South-Eastern Region", "Southeastern Bulgaria", "South-East Bulgaria"], de: ["Südostbulgarien"] } },
  { code: "BG41", name: "Югозападен", names: { bg: ["Югозападен район", "Югозападна България"], en: ["South-Western Region", "Southwestern Bulgaria", "South-West Bulgaria"], de: ["Südwestbulgarien"] } },
  { code: "BG42", name: "Южен централен", names: { bg: ["Южен централен район", "Южна централна България"], en: ["South Central Region", "South Central Bulgaria"], de: ["Südzentralbulgarien"] } },

  // Germany: the Länder (NUTS-1) and the Bavarian Regierungsbezirke not named after a city.
  { code: "DE1", name: "Baden-Württemberg", names: { de: ["Baden-Württemberg"], en: ["Baden-Württemberg", "Baden-Wurttemberg"], bg: ["Баден-Вюртемберг"], pl: ["Badenia-Wirtembergia"], hu: ["Baden-Württemberg"] } },
  { code: "DE2", name: "Bayern", names: { de: ["Bayern", "bayerisch"], en: ["Bavaria", "Bavarian"], bg: ["Бавария"], pl: ["Bawaria", "bawarski"], hu: ["Bajorország", "bajor"] } },
  { code: "DE21", name: "Oberbayern", names: { de: ["Oberbayern"], en: ["Upper Bavaria"], bg: ["Горна Бавария"], pl: ["Górna Bawaria"], hu: ["Felső-Bajorország"] } },
  { code: "DE22", name: "Niederbayern", names: { de: ["Niederbayern"], en: ["Lower Bavaria"], bg: ["Долна Бавария"], pl: ["Dolna Bawaria"], hu: ["Alsó-Bajorország"] } },
  { code: "DE23", name: "Oberpfalz", names: { de: ["Oberpfalz"], en: ["Upper Palatinate"], bg: ["Горен Пфалц"], pl: ["Górny Palatynat"], hu: ["Felső-Pfalz"] } },
  { code: "DE24", name: "Oberfranken", names: { de: ["Oberfranken"], en: ["Upper Franconia"], bg: ["Горна Франкония"], pl: ["Górna Frankonia"], hu: ["Felső-Frankföld"] } },
  { code: "DE25", name: "Mittelfranken", names: { de: ["Mittelfranken"], en: ["Middle Franconia"], bg: ["Средна Франкония"], pl: ["Środkowa Frankonia"], hu: ["Közép-Frankföld"] } },
  { code: "DE26", name: "Unterfranken", names: { de: ["Unterfranken"], en: ["Lower Franconia"], bg: ["Долна Франкония"], pl: ["Dolna Frankonia"], hu: ["Alsó-Frankföld"] } },
  { code: "DE3", name: "Berlin", names: { de: ["Berlin"], en: ["Berlin"], bg: ["Берлин"], pl: ["Berlin"], hu: ["Berlin"] } },
  { code: "DE4", name: "Brandenburg", names: { de: ["Brandenburg"], en: ["Brandenburg"], bg: ["Бранденбург"], pl: ["Brandenburgia"], hu: ["Brandenburg"] } },
  { code: "DE5", name: "Bremen", names: { de: ["Bremen"], en: ["Bremen"], bg: ["Бремен"], pl: ["Brema"], hu: ["Bréma"] } },
  { code: "DE6", name: "Hamburg", names: { de: ["Hamburg"], en: ["Hamburg"], bg: ["Хамбург"], pl: ["Hamburg"], hu: ["Hamburg"] } },
  { code: "DE7", name: "Hessen", names: { de: ["Hessen", "hessisch"], en: ["Hesse"], bg: ["Хесен"], pl: ["Hesja"], hu: ["Hessen"] } },
  { code: "DE8", name: "Mecklenburg-Vorpommern", names: { de: ["Mecklenburg-Vorpommern"], en: ["Mecklenburg-Western Pomerania", "Mecklenburg-Vorpommern"], bg: ["Мекленбург-Предна Померания"], pl: ["Meklemburgia-Pomorze Przednie"], hu: ["Mecklenburg-Elő-Pomeránia"] } },
  { code: "DE9", name: "Niedersachsen", names: { de: ["Niedersachsen", "niedersächsisch"], en: ["Lower Saxony"], bg: ["Долна Саксония"], pl: ["Dolna Saksonia"], hu: ["Alsó-Szászország"] } },
  { code: "DEA", name: "Nordrhein-Westfalen", names: { de: ["Nordrhein-Westfalen", "NRW"], en: ["North Rhine-Westphalia"], bg: ["Северен Рейн-Вестфалия"], pl: ["Nadrenia Północna-Westfalia"], hu: ["Észak-Rajna-Vesztfália"] } },
  { code: "DEB", name: "Rheinland-Pfalz", names: { de: ["Rheinland-Pfalz"], en: ["Rhineland-Palatinate"], bg: ["Рейнланд-Пфалц"], pl: ["Nadrenia-Palatynat"], hu: ["Rajna-vidék-Pfalz"] } },
  { code: "DEC", name: "Saarland", names: { de: ["Saarland"], en: ["Saarland"], bg: ["Саарланд"], pl: ["Saara"], hu: ["Saar-vidék"] } },
  { code: "DED", name: "Sachsen", names: { de: ["Sachsen", "sächsisch"], en: ["Saxony"], bg: ["Саксония"], pl: ["Saksonia"], hu: ["Szászország"] } },
  { code: "DEE", name: "Sachsen-Anhalt", names: { de: ["Sachsen-Anhalt"], en: ["Saxony-Anhalt"], bg: ["Саксония-Анхалт"], pl: ["Saksonia-Anhalt"], hu: ["Szász-Anhalt"] } },
  { code: "DEF", name: "Schleswig-Holstein", names: { de: ["Schleswig-Holstein"], en: ["Schleswig-Holstein"], bg: ["Шлезвиг-Холщайн"], pl: ["Szlezwik-Holsztyn"], hu: ["Schleswig-Holstein"] } },
  { code: "DEG", name: "Thüringen", names: { de: ["Thüringen", "thüringisch"], en: ["Thuringia"], bg: ["Тюрингия"], pl: ["Turyngia"], hu: ["Türingia"] } },

  // Austria: the Bundesländer are the NUTS-2 regions.
  { code: "AT11", name: "Burgenland", names: { de: ["Burgenland"], en: ["Burgenland"], bg: ["Бургенланд"], pl: ["Burgenland"], hu: ["Burgenland", "Őrvidék"] } },
  { code: "AT12", name: "Niederösterreich", names: { de: ["Niederösterreich", "niederösterreichisch"], en: ["Lower Austria"], bg: ["Долна Австрия"], pl: ["Dolna Austria"], hu: ["Alsó-Ausztria"] } },
  { code: "AT13", name: "Wien", names: { de: ["Wien"], en: ["Vienna"], bg: ["Виена"], pl: ["Wiedeń"], hu: ["Bécs"] } },
  { code: "AT21", name: "Kärnten", names: { de: ["Kärnten", "kärntnerisch"], en: ["Carinthia"], bg: ["Каринтия"], pl: ["Karyntia"], hu: ["Karintia"] } },
  { code: "AT22", name: "Steiermark", names: { de: ["Steiermark", "steirisch"], en: ["Styria"], bg: ["Щирия"], pl: ["Styria"], hu: ["Stájerország", "stájer"] } },
  { code: "AT31", name: "Oberösterreich", names: { de: ["Oberösterreich", "oberösterreichisch"], en: ["Upper Austria"], bg: ["Горна Австрия"], pl: ["Górna Austria"], hu: ["Felső-Ausztria"] } },
  { code: "AT32", name: "Salzburg", names: { de: ["Salzburg"], en: ["Salzburg"], bg: ["Залцбург"], pl: ["Salzburg"], hu: ["Salzburg"] } },
  { code: "AT33", name: "Tirol", names: { de: ["Tirol"], en: ["Tyrol"], bg: ["Тирол"], pl: ["Tyrol"], hu: ["Tirol"] } },
  { code: "AT34", name: "Vorarlberg", names: { de: ["Vorarlberg"], en: ["Vorarlberg"], bg: ["Форарлберг"], pl: ["Vorarlberg"], hu: ["Vorarlberg"] } },

  // Poland: the voivodeships (NUTS-2, Mazowieckie as NUTS-1) by official and everyday names.
  { code: "PL21", name: "Małopolskie", names: { pl: ["Małopolskie", "Małopolska", "Małopolsce"], en: ["Lesser Poland"], de: ["Kleinpolen"], bg: ["Малополша"], hu: ["Kis-Lengyelország"] } },
  { code: "PL22", name: "Śląskie", names: { pl: ["Śląskie", "Śląsk", "Górny Śląsk"], en: ["Silesia", "Silesian", "Upper Silesia"], de: ["Schlesien", "Oberschlesien"], bg: ["Силезия"], hu: ["Szilézia", "Felső-Szilézia"] } },
  { code: "PL41", name: "Wielkopolskie", names: { pl: ["Wielkopolskie", "Wielkopolska", "Wielkopolsce"], en: ["Greater Poland"], de: ["Großpolen"], bg: ["Великополша"], hu: ["Nagy-Lengyelország"] } },
  { code: "PL42", name: "Zachodniopomorskie", names: { pl: ["Zachodniopomorskie", "Pomorze Zachodnie"], en: ["West Pomerania", "West Pomeranian"], de: ["Westpommern"], bg: ["Западнопоморско"], hu: ["Nyugat-Pomeránia"] } },
  { code: "PL43", name: "Lubuskie", names: { pl: ["Lubuskie", "Ziemia Lubuska"], en: ["Lubusz Voivodeship"], de: ["Woiwodschaft Lebus"], bg: ["Любушко"], hu: ["Lubusi vajdaság"] } },
  { code: "PL51", name: "Dolnośląskie", names: { pl: ["Dolnośląskie", "Dolny Śląsk"], en: ["Lower Silesia", "Lower Silesian"], de: ["Niederschlesien"], bg: ["Долна Силезия"], hu: ["Alsó-Szilézia"] } },
  { code: "PL52", name: "Opolskie", names: { pl: ["Opolskie", "Opolszczyzna"], en: ["Opole Voivodeship"], de: ["Woiwodschaft Oppeln"], bg: ["Ополско"], hu: ["Opolei vajdaság"] } },
  { code: "PL61", name: "Kujawsko-pomorskie", names: { pl: ["Kujawsko-pomorskie"], en: ["Kuyavia-Pomerania", "Kuyavian-Pomeranian"], de: ["Kujawien-Pommern"], bg: ["Куявско-Поморско"], hu: ["Kujávia-Pomeránia"] } },
  { code: "PL62", name: "Warmińsko-mazurskie", names: { pl: ["Warmińsko-mazurskie", "Warmia i Mazury"], en: ["Warmia-Masuria", "Warmian-Masurian"], de: ["Ermland-Masuren"], bg: ["Вармийско-Мазурско"], hu: ["Varmia-Mazúria"] } },
  { code: "PL63", name: "Pomorskie", names: { pl: ["Pomorskie", "Pomorze"], en: ["Pomerania", "Pomeranian"], de: ["Pommern"], bg: ["Поморско"], hu: ["Pomeránia"] } },
  { code: "PL71", name: "Łódzkie", names: { pl: ["Łódzkie"], en: ["Łódź Voivodeship", "Lodz Voivodeship"], de: ["Woiwodschaft Łódź"], bg: ["Лодзко"], hu: ["Łódźi vajdaság"] } },
  { code: "PL72", name: "Świętokrzyskie", names: { pl: ["Świętokrzyskie"], en: ["Holy Cross Voivodeship"], de: ["Woiwodschaft Heiligkreuz"], bg: ["Швентокшиско"], hu: ["Szentkereszt vajdaság"] } },
  { code: "PL81", name: "Lubelskie", names: { pl: ["Lubelskie", "Lubelszczyzna"], en: ["Lublin Voivodeship"], de: ["Woiwodschaft Lublin"], bg: ["Люблинско"], hu: ["Lublini vajdaság"] } },
  { code: "PL82", name: "Podkarpackie", names: { pl: ["Podkarpackie", "Podkarpacie"], en: ["Subcarpathia", "Subcarpathian"], de: ["Karpatenvorland"], bg: ["Подкарпатско"], hu: ["Kárpátaljai vajdaság"] } },
  { code: "PL84", name: "Podlaskie", names: { pl: ["Podlaskie", "Podlasie"], en: ["Podlaskie", "Podlachia"], de: ["Podlachien"], bg: ["Подляско"], hu: ["Podlasie"] } },
  { code: "PL9", name: "Mazowieckie", names: { pl: ["Mazowieckie", "Mazowsze"], en: ["Masovia", "Masovian"], de: ["Masowien"], bg: ["Мазовия", "Мазовецко"], hu: ["Mazóvia"] } },
  { code: "PL91", name: "Warszawski stołeczny", names: { pl: ["Warszawski stołeczny"], en: ["Warsaw Capital Region"], de: ["Hauptstadtregion Warschau"], bg: ["Столичен регион Варшава"], hu: ["Varsói fővárosi régió"] } },

  // Hungary: the NUTS-2 regions, Central Hungary (NUTS-1) and the counties (megyék) by region.
  { code: "HU1", name: "Közép-Magyarország", names: { hu: ["Közép-Magyarország"], en: ["Central Hungary"], de: ["Mittelungarn"], pl: ["Węgry Środkowe"], bg: ["Централна Унгария"] } },
  { code: "HU11", name: "Budapest", names: { hu: ["Budapest"], en: ["Budapest"], de: ["Budapest"], pl: ["Budapeszt"], bg: ["Будапеща"] } },
  { code: "HU12", name: "Pest", names: { hu: county("Pest"), en: ["Pest County"], de: ["Komitat Pest"], pl: ["Komitat Pest"], bg: ["Пеща"] } },
  { code: "HU21", name: "Közép-Dunántúl", names: { hu: ["Közép-Dunántúl", "Komárom-Esztergom", ...county("Fejér", "Komárom-Esztergom", "Veszprém")], en: ["Central Transdanubia"], de: ["Mitteltransdanubien"], pl: ["Zadunaj Środkowy"], bg: ["Централен Задунавски"] } },
  { code: "HU22", name: "Nyugat-Dunántúl", names: { hu: ["Nyugat-Dunántúl", "Győr-Moson-Sopron", ...county("Győr-Moson-Sopron", "Vas", "Zala")], en: ["Western Transdanubia"], de: ["Westtransdanubien"], pl: ["Zadunaj Zachodni"], bg: ["Западен Задунавски"] } },
  { code: "HU23", name: "Dél-Dunántúl", names: { hu: ["Dél-Dunántúl", "Baranya", "Somogy", ...county("Baranya", "Somogy", "Tolna")], en: ["Southern Transdanubia"], de: ["Südtransdanubien"], pl: ["Zadunaj Południowy"], bg: ["Южен Задунавски"] } },
  { code: "HU31", name: "Észak-Magyarország", names: { hu: ["Észak-Magyarország", "Borsod-Abaúj-Zemplén", "Borsod", ...county("Borsod-Abaúj-Zemplén", "Heves", "Nógrád")], en: ["Northern Hungary"], de: ["Nordungarn"], pl: ["Węgry Północne"], bg: ["Северна Унгария"] } },
  { code: "HU32", name: "Észak-Alföld", names: { hu: ["Észak-Alföld", "Hajdú-Bihar", "Jász-Nagykun-Szolnok", "Szabolcs-Szatmár-Bereg", ...county("Hajdú-Bihar", "Jász-Nagykun-Szolnok", "Szabolcs-Szatmár-Bereg")], en: ["Northern Great Plain"], de: ["Nördliche Große Tiefebene"], pl: ["Wielka Nizina Północna"], bg: ["Северен Алфьолд"] } },
  { code: "HU33", name: "Dél-Alföld", names: { hu: ["Dél-Alföld", "Bács-Kiskun", "Csongrád-Csanád", "Csongrád", ...county("Bács-Kiskun", "Békés", "Csongrád-Csanád", "Csongrád")], en: ["Southern Great Plain"], de: ["Südliche Große Tiefebene"], pl: ["Wielka Nizina Południowa"], bg: ["Южен Алфьолд"] } },
];

/**
 * The inflection rule per language: a typed word stands for a name's word when it is the word,
 * or the word with one of `drop` taken off and one of `add` put on, leaving a stem of at least 4
 * letters, 2 when an ending was taken off (folded: no diacritics, so Hungarian "-ban/-ben" also covers "Baranyában"). Examples:
 * pl "Mazowsze" → "na Mazowszu", "Dolny Śląsk" → "na Dolnym Śląsku", "mazowieckie" → "w
 * mazowieckim"; de "Bayern" → "Bayerns", "steirisch" → "steirische"; hu "Dél-Alföld" → "a Dél-
 * Alföldön", "megye" → "megyében"; bg "Югозападен" → "Югозападния", "Югозападна".
 * Forms with a changed stem (pl "Małopolska" → "Małopolsce") are listed as names.
 */
const inflections: Record<Lang | "bgLatin", { drop: string[]; add: string[] }[]> = {
  bg: [
    { drop: ["ен"], add: ["на", "но", "ни", "ния", "ният"] },
    { drop: [""], add: ["а", "ът", "я", "ят", "та", "то"] },
  ],
  bgLatin: [
    { drop: ["en"], add: ["na", "no", "ni", "niya", "niyat"] },
    { drop: [""], add: ["a", "at", "ya", "yat", "ta", "to"] },
  ],
  en: [{ drop: [""], add: ["s"] }],
  de: [{ drop: [""], add: ["s", "e", "en", "er", "es", "em", "n"] }],
  pl: [
    {
      drop: ["", "a", "e", "o", "y", "i", "ie"],
      add: ["a", "e", "u", "y", "i", "ie", "iu", "ii", "em", "ym", "im", "ego", "iego", "ej", "iej", "ich", "ych", "ami", "ach"],
    },
  ],
  hu: [{ drop: [""], add: ["ban", "ben", "ba", "be", "bol", "rol", "tol", "on", "en", "n", "i", "ra", "re", "hoz", "hez", "nak", "nek", "ig", "beli", "ert"] }],
};

/** Words that say a region is meant ("Land Salzburg", "район", "województwo", "megyében"), as folded stems. */
const regionWords = ["region", "regio", "bundesland", "regierungsbezirk", "woiwodschaft", "wojewodztw", "voivodeship", "province", "county", "state", "megye", "varmegye", "vajdasag", "район", "регион", "област", "rayon"];

export const isRegionWord = (token: string) => token === "land" || regionWords.some((w) => token.startsWith(w));

interface RegionForm {
  code: string;
  tokens: string[];
  rules: { drop: string[]; add: string[] }[];
}

const localLanguage: Record<string, Lang> = { BG: "bg", DE: "de", AT: "de", PL: "pl", HU: "hu" };

/** German umlauts as two letters (ä → ae, ö → oe, ü → ue). */
export function umlautsWrittenOut(name: string): string {
  return name.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/Ä/g, "Ae").replace(/Ö/g, "Oe").replace(/Ü/g, "Ue");
}

function formsOf(region: Region): RegionForm[] {
  const forms: RegionForm[] = [];
  const local = localLanguage[region.code.slice(0, 2)]!;
  const named: [Lang, string[]][] = [[local, [region.name]], ...(Object.entries(region.names) as [Lang, string[]][])];
  for (const [lang, names] of named) {
    for (const name of names) {
      forms.push({ code: region.code, tokens: tokenize(name), rules: inflections[lang] });
      // Umlauts written out, as on keyboards without them ("Baden-Wuerttemberg", "Thueringen").
      const written = umlautsWrittenOut(name);
      if (written !== name) forms.push({ code: region.code, tokens: tokenize(written), rules: inflections[lang] });
      if (lang === "bg") forms.push({ code: region.code, tokens: tokenize(bgToLatin(name)), rules: inflections.bgLatin });
    }
  }
  return forms;
}

const allForms: RegionForm[] = regions.flatMap(formsOf);
const byCode = new Map(regions.map((r) => [r.code, r]));

/** The region of a code, for labels. */
export const regionByCode = (code: string) => byCode.get(code);

/** The region's name for a UI locale: its first name in that language, else the official name. */
export function regionLabel(code: string, locale: string): string {
  const region = byCode.get(code);
  if (!region) return code;
  return region.names[locale as Lang]?.[0] ?? region.name;
}

/** True when a typed (folded) word is this name word or an inflection of it under the rules. */
function wordMatches(typed: string, word: string, rules: RegionForm["rules"]): boolean {
  if (typed === word) return true;
  for (const { drop, add } of rules) {
    for (const d of drop) {
      if (!word.endsWith(d)) continue;
      const stem = word.slice(0, word.length - d.length);
      // A short adjective keeps a short stem when its ending alternates (bg "южен" → "южния").
      const shortest = d ? 2 : 4;
      if (stem.length < shortest || word.length < 4 || !typed.startsWith(stem)) continue;
      if (add.includes(typed.slice(stem.length))) return true;
    }
  }
  return false;
}

export interface RegionMatch {
  code: string;
  /** Positions of the words of the name (not of region words beside it). */
  positions: number[];
  /** Positions of region words right beside the name ("Land", "województwo", "район"). */
  regionWords: number[];
}

/**
 * Region names among the query's words, longest first; every word serves one region only and
 * `used` words are skipped. A region word right before or after a name is taken with it.
 */
export function findRegions(tokens: string[], used: boolean[]): RegionMatch[] {
  const found: { form: RegionForm; start: number }[] = [];
  for (const form of allForms) {
    const n = form.tokens.length;
    for (let start = 0; start + n <= tokens.length; start++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = !used[start + k] && wordMatches(tokens[start + k]!, form.tokens[k]!, form.rules);
      if (ok) found.push({ form, start });
    }
  }
  found.sort((a, b) => b.form.tokens.length - a.form.tokens.length || a.start - b.start);
  const taken = [...used];
  const matches: RegionMatch[] = [];
  for (const { form, start } of found) {
    const positions = form.tokens.map((_, k) => start + k);
    if (positions.some((p) => taken[p])) continue;
    positions.forEach((p) => (taken[p] = true));
    const beside = [start - 1, start + positions.length].filter((p) => p >= 0 && p < tokens.length && !taken[p] && isRegionWord(tokens[p]!));
    beside.forEach((p) => (taken[p] = true));
    matches.push({ code: form.code, positions, regionWords: beside });
  }
  return matches;
}
