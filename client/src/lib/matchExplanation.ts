import type { MatchExplanation } from "@cluster-match/shared";
import type { UiLocale } from "@cluster-match/shared/i18n";
import type { TFunction } from "i18next";
import { formatDistance, formatList, languageName } from "./format.ts";

/**
 * Whose needs a match answers, which decides the wording:
 * - "opportunity": a company for an opportunity's required capabilities;
 * - "partner": a company for what another company looks for;
 * - "similar": a company offering what another company offers (that one lists nothing it looks for);
 * - "fit": an opportunity for a company's profile.
 */
export type MatchVariant = "opportunity" | "partner" | "similar" | "fit";

const coverageKey = { opportunity: "required", partner: "sought", similar: "similar", fit: "fit" } as const;

/** The explanation of a match as sentences in the UI language, most important first. */
export function explainMatch(explanation: MatchExplanation, variant: MatchVariant, t: TFunction, locale: UiLocale): string[] {
  const list = (items: { label: string }[]) => formatList(items.map((item) => item.label), locale);
  const coverage = coverageKey[variant];
  const covered = explanation.coveredCapabilities;
  const missing = explanation.missingCapabilities;
  const total = covered.length + missing.length;
  const sentences: string[] = [];

  if (total > 0) {
    if (covered.length === 0) sentences.push(t(`match.explanation.coverage.${coverage}.none`));
    else if (missing.length === 0) sentences.push(t(`match.explanation.coverage.${coverage}.all`, { count: total, list: list(covered) }));
    else sentences.push(t(`match.explanation.coverage.${coverage}.some`, { count: total, covered: covered.length, list: list(covered) }));
    if (missing.length > 0) sentences.push(t(`match.explanation.coverage.${coverage}.missing`, { count: missing.length, list: list(missing) }));
  }
  if (explanation.certificationsMet.length > 0) {
    const key = variant === "fit" ? "match.explanation.certificationsHeld" : "match.explanation.certifications";
    sentences.push(t(key, { count: explanation.certificationsMet.length, list: list(explanation.certificationsMet) }));
  }
  if (explanation.distanceKm !== null) {
    sentences.push(t("match.explanation.distance", { distance: formatDistance(explanation.distanceKm, locale) }));
  }
  if (explanation.sharedLanguages.length > 0) {
    const names = explanation.sharedLanguages.map((code) => languageName(code, locale));
    sentences.push(t("match.explanation.languages", { count: names.length, list: formatList(names, locale) }));
  }
  if (explanation.reciprocity.length > 0) {
    const key = variant === "opportunity" ? "match.explanation.reciprocity.publisher" : "match.explanation.reciprocity.company";
    sentences.push(t(key, { list: list(explanation.reciprocity) }));
  }
  if (explanation.verified) sentences.push(t("match.explanation.verified"));
  return sentences;
}
