import type { MatchExplanation as MatchExplanationData } from "@cluster-match/shared";
import { useTranslation } from "react-i18next";
import { formatPercent } from "../lib/format.ts";
import { explainMatch, type MatchVariant } from "../lib/matchExplanation.ts";
import { useLocale } from "../lib/useLocale.ts";

/** Why a match was suggested, as sentences in the UI language. */
export function MatchExplanation({ explanation, variant }: { explanation: MatchExplanationData; variant: MatchVariant }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sentences = explainMatch(explanation, variant, t, locale);
  if (sentences.length === 0) return null;
  return (
    <ul className="match-explanation" data-testid="match-explanation" aria-label={t("match.why")}>
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}

/** A match score 0–100 as a percentage with a bar; the text carries the meaning, the bar only shows it. */
export function MatchScore({ score }: { score: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <span className="match-score" data-testid="match-score">
      <span className="match-score-bar" aria-hidden="true">
        <span className="match-score-fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
      {t("match.score", { percent: formatPercent(score / 100, locale) })}
    </span>
  );
}
