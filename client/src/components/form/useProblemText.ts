import { useTranslation } from "react-i18next";
import type { LengthProblem } from "../../lib/lengthProblem.ts";

/** The error a text field shows for its length problem (see `lengthProblem`), in the reader's language. */
export function useProblemText() {
  const { t } = useTranslation();
  return (problem: LengthProblem): string | undefined => {
    if (!problem) return undefined;
    if (problem.key === "tooShort") return t("network.fieldErrors.tooShort", { min: problem.min });
    if (problem.key === "tooLong") return t("network.fieldErrors.tooLong", { max: problem.max });
    if (problem.key === "unsafeCharacters") return t("network.fieldErrors.unsafeCharacters");
    return t("network.fieldErrors.required");
  };
}
