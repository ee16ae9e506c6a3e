import { checkRegistryId, normalizeRegistryId, type RegistryIdProblem } from "@cluster-match/shared/registry-id";

/** What a registry id looks like per country: the EIK for Bulgaria, the VAT id elsewhere. */
const examples: Record<string, string> = {
  BG: "123456786",
  DE: "DE136695976",
  AT: "ATU12345675",
  PL: "PL5260250274",
  HU: "HU12892312",
};

export function registryIdExample(country: string): string {
  return examples[country] ?? `${country || "XX"}123456789`;
}

export type RegistryIdState = { kind: "empty" } | { kind: "ok"; normalized: string } | { kind: "problem"; problem: RegistryIdProblem };

/** The live check of the registration form: the same rule the server applies. */
export function registryIdState(country: string, value: string): RegistryIdState {
  if (value.trim() === "") return { kind: "empty" };
  const problem = checkRegistryId(country, value);
  return problem ? { kind: "problem", problem } : { kind: "ok", normalized: normalizeRegistryId(value) };
}

/** Legal forms offered per country (free text is allowed too). */
export const legalFormsByCountry: Record<string, string[]> = {
  BG: ["ЕООД", "ООД", "ЕАД", "АД", "ЕТ", "СД", "КД"],
  DE: ["GmbH", "GmbH & Co. KG", "AG", "KG", "OHG", "UG (haftungsbeschränkt)", "e.K."],
  AT: ["GmbH", "GmbH & Co KG", "AG", "KG", "OG", "e.U."],
  PL: ["Sp. z o.o.", "S.A.", "Sp. k.", "Sp. j.", "S.K.A."],
  HU: ["Kft.", "Zrt.", "Nyrt.", "Bt.", "Kkt."],
};
