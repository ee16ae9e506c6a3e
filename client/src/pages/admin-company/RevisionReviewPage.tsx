import { rejectRevisionInputSchema, type ProfileField } from "@cluster-match/shared/schemas/company-editor";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailState } from "../../components/DetailState.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import { countryName, formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { CompanyStatusBadge, FailureAlert } from "../workspace/StatusBadges.tsx";
import { TextAreaField } from "../workspace/profile/fields.tsx";
import { DiffView } from "./DiffView.tsx";
import { BackLink } from "../../components/BackLink.tsx";

/** An admin reviews a submitted profile: what changed against the published version, then approves or rejects. */
export function RevisionReviewPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { revisionId = "" } = useParams();
  const diff = useQuery(trpc.companies.revisionDiff.queryOptions({ revisionId, locale }));
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.companies.revisionDiff.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.companies.pendingRevisions.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.companies.adminGet.pathKey() }),
    ]);
  const onError = (error: unknown) => setFailure(appCodeOf(error) === "INVALID_STATE" ? t("companyEditor.review.decidedAlready") : t(`errors.${appCodeOf(error)}`));
  const approve = useMutation(trpc.companies.approveRevision.mutationOptions({ onSuccess: () => void refresh(), onError }));
  const reject = useMutation(trpc.companies.rejectRevision.mutationOptions({ onSuccess: () => void refresh(), onError }));

  if (!diff.data) return <DetailState query={diff} loadingText={t("companyEditor.review.loading")} />;
  const { company, revision } = diff.data;
  const decided = approve.data ?? reject.data;
  const pending = revision.status === "PENDING" && !decided;
  const busy = approve.isPending || reject.isPending;

  const onReject = () => {
    setFailure(null);
    const parsed = rejectRevisionInputSchema.safeParse({ revisionId, reason });
    if (!parsed.success) return setReasonError(t("companyEditor.review.reasonRule"));
    setReasonError(undefined);
    reject.mutate(parsed.data);
  };

  return (
    <>
      <PageTitle title={t("companyEditor.review.title", { name: company.name })} />
      <BackLink to="/admin/reviews" label={t("companyEditor.review.back")} />
      <header className="page-header">
        <h1>{t("companyEditor.review.title", { name: company.name })}</h1>
        <p className="ce-badges">
          <CompanyStatusBadge status={company.status} />
          <span className="ce-badge" data-revision={revision.status}>
            {t(`companyEditor.revision.${revision.status}`)}
          </span>
          {diff.data.isNew && <span className="ce-badge">{t("companyEditor.review.newCompany")}</span>}
        </p>
        <p className="muted">
          {company.registryId} · {countryName(company.country, locale)}
          {revision.submittedAt && ` · ${t("companyEditor.review.submitted", { date: formatDate(revision.submittedAt, locale), name: revision.submittedByName ?? "—" })}`}
        </p>
        <p>
          <Link to={`/admin/companies/${company.id}`}>{t("companyEditor.review.companyPage")}</Link>
        </p>
      </header>

      {diff.data.possibleDuplicates.length > 0 && (
        <div className="ce-duplicate" role="note">
          <p className="ce-duplicate-title">{t("companyEditor.review.possibleDuplicates")}</p>
          <ul>
            {diff.data.possibleDuplicates.map((d) => (
              <li key={d.id}>
                <Link to={`/admin/companies/${d.id}`}>{d.name}</Link> ({d.city}, {t(`companyEditor.status.${d.status}`)})
              </li>
            ))}
          </ul>
        </div>
      )}

      <section className="section" aria-labelledby="ce-changes">
        <h2 id="ce-changes">{diff.data.isNew ? t("companyEditor.review.allNew") : t("companyEditor.review.changes", { count: diff.data.changes.length })}</h2>
        {diff.data.changes.length === 0 ? <p className="muted">{t("companyEditor.review.noChanges")}</p> : <DiffView changes={diff.data.changes} />}
        {diff.data.unchangedFields.length > 0 && !diff.data.isNew && (
          <p className="muted small">
            {t("companyEditor.review.unchanged")}: {diff.data.unchangedFields.map((f) => t(`companyEditor.fields.${f as ProfileField}`)).join(", ")}
          </p>
        )}
      </section>

      <section className="section" aria-labelledby="ce-decision">
        <h2 id="ce-decision">{t("companyEditor.review.decision")}</h2>
        {decided ? (
          <p className="ce-status" role="status" data-testid="review-result">
            {decided.revisionStatus === "APPROVED" ? t("companyEditor.review.approved") : t("companyEditor.review.rejected")}{" "}
            {decided.status === "PUBLISHED" && <Link to={`/companies/${decided.slug}`}>{t("companyEditor.review.viewPublic")}</Link>}
          </p>
        ) : !pending ? (
          <p className="muted">
            {t("companyEditor.review.notPending", { status: t(`companyEditor.revision.${revision.status}`) })}
            {revision.rejectionReason && ` ${t("companyEditor.editor.rejectedBecause")} ${revision.rejectionReason}`}
          </p>
        ) : (
          <div className="ce-decision">
            <div>
              <p>{t("companyEditor.review.approveText")}</p>
              <button type="button" className="button" disabled={busy} onClick={() => approve.mutate({ revisionId })}>
                {t("companyEditor.review.approve")}
              </button>
            </div>
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                onReject();
              }}
            >
              <TextAreaField name="reason" label={t("companyEditor.review.reason")} hint={t("companyEditor.review.reasonHint")} value={reason} onChange={setReason} error={reasonError} maxLength={1000} rows={3} />
              <button type="submit" className="button button-secondary" disabled={busy}>
                {t("companyEditor.review.reject")}
              </button>
            </form>
          </div>
        )}
        <FailureAlert text={failure} />
      </section>
    </>
  );
}
