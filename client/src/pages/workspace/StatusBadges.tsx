import type { CompanyStatus, RevisionState } from "@cluster-match/shared/schemas/company-editor";
import { useTranslation } from "react-i18next";

/** Whether the public sees the company. */
export function CompanyStatusBadge({ status }: { status: CompanyStatus }) {
  const { t } = useTranslation();
  return (
    <span className="ce-badge" data-status={status} data-testid="company-status">
      {t(`companyEditor.status.${status}`)}
    </span>
  );
}

/** Where the open revision of the profile stands (a draft, in review, rejected). */
export function RevisionBadge({ revision }: { revision: RevisionState | null }) {
  const { t } = useTranslation();
  if (!revision) return null;
  return (
    <span className="ce-badge" data-revision={revision.status} data-testid="revision-status">
      {t(`companyEditor.revision.${revision.status}`)}
    </span>
  );
}
