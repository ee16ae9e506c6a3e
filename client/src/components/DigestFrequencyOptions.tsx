import { digestFrequencies } from "@cluster-match/shared/schemas/saved-searches";
import { useTranslation } from "react-i18next";

/** The options of a saved search's digest frequency select, in the reader's language. */
export function DigestFrequencyOptions() {
  const { t } = useTranslation();
  return digestFrequencies.map((f) => (
    <option key={f} value={f}>
      {t(`network.savedSearches.frequency.${f}`)}
    </option>
  ));
}
