import type { OpportunityType } from "@cluster-match/shared";
import { useTranslation } from "react-i18next";

/** Offers and requests get different colours so a list reads at a glance. */
export function OpportunityTypeBadge({ type }: { type: OpportunityType }) {
  const { t } = useTranslation();
  const kind = type.endsWith("_OFFER") ? "offer" : "request";
  return <span className={`badge badge-type badge-${kind}`}>{t(`opportunityType.${type}`)}</span>;
}
