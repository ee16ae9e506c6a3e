import { bgToLatin } from "@cluster-match/shared";
import { editDistance, tokenize, tokenizeWithOffsets } from "../text/normalize.ts";
import { splitCompoundTokens } from "./compounds.ts";
import { completeHyphenated, sharedWordReadings } from "./ellipsis.ts";
import { legalFormWords, looseLatin, type EntryKind, type Lexicon } from "./lexicon.ts";
import type { Place } from "./places.ts";
import { findRegions } from "./regions.ts";
import { commonWords, orWords, stopwords } from "./stopwords.ts";

/** A recognised part of the query: what it means and the words it came from. */
export interface Recognised {
  code: string;
  text: string;
  /**
   * A wish, not a constraint: firms that have it come first, the others still count. Set on
   * capabilities read from one word of a longer name, and on a broad group ("montaż",
   * "Bearbeitung") named beside a specific capability.
   */
  soft?: true;
}

/** What the system understood; shown to the user as removable chips. */
export interface ParsedQuery {
  capabilities: Recognised[];
  /** "all": every capability is required (and); "any": one is enough (or). */
  capabilityMode: "all" | "any";
  materials: Recognised[];
  certifications: Recognised[];
  countries: Recognised[];
  /** NUTS codes of regions named ("in Bayern", "na Mazowszu"): NUTS-2, or NUTS-1 as a prefix. */
  regions: Recognised[];
  /** Firms named in the query (code: the company's id; text: the words of the name, legal form included). */
  companies: Recognised[];
  place: (Recognised & Place) | null;
  radiusKm: number | null;
  /** The words left over, as typed. */
  freeText: string;
}

interface Token {
  token: string;
  start: number;
  end: number;
}

interface Candidate {
  kind: EntryKind;
  code: string;
  positions: number[];
  score: number;
}

const kmUnits = new Set(["km", "км", "kms", "kilometer", "kilometern", "kilometers", "kilometres", "kilometrow", "kilometrów", "kilometre", "kilometra", "kilometrach", "километра", "километри", "километър", "kilometeren", "kilometerre", "kilometernyi", "kilometra", "kilometri"]);
/** Miles, in the languages that use the word (English, German "Meilen", Polish "mil", Hungarian "mérföld"). */
const mileUnits = new Set(["mi", "mile", "miles", "meile", "meilen", "mil", "mila", "mile", "mérföld", "merfold", "merfoldre", "мили", "миля"]);
const kmPerMile = 1.609344;

/** The kilometres a unit word stands for, or null. */
function unitKm(word: string | undefined): number | null {
  if (!word) return null;
  if (kmUnits.has(word)) return 1;
  if (mileUnits.has(word)) return kmPerMile;
  return null;
}

/** "75 km", "75km", "до 75 км", "50 miles", "30 Meilen": the radius in kilometres, marking the words used. */
function findRadius(tokens: Token[], used: boolean[]): number | null {
  for (let i = 0; i < tokens.length; i++) {
    const glued = tokens[i]!.token.match(/^(\d{1,4})(\p{L}+)$/u);
    const gluedUnit = glued ? unitKm(glued[2]) : null;
    if (glued && gluedUnit !== null) {
      used[i] = true;
      return Math.round(Number(glued[1]) * gluedUnit);
    }
    const unit = unitKm(tokens[i + 1]?.token);
    if (/^\d{1,4}$/.test(tokens[i]!.token) && unit !== null) {
      used[i] = used[i + 1] = true;
      return Math.round(Number(tokens[i]!.token) * unit);
    }
  }
  return null;
}

/** Every lexicon entry whose words all appear, close together, among the unused query words. */
function candidates(tokens: Token[], used: boolean[], lexicon: Lexicon, similar: Map<string, number>[]): Candidate[] {
  const entryIds = new Set<number>();
  similar.forEach((map, i) => {
    if (used[i]) return;
    for (const lexToken of map.keys()) for (const id of lexicon.entriesWith(lexToken)) entryIds.add(id);
  });
  const result: Candidate[] = [];
  for (const id of entryIds) {
    const entry = lexicon.entries[id]!;
    const positions: number[] = [];
    let score = 0;
    let missing = 0;
    for (const phraseToken of entry.tokens) {
      let best = -1;
      let bestSimilarity = 0;
      similar.forEach((map, i) => {
        const s = map.get(phraseToken) ?? 0;
        if (!used[i] && !positions.includes(i) && s > bestSimilarity) {
          best = i;
          bestSimilarity = s;
        }
      });
      if (best < 0) {
        missing++;
        if (missing > 1) break;
        continue;
      }
      positions.push(best);
      score += bestSimilarity * tokens[best]!.token.length;
    }
    // A capability's or material's long name may come with one of its words left out ("PV
    // mounting structures" for "Solar PV mounting structures"): three words or more, all but one
    // present, scored lower. Certificates, places and countries are named in full.
    const complete = positions.length === entry.tokens.length;
    const thing = entry.kind === "capability" || entry.kind === "material";
    if (!complete && !(thing && entry.tokens.length >= 3 && positions.length === entry.tokens.length - 1 && !entry.derived)) continue;
    if (!complete) score *= 0.7;
    // The words must stand close together; function words in between do not count.
    const from = Math.min(...positions);
    const to = Math.max(...positions);
    const span = tokens.slice(from, to + 1).filter((t) => !stopwords.has(t.token)).length;
    if (span > entry.tokens.length + 1) continue;
    result.push({ kind: entry.kind, code: entry.code, positions, score });
  }
  return result;
}

/** How many firms one name may stand for before it says too little to put them first. */
const maxNamedCompanies = 5;

/**
 * The longest run of query words that is a whole firm's name (legal form optional): two words
 * or more with at least one that is not a vocabulary word ("Metatronic Blechbearbeitung"), or
 * one distinctive word of five letters or more that names no capability, material,
 * certification, place, region or country. Marks the words used, legal-form words after it too.
 */
function findCompanyName(tokens: Token[], used: boolean[], lexicon: Lexicon): { ids: string[]; positions: number[] } | null {
  if (lexicon.companyNames.size === 0) return null;
  const vocabularyWord = (word: string) =>
    stopwords.has(word) || commonWords.has(word) || legalFormWords.has(word) || /^\d+$/.test(word) ||
    lexicon.entriesWith(word).length > 0 || findRegions([word], [false]).length > 0 ||
    lexicon.similarTokens(word).some((s) => s.similarity >= 0.85);
  const distinctive = (words: string[]) =>
    words.length >= 2 ? words.some((w) => !vocabularyWord(w)) : words[0]!.length >= 5 && !vocabularyWord(words[0]!);
  let best: { ids: string[]; from: number; length: number } | null = null;
  for (let from = 0; from < tokens.length; from++) {
    for (let length = Math.min(lexicon.companyNameWords, tokens.length - from); length > (best?.length ?? 0); length--) {
      if (used.slice(from, from + length).some(Boolean)) continue;
      const words = tokens.slice(from, from + length).map((t) => t.token);
      // A name typed in Cyrillic also matches a firm registered only in Latin letters.
      // Also transliterated another way ("dobrudja" for "Dobrudzha"); the loose key of two words or more only.
      const latin = tokenize(bgToLatin(words.join(" "))).join(" ");
      const ids =
        lexicon.companyNames.get(words.join(" ")) ?? lexicon.companyNames.get(latin) ?? (length >= 2 ? lexicon.looseCompanyNames.get(looseLatin(latin)) : undefined);
      if (!ids || ids.length > maxNamedCompanies || !distinctive(words)) continue;
      best = { ids, from, length };
      break;
    }
  }
  if (!best) return null;
  const positions: number[] = [];
  for (let i = best.from; i < best.from + best.length; i++) positions.push(i);
  for (let i = best.from + best.length; i < tokens.length && !used[i] && legalFormWords.has(tokens[i]!.token); i++) positions.push(i);
  positions.forEach((p) => (used[p] = true));
  return { ids: best.ids, positions };
}

function textOf(tokens: Token[], positions: number[], query: string): string {
  const sorted = [...positions].sort((a, b) => a - b);
  return query.slice(tokens[sorted[0]!]!.start, tokens[sorted.at(-1)!]!.end);
}

/**
 * Longest, most compact, best-scoring match first; a word serves one meaning only. Matches are sought again
 * among the words left after each pick, so a repeated word can serve a later phrase.
 */
function takeGreedy(find: () => Candidate[], used: boolean[]): Candidate[] {
  const taken: Candidate[] = [];
  for (;;) {
    // Among names of as many words, one written as a whole beats one with words in between.
    const gaps = (c: Candidate) => Math.max(...c.positions) - Math.min(...c.positions) + 1 - c.positions.length;
    const best = find().sort((a, b) => b.positions.length - a.positions.length || gaps(a) - gaps(b) || b.score - a.score)[0];
    if (!best) return taken;
    best.positions.forEach((p) => (used[p] = true));
    taken.push(best);
  }
}

/**
 * The codes of one kind whose names (given ones, or the parts of split compounds) contain a
 * phrase word the query word stands for with a similarity above `above`.
 */
function codesNamedBy(lexicon: Lexicon, similar: Map<string, number>, kind: EntryKind, above: number, derived: boolean): Set<string> {
  const codes = new Set<string>();
  for (const [lexToken, similarity] of similar) {
    if (similarity <= above) continue;
    for (const id of lexicon.entriesWith(lexToken)) {
      const entry = lexicon.entries[id]!;
      if (entry.kind === kind && !!entry.derived === derived) codes.add(entry.code);
    }
  }
  return codes;
}

/**
 * A single leftover word that names part of a capability ("frezowania" of "Frezowanie CNC",
 * "milling" of "CNC milling"): accepted when every capability it could mean lies in one branch
 * of the taxonomy, and read as the most general of them.
 */
function partialCapabilities(tokens: Token[], used: boolean[], lexicon: Lexicon, similar: Map<string, number>[]): Candidate[] {
  const result: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (used[i] || commonWords.has(t.token) || /^\d+$/.test(t.token) || t.token.length < 3) return;
    // Names as given first; the parts of split compounds only when no given name has the word.
    // A typo (0.8) of part of a phrase is too far a guess.
    const given = codesNamedBy(lexicon, similar[i]!, "capability", 0.8, false);
    const codes = given.size > 0 ? given : codesNamedBy(lexicon, similar[i]!, "capability", 0.8, true);
    if (codes.size === 0) return;
    const root = [...codes].find((candidate) => [...codes].every((code) => lexicon.isWithin(code, candidate)));
    if (!root) return;
    used[i] = true;
    result.push({ kind: "capability", code: root, positions: [i], score: t.token.length });
  });
  return result;
}

/**
 * A leftover word that is part of one material's names only ("aluminievi" of "aluminievi
 * profili", "nierdzewnej" of "stal nierdzewna"): an adjective naming that material.
 */
function partialMaterials(tokens: Token[], used: boolean[], lexicon: Lexicon, similar: Map<string, number>[]): Candidate[] {
  const result: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (used[i] || commonWords.has(t.token) || /^\d+$/.test(t.token) || t.token.length < 4) return;
    // A word written as part of another kind's name is that name's ("Konstruktion" of "CAD-Konstruktion").
    if (lexicon.entriesWith(t.token).some((id) => lexicon.entries[id]!.kind !== "material")) return;
    // As written or inflected only (above an abbreviation's 0.85).
    const codes = codesNamedBy(lexicon, similar[i]!, "material", 0.85, false);
    if (codes.size !== 1) return;
    used[i] = true;
    result.push({ kind: "material", code: [...codes][0]!, positions: [i], score: t.token.length });
  });
  return result;
}

function dedupe(items: Recognised[]): Recognised[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.code) && seen.add(item.code));
}

const maxWordLength = 40;
/** Words read from one query: more than any buyer writes, few enough to bound the work. */
const maxWords = 40;

/** Reads a buyer's query in any of the five languages into structured constraints and free text. */
export function parseQuery(query: string, lexicon: Lexicon): ParsedQuery {
  // No name or word of the vocabulary is longer than 40 letters: longer runs are noise, and
  // reading them (typos, compounds, stems) would cost the most. The first 40 words are read.
  const words = tokenizeWithOffsets(query.slice(0, 500)).filter((t) => t.token.length <= maxWordLength).slice(0, maxWords);
  const tokens = splitCompoundTokens(lexicon.splitCertificateTokens(words), lexicon, query);
  const used = tokens.map(() => false);
  const radiusKm = findRadius(tokens, used);
  // A firm's name first: its words are the name, not capabilities or places ("Metatronic
  // Blechbearbeitung GmbH" is that firm, not any sheet-metal shop).
  const named = findCompanyName(tokens, used, lexicon);
  // Regions first, so "Sachsen" or "Śląsk" is never read as a capability; a bare name that is
  // also a city's ("Wien", "Salzburg") stays the city unless a region word stands beside it.
  const isCity = (positions: number[]) => {
    const words = positions.map((p) => tokens[p]!.token);
    return lexicon.entriesWith(words[0]!).some((id) => {
      const entry = lexicon.entries[id]!;
      return entry.kind === "place" && entry.tokens.length === words.length && entry.tokens.every((t, k) => t === words[k]);
    });
  };
  const regions = findRegions(tokens.map((t) => t.token), used)
    .filter((r) => r.regionWords.length > 0 || !isCity(r.positions))
    .map((r) => {
      const positions = [...r.positions, ...r.regionWords];
      positions.forEach((p) => (used[p] = true));
      return { code: r.code, text: textOf(tokens, positions, query), positions, bare: r.regionWords.length === 0 };
    });
  // A word the lexicon knows exactly is that word, never a typo or inflection of another
  // ("заваряване" is welding, not a misspelt "закаляване"; "Konstruktion" is not "konstruktsii").
  const found = tokens.map((t) => lexicon.similarTokens(t.token, query.slice(t.start, t.end)));
  // Beside an exact reading only forms a stemmer of the word's language agrees with stay
  // ("turned" is also "turning"; "Konstruktion" is not the Bulgarian "konstruktsii").
  const similar = found.map((list) => {
    const exact = list.some((s) => s.similarity === 1);
    return new Map(list.filter((s) => !exact || s.similarity === 1 || s.sameStem).map((s) => [s.token, s.similarity]));
  });
  // A guess from one word weighs every name the word may belong to, inflected ones too: a word
  // of one long synonym ("konstrukcji" of "piaskowanie konstrukcji") is no guess when its forms
  // also name other capabilities ("konstrukcje stalowe").
  // Forms differing in their ending only (two edits at most): "Konstruktion" keeps its own guess
  // beside the Bulgarian "konstruktsii".
  const similarAll = found.map((list, i) =>
    new Map([...similar[i]!, ...list.filter((s) => s.similarity >= 0.9 && editDistance(tokens[i]!.token, s.token, 2) <= 2).map((s) => [s.token, s.similarity] as const)]),
  );

  const pick = (kinds: EntryKind[]) =>
    takeGreedy(() => candidates(tokens, used, lexicon, similar).filter((c) => kinds.includes(c.kind)), used);
  const certifications = pick(["certification"]);
  // A country's or city's name inside a longer name of a capability or material is that name
  // ("Swiss turning" is a way of turning, not Switzerland).
  const inLongerName = (c: Candidate) =>
    candidates(tokens, used, lexicon, similar).some(
      (t) => (t.kind === "capability" || t.kind === "material") && t.positions.length > c.positions.length && c.positions.every((p) => t.positions.includes(p)),
    );
  const placesAndCountries = takeGreedy(
    () => candidates(tokens, used, lexicon, similar).filter((c) => (c.kind === "place" || c.kind === "country") && !inLongerName(c)),
    used,
  );
  // "Laser- oder Plasmazuschnitt": the bare word stands for "Laserzuschnitt".
  tokens.forEach((_, i) => {
    const word = used[i] ? null : completeHyphenated(tokens, i, query, lexicon);
    if (word) similar[i] = new Map(lexicon.similarTokens(word).filter((s) => s.similarity >= 0.9).map((s) => [s.token, s.similarity]));
  });
  // Capabilities and materials compete for words: "Stahl" is the material, "Stahlbau" the capability.
  const things = pick(["capability", "material"]);
  // "TIG and MIG welding": the bare word with the rest of the phrase beside it.
  const shared = sharedWordReadings(tokens, used, things, similar, (u, s) =>
    candidates(tokens, u, lexicon, s).filter((c) => c.kind === "capability" || c.kind === "material"),
  );
  things.push(...(shared as Candidate[]));
  const capabilities = things.filter((c) => c.kind === "capability");
  const materials = [...things.filter((c) => c.kind === "material"), ...partialMaterials(tokens, used, lexicon, similarAll)];
  // A word that names only part of a capability is a guess; keep the guess only when it leaves
  // nothing unexplained ("uslugi frezowania Varna"), not beside other unknown words, which are
  // more likely a firm's name ("Novafix Schweißtechnik"). Beside a capability read from its
  // whole name it is a wish that ranks, not a filter ("fabrication" beside "pressure vessel").
  const guessUsed = [...used];
  const guesses = partialCapabilities(tokens, guessUsed, lexicon, similarAll);
  const unexplained = tokens.some((t, i) => !guessUsed[i] && !stopwords.has(t.token) && !orWords.has(t.token));
  const guessesAreWishes = capabilities.length > 0;
  if (!unexplained) {
    guessUsed.forEach((u, i) => (used[i] = u));
    capabilities.push(...guesses);
  }
  capabilities.sort((a, b) => Math.min(...a.positions) - Math.min(...b.positions));

  const recognised = (c: Candidate): Recognised => ({ code: c.code, text: textOf(tokens, c.positions, query) });
  const specific = capabilities.some((c) => lexicon.parentOf.get(c.code));
  const isWish = (c: Candidate) => (guessesAreWishes && guesses.includes(c)) || (specific && !lexicon.parentOf.get(c.code));
  const firstPlace = placesAndCountries.find((c) => c.kind === "place");
  const place = firstPlace ? { ...lexicon.placesByCode.get(firstPlace.code)!, ...recognised(firstPlace) } : null;

  // An "or" word between two capabilities makes any one of them enough.
  let capabilityMode: "all" | "any" = "all";
  // The "or" may stand inside the span of a name read around it ("wire harness or PCB assembly").
  for (let k = 1; k < capabilities.length; k++) {
    const positions = [...capabilities[k - 1]!.positions, ...capabilities[k]!.positions];
    const from = Math.min(...positions);
    const to = Math.max(...positions);
    if (tokens.slice(from + 1, to).some((t) => orWords.has(t.token))) capabilityMode = "any";
  }

  // A bare region name that opens a run of unknown words, with no preposition before it, is more
  // likely the start of a firm's name ("Pomorze Eko-Term", "Podkarpacie Termo"): words, not a filter.
  const regionsKept = regions.filter((r) => {
    const first = Math.min(...r.positions);
    const next = tokens[Math.max(...r.positions) + 1];
    const unknownNext = next !== undefined && !used[Math.max(...r.positions) + 1] && !stopwords.has(next.token) && !orWords.has(next.token);
    const preposition = first > 0 && stopwords.has(tokens[first - 1]!.token);
    const nameStart = r.bare && unknownNext && !preposition;
    if (nameStart) r.positions.forEach((p) => (used[p] = false));
    return !nameStart;
  });

  // The name's words stay free text, so the rest of the page is firms named alike.
  const nameWords = new Set(named?.positions ?? []);
  // A compound's parts share its offsets: the word is free text once, and only if no part was read.
  const readAt = new Set(tokens.filter((_, i) => used[i] && !nameWords.has(i)).map((t) => t.start));
  const freeAt = new Set<number>();
  const freeText = tokens
    .filter((t, i) => (!used[i] || nameWords.has(i)) && !stopwords.has(t.token) && !orWords.has(t.token))
    .filter((t) => !readAt.has(t.start) && !freeAt.has(t.start) && freeAt.add(t.start))
    .map((t) => query.slice(t.start, t.end))
    .join(" ");

  return {
    capabilities: dedupe(capabilities.map((c) => (isWish(c) ? { ...recognised(c), soft: true as const } : recognised(c)))),
    capabilityMode,
    materials: dedupe(materials.map(recognised)),
    certifications: dedupe(certifications.map(recognised)),
    countries: dedupe(placesAndCountries.filter((c) => c.kind === "country").map(recognised)),
    regions: dedupe(regionsKept.map(({ code, text }) => ({ code, text }))),
    companies: named ? named.ids.map((id) => ({ code: id, text: textOf(tokens, named.positions, query) })) : [],
    place,
    radiusKm: radiusKm !== null && radiusKm > 0 ? Math.min(radiusKm, 2000) : null,
    freeText,
  };
}
