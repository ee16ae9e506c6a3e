import type { ExtraTerm } from "../extra-terms.ts";

type Phrases = Partial<Record<"bg" | "en" | "de" | "pl" | "hu", string[]>>;

/**
 * Trade vocabulary beyond the taxonomy's synonyms: how workshops, buyers and catalogues name a
 * capability, material or certification (product words, shop names, adjectives, national names).
 * A phrase belongs here only when it clearly means that one code.
 */
const capabilities: Record<string, Phrases> = {
  "MACH.CNC_TURNING": { en: ["turned parts"], pl: ["toczenie na zlecenie"] },
  "SHEET.STAMPING": { en: ["stampings"] },
  "SURF.PAINTING": { de: ["Lohnbeschichtung"] },
};

const materials: Record<string, Phrases> = {};

const certifications: Record<string, Phrases> = {
  CE_MARKING: { en: ["CE marking"], de: ["CE-Kennzeichnung", "CE-Kennzeichen"], bg: ["CE маркировка"], pl: ["oznakowanie CE"], hu: ["CE jelölés"] },
};

function flatten(kind: ExtraTerm["kind"], table: Record<string, Phrases>): ExtraTerm[] {
  return Object.entries(table).flatMap(([code, byLocale]) =>
    Object.entries(byLocale).flatMap(([locale, phrases]) => phrases.map((phrase) => ({ kind, code, locale, phrase }))),
  );
}

export const tradeTerms: ExtraTerm[] = [
  ...flatten("capability", capabilities),
  ...flatten("material", materials),
  ...flatten("certification", certifications),
];
