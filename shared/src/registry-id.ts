/**
 * Registry id validation: Bulgarian EIK (9 digits, check digit) and the VAT ids of the partner
 * countries. Rules as published by the registries; see ../shared/data/README.md for worked
 * examples.
 */

const digits = (s: string): number[] => [...s].map((c) => c.charCodeAt(0) - 48);

/** Bulgarian EIK / BULSTAT of 9 digits. */
export function isValidEik(eik: string): boolean {
  if (!/^\d{9}$/.test(eik)) return false;
  const d = digits(eik);
  let r = d.slice(0, 8).reduce((sum, v, i) => sum + v * (i + 1), 0) % 11;
  if (r === 10) {
    r = d.slice(0, 8).reduce((sum, v, i) => sum + v * (i + 3), 0) % 11;
    if (r === 10) r = 0;
  }
  return r === d[8];
}

/** DE: ISO 7064 MOD 11,10 over the first 8 digits. */
function isValidGermanVat(n: string): boolean {
  const d = digits(n);
  let product = 10;
  for (let i = 0; i < 8; i++) {
    let sum = (d[i]! + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = (11 - product) % 10;
  return check === d[8];
}

/** AT: "U" + 8 digits, check = (6 - Luhn sum of the first 7) mod 10 (96 - sum, per BMF). */
function isValidAustrianVat(n: string): boolean {
  const d = digits(n.slice(1));
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    let v = d[i]!;
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  const check = (((6 - sum) % 10) + 10) % 10;
  return check === d[7];
}

/** PL: 10-digit NIP with weights 6,5,7,2,3,4,5,6,7 mod 11 (a result of 10 is never valid). */
function isValidPolishVat(n: string): boolean {
  const d = digits(n);
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  const r = weights.reduce((sum, w, i) => sum + w * d[i]!, 0) % 11;
  return r !== 10 && r === d[9];
}

/** HU: 8 digits, weights 9,7,3,1 repeated give a sum ≡ 0 mod 10. */
function isValidHungarianVat(n: string): boolean {
  const d = digits(n);
  const weights = [9, 7, 3, 1, 9, 7, 3, 1];
  return weights.reduce((sum, w, i) => sum + w * d[i]!, 0) % 10 === 0;
}

/** Format of the part after the country prefix, and its check-digit rule. */
const vatRules: Record<string, { format: RegExp; checksum: (body: string) => boolean }> = {
  DE: { format: /^[1-9]\d{8}$/, checksum: isValidGermanVat },
  AT: { format: /^U\d{8}$/, checksum: isValidAustrianVat },
  PL: { format: /^\d{10}$/, checksum: isValidPolishVat },
  HU: { format: /^[1-9]\d{7}$/, checksum: isValidHungarianVat },
};

/** Normalises user input: upper case, no spaces, dots or dashes. */
export function normalizeRegistryId(raw: string): string {
  return raw.toUpperCase().replace(/[\s.\-/]/g, "");
}

export type RegistryIdProblem = "format" | "checksum" | "country_prefix";

/**
 * Checks a company's registry id for its country: EIK for Bulgaria, VAT id (with its country
 * prefix) elsewhere. Countries without a known checksum rule get a format check only.
 */
export function checkRegistryId(country: string, registryId: string): RegistryIdProblem | null {
  const id = normalizeRegistryId(registryId);
  if (country === "BG") {
    if (/^BG\d+$/.test(id)) return checkRegistryId("BG", id.slice(2));
    if (!/^\d{9}$/.test(id)) return "format";
    return isValidEik(id) ? null : "checksum";
  }
  if (!/^[A-Z]{2}[0-9A-Z]{2,12}$/.test(id)) return "format";
  const prefix = id.slice(0, 2);
  if (prefix !== country && !(country === "GR" && prefix === "EL")) return "country_prefix";
  const rule = vatRules[country];
  if (!rule) return null;
  const body = id.slice(2);
  if (!rule.format.test(body)) return "format";
  return rule.checksum(body) ? null : "checksum";
}
