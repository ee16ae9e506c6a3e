import type { CompanyStatus, RevisionState } from "@cluster-match/shared/schemas/company-editor";
import { useTranslation } from "react-i18next";

/** Whether the public sees the company. */
export function CompanyStatusBadge({ status }: { status: CompanyStatus }) {
  const { t } = useTranslation();
  return (
    <span className="ce-badge" data-status={status} data-testid="company-status">
      {t(`companyWorkspace.status.${status}`)}
    </span>
  );
}

/** Where the open revision of the profile stands (a draft, in review, rejected). */
export function RevisionBadge({ revision }: { revision: RevisionState | null }) {
  const { t } = useTranslation();
  if (!revision) return null;
  return (
    <span className="ce-badge" data-revision={revision.status} data-testid="revision-status">
      {t(`companyWorkspace.revision.${revision.status}`)}
    </span>
  );
}

/** What an editor page last did: a polite status or an alert, in the page's colours. */
export type EditorMessage = { kind: "status" | "alert"; text: string } | null;

export function EditorNotice({ message }: { message: EditorMessage }) {
  if (!message) return null;
  return (
    <p className={message.kind === "alert" ? "ce-alert" : "ce-status"} role={message.kind}>
      {message.text}
    </p>
  );
}

/** Why the profile is held back: the reviewer's reason for a rejected revision, the admin's for a suspension. */
export function HoldReasons({ revision, company }: { revision: RevisionState | null; company: { status: CompanyStatus; suspendedReason: string | null } }) {
  const { t } = useTranslation();
  return (
    <>
      {revision?.status === "REJECTED" && (
        <p className="ce-rejection" data-testid="rejection-reason">
          <strong>{t("companyWorkspace.editor.rejectedBecause")}</strong> {revision.rejectionReason}
        </p>
      )}
      {company.status === "SUSPENDED" && (
        <p>
          <strong>{t("companyWorkspace.editor.suspendedBecause")}</strong> {company.suspendedReason}
        </p>
      )}
    </>
  );
}
