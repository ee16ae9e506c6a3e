import { rejectRevisionInputSchema, type ProfileField } from "@cluster-match/shared/schemas/company-editor";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { countryName, formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ServerError } from "../../components/form/ServerError.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { CompanyStatusBadge } from "../company-workspace/StatusBadges.tsx";
import { DiffView } from "./DiffView.tsx";
import { useRevisionReview } from "./useAdminCompany.ts";
import { BackLink } from "../../components/BackLink.tsx";

/** An admin reviews a submitted profile: what changed against the published version, then approves or rejects. */
export function RevisionReviewPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { revisionId = "" } = useParams();
  const { diff, approve, reject } = useRevisionReview(revisionId);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);

  if (!diff.data) return <DetailState query={diff} loadingText={t("companyWorkspace.review.loading")} />;
  const { company, revision } = diff.data;
  const decided = approve.data ?? reject.data;
  const pending = revision.status === "PENDING" && !decided;
  const busy = approve.isPending || reject.isPending;

  const onReject = () => {
    setFailure(null);
    const parsed = rejectRevisionInputSchema.safeParse({ revisionId, reason });
    if (!parsed.success) return setReasonError(t("companyWorkspace.review.reasonRule"));
    setReasonError(undefined);
    reject.mutate(parsed.data, { onError: setFailure });
  };

  return (
    <>
      <PageTitle title={t("companyWorkspace.review.title", { name: company.name })} />
      <BackLink to="/admin/reviews" label={t("companyWorkspace.review.back")} />
      <header className="page-header">
        <h1>{t("companyWorkspace.review.title", { name: company.name })}</h1>
        <p className="ce-badges">
          <CompanyStatusBadge status={company.status} />
          <span className="ce-badge" data-revision={revision.status}>
            {t(`companyWorkspace.revision.${revision.status}`)}
          </span>
          {diff.data.isNew && <span className="ce-badge">{t("companyWorkspace.review.newCompany")}</span>}
        </p>
        <p className="muted">
          {company.registryId} · {countryName(company.country, locale)}
          {revision.submittedAt && ` · ${t("companyWorkspace.review.submitted", { date: formatDate(revision.submittedAt, locale), name: revision.submittedByName ?? "—" })}`}
        </p>
        <p>
          <Link to={`/admin/companies/${company.id}`}>{t("companyWorkspace.review.companyPage")}</Link>
        </p>
      </header>

      {diff.data.possibleDuplicates.length > 0 && (
        <div className="ce-duplicate" role="note">
          <p className="ce-duplicate-title">{t("companyWorkspace.review.possibleDuplicates")}</p>
          <ul>
            {diff.data.possibleDuplicates.map((d) => (
              <li key={d.id}>
                <Link to={`/admin/companies/${d.id}`}>{d.name}</Link> ({d.city}, {t(`companyWorkspace.status.${d.status}`)})
              </li>
            ))}
          </ul>
        </div>
      )}

      <section className="section" aria-labelledby="ce-changes">
        <h2 id="ce-changes">{diff.data.isNew ? t("companyWorkspace.review.allNew") : t("companyWorkspace.review.changes", { count: diff.data.changes.length })}</h2>
        {diff.data.changes.length === 0 ? <p className="muted">{t("companyWorkspace.review.noChanges")}</p> : <DiffView changes={diff.data.changes} />}
        {diff.data.unchangedFields.length > 0 && !diff.data.isNew && (
          <p className="muted small">
            {t("companyWorkspace.review.unchanged")}: {diff.data.unchangedFields.map((f) => t(`companyWorkspace.fields.${f as ProfileField}`)).join(", ")}
          </p>
        )}
      </section>

      <section className="section" aria-labelledby="ce-decision">
        <h2 id="ce-decision">{t("companyWorkspace.review.decision")}</h2>
        {decided ? (
          <p className="ce-status" role="status" data-testid="review-result">
            {decided.revisionStatus === "APPROVED" ? t("companyWorkspace.review.approved") : t("companyWorkspace.review.rejected")}{" "}
            {decided.status === "PUBLISHED" && <Link to={`/companies/${decided.slug}`}>{t("companyWorkspace.review.viewPublic")}</Link>}
          </p>
        ) : !pending ? (
          <p className="muted">
            {t("companyWorkspace.review.notPending", { status: t(`companyWorkspace.revision.${revision.status}`) })}
            {revision.rejectionReason && ` ${t("companyWorkspace.editor.rejectedBecause")} ${revision.rejectionReason}`}
          </p>
        ) : (
          <div className="ce-decision">
            <div>
              <p>{t("companyWorkspace.review.approveText")}</p>
              <button type="button" className="button" disabled={busy} onClick={() => approve.mutate({ revisionId }, { onError: setFailure })}>
                {t("companyWorkspace.review.approve")}
              </button>
            </div>
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                onReject();
              }}
            >
              <TextAreaField look="editor" name="reason" label={t("companyWorkspace.review.reason")} hint={t("companyWorkspace.review.reasonHint")} value={reason} onChange={setReason} error={reasonError} maxLength={1000} rows={3} />
              <button type="submit" className="button button-secondary" disabled={busy}>
                {t("companyWorkspace.review.reject")}
              </button>
            </form>
          </div>
        )}
        <ServerError look="editor" error={failure} messages={{ INVALID_STATE: t("companyWorkspace.review.decidedAlready") }} />
      </section>
    </>
  );
}
