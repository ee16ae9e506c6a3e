import { bgToLatin } from "@cluster-match/shared";
import { allowedTypos, editDistance, tokenize, tokenizeWithOffsets } from "../text/normalize.ts";
import { localesOfScript, stemKeys, stemLocales, type StemLocale } from "../text/stemming.ts";
import { countryNames } from "./countries.ts";
import type { Place } from "./places.ts";
import { chatLatinVariants } from "./chat-latin.ts";
import { umlautsWrittenOut } from "./regions.ts";
import { addCompoundParts } from "./compounds.ts";
import { commonWords, stopwords } from "./stopwords.ts";

export type EntryKind = "capability" | "material" | "certification" | "place" | "country";

/** One way of naming something the parser recognises. */
export interface LexiconEntry {
  kind: EntryKind;
  code: string;
  tokens: string[];
  /** Made by splitting a one-word name into its parts (see compounds.ts): a weaker reading. */
  derived?: boolean;
}

export interface VocabularyInput {
  terms: { code: string; parentCode: string | null; labels: unknown; synonyms: unknown }[];
  materials: { code: string; labels: unknown; synonyms: unknown }[];
  certifications: { code: string; name: string; aliases?: string[] }[];
  places: Place[];
  /** Published firms: their names are recognised in queries. */
  companies?: { id: string; name: string; nameLatin: string }[];
}

/**
 * Words of legal forms in the five countries' scripts ("GmbH", "ООД", "Sp. z o.o.", "Kft.",
 * "s.r.o."), as folded tokens: not part of a firm's name when they end it (or, "ЕТ", start it).
 */
export const legalFormWords = new Set([
  "gmbh", "mbh", "ag", "kg", "ohg", "ug", "ek", "co", "kgaa", "se", "gbr",
  "ood", "eood", "ad", "ead", "et", "sd", "kd", "kda", "оод", "еоод", "ад", "еад", "ет", "сд", "кд", "кда",
  "sp", "z", "o", "oo", "sa", "spk", "sc", "j",
  "kft", "zrt", "nyrt", "bt", "kkt", "rt",
  "s", "r", "sro", "as", "spol", "ltd", "llc", "inc", "plc", "srl", "doo", "bv", "nv",
]);
const leadingLegalFormWords = new Set(["et", "ет"]);

function addId(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids?.includes(id)) return;
  if (ids) ids.push(id);
  else map.set(key, [id]);
}

/**
 * A Latin spelling with the choices transliterations of Bulgarian (and buyers) make between
 * them folded together: "dzh"/"dj"/"zh" → "j", "ts"/"tz" → "c", "ch" → "c", "sh" → "s",
 * "kh" → "h", "ya"/"ia"/"ja" → "a", "yu"/"iu"/"ju" → "u", "y" → "i", "w" → "v" ("Dobrudja" and
 * "Dobrudzha", "Kamchia Metalstroi" and "Kamchiya Metalstroy" are one name).
 */
export function looseLatin(text: string): string {
  return text
    .replace(/dzh|dj|zh/g, "j")
    .replace(/ts|tz|ch/g, "c")
    .replace(/sh/g, "s")
    .replace(/kh/g, "h")
    .replace(/[iyj]a/g, "a")
    .replace(/[iyj]u/g, "u")
    .replace(/y/g, "i")
    .replace(/w/g, "v");
}

/** A firm's name as folded tokens without its legal form ("Metatronic GmbH" → ["metatronic"]). */
export function companyNameTokens(name: string): string[] {
  const tokens = tokenize(name);
  while (tokens.length > 1 && legalFormWords.has(tokens.at(-1)!)) tokens.pop();
  while (tokens.length > 1 && leadingLegalFormWords.has(tokens[0]!)) tokens.shift();
  return tokens;
}

/** A phrase token a query word may stand for; `sameStem`: a stemmer of its language agrees. */
export interface SimilarToken {
  token: string;
  similarity: number;
  sameStem?: boolean;
}

/** The recognisable names, indexed by token for fuzzy lookup. */
export class Lexicon {
  readonly entries: LexiconEntry[] = [];
  /** Distinct phrase tokens → entries containing them. */
  private readonly byToken = new Map<string, Set<number>>();
  readonly parentOf = new Map<string, string | null>();
  readonly placesByCode = new Map<string, Place>();
  /** Firms' names (folded tokens joined by spaces, legal form left out) → their ids. */
  readonly companyNames = new Map<string, string[]>();
  /** The most words of any firm's name. */
  companyNameWords = 0;

  /** Firms' names by their loose Latin spelling (looseLatin), for names transliterated another way. */
  readonly looseCompanyNames = new Map<string, string[]>();

  addCompanyName(id: string, name: string): void {
    const tokens = companyNameTokens(name);
    if (tokens.length === 0) return;
    for (const token of tokens) this.nameWords.add(token);
    addId(this.companyNames, tokens.join(" "), id);
    if (/^[a-z0-9 ]+$/.test(tokens.join(" "))) addId(this.looseCompanyNames, looseLatin(tokens.join(" ")), id);
    this.companyNameWords = Math.max(this.companyNameWords, tokens.length);
  }

  /**
   * Words a typo may stand for: words of capabilities, materials, certifications and cities.
   * Country names (and any other kind of name) are matched only as written or inflected, so
   * "turnkey" is not a misspelt "Turkey".
   */
  private readonly typoTargets = new Set<string>();

  /** Stem keys ("pl:odlew") → the phrase tokens whose stem it is, in the phrase's language. */
  private readonly byStem = new Map<string, Set<string>>();

  /**
   * Adds one way of naming a code. `locales`: the languages the phrase may be in, whose stemmers
   * read its words (none for transliterations and codes).
   */
  add(kind: EntryKind, code: string, phrase: string, keepStopwords = false, locales: readonly StemLocale[] = [], derived = false): void {
    const words = tokenizeWithOffsets(phrase).filter((t) => keepStopwords || !stopwords.has(t.token));
    const tokens = words.map((w) => w.token);
    if (tokens.length === 0) return;
    this.byLength = null;
    for (const word of words) {
      if (/^\d+$/.test(word.token)) continue;
      for (const key of stemKeys(phrase.slice(word.start, word.end), locales)) {
        const set = this.byStem.get(key) ?? new Set<string>();
        set.add(word.token);
        this.byStem.set(key, set);
      }
    }
    const index = this.entries.length;
    this.entries.push(derived ? { kind, code, tokens, derived } : { kind, code, tokens });
    const typoTarget = (typoKinds as readonly string[]).includes(kind);
    for (const token of tokens) {
      if (typoTarget) this.typoTargets.add(token);
      const set = this.byToken.get(token) ?? new Set<number>();
      set.add(index);
      this.byToken.set(token, set);
    }
  }

  private readonly similarCache = new Map<string, SimilarToken[]>();

  /**
   * Phrase tokens similar to a query token, with a similarity in (0, 1]; remembered per word.
   * `written`: the word as typed, diacritics kept, for the stemmers (default: the token).
   */
  similarTokens(queryToken: string, written = queryToken): SimilarToken[] {
    const key = `${queryToken}|${written.toLowerCase()}`;
    const cached = this.similarCache.get(key);
    if (cached) return cached;
    const result = this.computeSimilar(queryToken, written);
    // A bounded memo: typed words repeat a lot, but never let it grow without limit.
    if (this.similarCache.size >= 20_000) this.similarCache.clear();
    this.similarCache.set(key, result);
    return result;
  }

  /** Phrase tokens by length, built on first use after the last add. */
  private byLength: Map<number, string[]> | null = null;

  /**
   * The phrase tokens a word of this length can be similar to: tokenSimilarity accepts at most
   * four letters more or fewer (an ending), so only those lengths are compared.
   */
  private *tokensNearLength(length: number): Iterable<string> {
    if (!this.byLength) {
      this.byLength = new Map();
      for (const token of this.byToken.keys()) this.byLength.set(token.length, [...(this.byLength.get(token.length) ?? []), token]);
    }
    for (let l = Math.max(1, length - 4); l <= length + 4; l++) yield* this.byLength.get(l) ?? [];
  }

  private computeSimilar(queryToken: string, written: string): SimilarToken[] {
    // A common word of one of the five languages is that word, never a typo or an inflection
    // of a vocabulary word ("Sachsen" is not "Achsen", "zamówienie" alone is no machine).
    if (commonWords.has(queryToken)) return this.byToken.has(queryToken) ? [{ token: queryToken, similarity: 1 }] : [];
    const found = new Map<string, number>();
    for (const token of this.tokensNearLength(queryToken.length)) {
      const similarity = tokenSimilarity(queryToken, token);
      if (similarity === 0 || (similarity <= typoSimilarity && !this.typoTargets.has(token))) continue;
      found.set(token, similarity);
    }
    // A word one of the five languages' stemmers takes to the same stem is an inflected form
    // ("stalowych" of "stal", "Gussteilen" of "Gussteil"), however its ending differs.
    // Bulgarian typed the informal way: the official spellings it stands for, when the word as
    // typed reads as nothing close.
    if (![...found.values()].some((v) => v >= inflectionSimilarity)) {
      for (const variant of chatLatinVariants(queryToken)) {
        for (const token of this.tokensNearLength(variant.length)) {
          const similarity = Math.min(tokenSimilarity(variant, token), abbreviationSimilarity);
          if (similarity > typoSimilarity && (found.get(token) ?? 0) < similarity) found.set(token, similarity);
        }
      }
    }
    const sameStem = new Set<string>();
    for (const key of stemKeys(written, localesOfScript(written))) {
      for (const token of this.byStem.get(key) ?? []) {
        sameStem.add(token);
        if ((found.get(token) ?? 0) < stemSimilarity) found.set(token, stemSimilarity);
      }
    }
    return [...found].map(([token, similarity]) => (sameStem.has(token) ? { token, similarity, sameStem: true } : { token, similarity }));
  }

  /**
   * Query words with certificate numbers glued on ("ISO9001", "IATF16949", "EN1090") split into
   * letters and number when the letters name a certification scheme, so they read as "ISO 9001".
   */
  splitCertificateTokens<T extends { token: string; start: number; end: number }>(tokens: T[]): T[] {
    const split = tokens.flatMap((t) => {
      const glued = t.token.match(/^(\p{L}{2,6})(\d{3,5})$/u);
      if (!glued || !this.certificationSchemes.has(glued[1]!)) return [t];
      const cut = t.start + glued[1]!.length;
      return [{ ...t, token: glued[1]!, end: cut }, { ...t, token: glued[2]!, start: cut }];
    });
    // The edition year after a certificate number ("ISO 9001:2015") says nothing about the firm.
    return split.filter((t, i) => {
      const number = split[i - 1]?.token ?? "";
      const scheme = split[i - 2]?.token ?? "";
      return !(/^(19|20)\d\d$/.test(t.token) && /^\d{3,5}$/.test(number) && this.certificationSchemes.has(scheme));
    });
  }

  /** Letter words of certification names ("iso", "iatf", "en"): what a glued number may follow. */
  readonly certificationSchemes = new Set<string>();

  /**
   * Distinctive words naming these codes or terms below them, in all languages: what to
   * highlight. Words shared by many capabilities ("machining", "обработка") and numbers are left out.
   */
  tokensOf(codes: string[]): string[] {
    const named = this.entries.filter((e) => codes.some((c) => e.code === c || this.isWithin(e.code, c)));
    const distinctive = (token: string) => {
      if (/^\d+$/.test(token) || token.length < 3) return false;
      const owners = new Set(this.entriesWith(token).map((id) => this.entries[id]!.code));
      return owners.size <= 3;
    };
    return [...new Set(named.flatMap((e) => e.tokens))].filter(distinctive);
  }

  /** Phrase tokens by their first four letters: the words an inflected form may stand for. */
  private readonly byPrefix = new Map<string, string[]>();

  /**
   * How surely a word (part of a compound) is a phrase word: 1 as written, 0.9 inflected (same
   * stem, or the same word with a short ending), else 0. Cheap: no scan of the vocabulary.
   */
  knownWord(word: string): number {
    if (this.isThingToken(word)) return 1;
    // No vocabulary word is longer than 30 letters, and stemming long runs is the costly part.
    if (word.length < 4 || word.length > 34 || commonWords.has(word)) return 0;
    for (const token of this.byPrefix.get(word.slice(0, 4)) ?? []) if (tokenSimilarity(word, token) >= inflectionSimilarity) return inflectionSimilarity;
    for (const key of stemKeys(word, stemLocales)) {
      if ([...(this.byStem.get(key) ?? [])].some((t) => this.isThingToken(t))) return inflectionSimilarity;
    }
    return 0;
  }

  /** A word of a capability's or material's name (what compounds are made of, unlike places). */
  private isThingToken(token: string): boolean {
    return this.entriesWith(token).some((id) => this.entries[id]!.kind === "capability" || this.entries[id]!.kind === "material");
  }

  /** True when a word is part of a published firm's name (never split as a compound). */
  isNameWord(word: string): boolean {
    return this.nameWords.has(word) || this.nameWords.has(tokenize(bgToLatin(word)).join(""));
  }

  private readonly nameWords = new Set<string>();

  /** Indexes what knownWord reads; called once all phrases are added. */
  indexPrefixes(): void {
    this.byPrefix.clear();
    for (const token of this.byToken.keys()) {
      if (token.length < 4 || !this.isThingToken(token)) continue;
      const key = token.slice(0, 4);
      this.byPrefix.set(key, [...(this.byPrefix.get(key) ?? []), token]);
    }
  }

  entriesWith(token: string): number[] {
    return [...(this.byToken.get(token) ?? [])];
  }

  /** True when `code` is `ancestor` or lies below it in the taxonomy. */
  isWithin(code: string, ancestor: string): boolean {
    for (let current: string | null | undefined = code; current; current = this.parentOf.get(current)) {
      if (current === ancestor) return true;
    }
    return false;
  }
}

const isNumber = (t: string) => /^\d+$/.test(t);

const typoKinds = ["capability", "material", "certification", "place"] as const;

const soundClasses = ["vw", "ck", "ijy"];
const sameSound = (a: string, b: string) => a === b || soundClasses.some((c) => c.includes(a) && c.includes(b));

/** The similarity given to a typo reading (below any inflection or exact reading). */
const typoSimilarity = 0.8;
/** A reading through an informal spelling: as sure as an abbreviation. */
const abbreviationSimilarity = 0.85;
/** The similarity of an inflected form. */
const inflectionSimilarity = 0.9;
/** An inflected form its language's stemmer agrees with: a little surer than a shared beginning. */
const stemSimilarity = 0.92;

/**
 * How well a typed word stands for a known word: exact 1; an inflected form (same stem with a
 * short ending: "frezowania"/"frezowanie", "Bydgoszczy"/"Bydgoszcz") 0.9; a typo within the
 * allowed edit distance 0.8; otherwise 0. Numbers match only exactly.
 */
export function tokenSimilarity(query: string, known: string): number {
  if (query === known) return 1;
  if (isNumber(query) || isNumber(known)) return 0;
  const shorter = Math.min(query.length, known.length);
  if (shorter >= 4) {
    let common = 0;
    while (common < shorter && query[common] === known[common]) common++;
    const longer = Math.max(query.length, known.length);
    // A longer typed word is an inflection ("Bydgoszczy"); a shorter one an abbreviation. A short
    // word takes a short ending only: "agro" + "stil" is another word, "stal" + "i" an inflection.
    const ending = shorter >= 6 ? 4 : shorter === 5 ? 3 : 2;
    if (common === shorter && longer - shorter <= ending) return query.length > known.length ? 0.9 : 0.85;
    if (common >= Math.max(5, longer - 3)) return 0.9;
  }
  // A typo keeps the first letter: people mistype inside a word, and a different first letter
  // makes a different word ("Sachsen" is not "Achsen"). Letters that spell one sound across the
  // five languages count as the same ("Warna" for "Varna", "Kanada"/"Canada").
  const typos = sameSound(query[0]!, known[0]!) ? allowedTypos(shorter) : 0;
  if (typos > 0 && editDistance(query, known, typos) <= typos) return typoSimilarity;
  return 0;
}

const isStemLocale = (locale: string): locale is StemLocale => (stemLocales as readonly string[]).includes(locale);

/**
 * Labels and synonyms with their language (for its stemmer), and the Bulgarian ones also in
 * Latin letters, for queries typed without Cyrillic.
 */
function namedPhrases(labels: unknown, synonyms: unknown): { phrase: string; locales: StemLocale[] }[] {
  const result: { phrase: string; locales: StemLocale[] }[] = [];
  const collect = (value: unknown) => {
    if (!value || typeof value !== "object") return;
    for (const [locale, v] of Object.entries(value as Record<string, unknown>)) {
      const list = Array.isArray(v) ? v : [v];
      for (const phrase of list) {
        if (typeof phrase !== "string") continue;
        result.push({ phrase, locales: isStemLocale(locale) ? [locale] : [] });
        if (locale === "bg") result.push({ phrase: bgToLatin(phrase), locales: [] });
      }
    }
  };
  collect(labels);
  collect(synonyms);
  return result;
}

/** The language of a place's own name, by its country. */
const localeOfCountry: Record<string, StemLocale> = { BG: "bg", DE: "de", AT: "de", PL: "pl", HU: "hu" };

/** Certification names as written in texts: "ISO 3834-2" also as "ISO 3834" and "3834". */
function certificationVariants(code: string, name: string): string[] {
  const variants = [name, code.replace(/_/g, " ")];
  const base = name.replace(/-\d+$/, "");
  variants.push(base);
  const number = base.match(/\d{4,5}/)?.[0];
  if (number) variants.push(number);
  return variants;
}

export function buildLexicon(input: VocabularyInput): Lexicon {
  const lexicon = new Lexicon();
  for (const term of input.terms) {
    lexicon.parentOf.set(term.code, term.parentCode);
    for (const { phrase, locales } of namedPhrases(term.labels, term.synonyms)) lexicon.add("capability", term.code, phrase, false, locales);
  }
  for (const material of input.materials) {
    for (const { phrase, locales } of namedPhrases(material.labels, material.synonyms)) lexicon.add("material", material.code, phrase, false, locales);
  }
  for (const certification of input.certifications) {
    for (const phrase of [...certificationVariants(certification.code, certification.name), ...(certification.aliases ?? [])]) {
      lexicon.add("certification", certification.code, phrase, true);
      for (const token of tokenize(phrase)) if (/^\p{L}{2,6}$/u.test(token)) lexicon.certificationSchemes.add(token);
    }
  }
  for (const place of input.places) {
    const code = `${place.country}:${place.nameLatin}`;
    lexicon.placesByCode.set(code, place);
    // Exonyms ("Warna", "Plowdiw") may be in any language: the Polish "w Warnie" is Varna too.
    const own = localeOfCountry[place.country];
    lexicon.add("place", code, place.name, true, own ? [own] : []);
    for (const name of new Set([place.nameLatin, bgToLatin(place.name), umlautsWrittenOut(place.nameLatin)])) lexicon.add("place", code, name, true);
    for (const alias of place.aliases) lexicon.add("place", code, alias, true, stemLocales);
  }
  for (const [country, names] of Object.entries(countryNames)) {
    for (const name of names) lexicon.add("country", country, name, true, stemLocales);
  }
  addCompoundParts(lexicon);
  lexicon.indexPrefixes();
  // A Cyrillic name is also known by its transliteration, and the Latin name by itself.
  for (const company of input.companies ?? []) {
    for (const name of new Set([company.name, company.nameLatin, bgToLatin(company.name)])) lexicon.addCompanyName(company.id, name);
  }
  return lexicon;
}
