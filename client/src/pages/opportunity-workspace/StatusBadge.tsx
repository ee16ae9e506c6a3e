import type { OpportunityStatus } from "@cluster-match/shared/enums";
import { useTranslation } from "react-i18next";

/** The lifecycle state, coloured so a list reads at a glance (the text says it, too). */
export function StatusBadge({ status }: { status: OpportunityStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge opp-status opp-status-${status.toLowerCase()}`} data-testid="opportunity-status">
      {t(`opportunityWorkspace.status.${status}`)}
    </span>
  );
}
