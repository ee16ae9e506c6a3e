import type { OpportunityReviewDetail } from "@cluster-match/shared";
import { contentLanguages } from "@cluster-match/shared/i18n";
import { canTransition, deadlineProblem } from "@cluster-match/shared/schemas/opportunity-editor";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { CapabilityBadges } from "../../components/Badges.tsx";
import { DetailState } from "../../components/DetailState.tsx";
import { OpportunityTypeBadge } from "../../components/OpportunityTypeBadge.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { Paragraphs, Section, ValueList } from "../../components/Section.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import { countryName, formatDate, formatList, languageName } from "../../lib/format.ts";
import { capabilitiesHeadingKey } from "../../lib/opportunityTypes.ts";
import { displayCity, readableName } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { StatusBadge } from "../opportunity-workspace/StatusBadge.tsx";
import { useOpportunityForReview, useReviewDecisions } from "./useOpportunityReview.ts";
import { BackLink } from "../../components/BackLink.tsx";

type CompanyStatus = "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "SUSPENDED" | "ARCHIVED";

/** /admin/reviews/opportunities/:id — the whole opportunity with its owner, and the decision. */
export function OpportunityReviewPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const review = useOpportunityForReview(id);

  return (
    <>
      <BackLink to="/admin/reviews" label={t("opportunityWorkspace.review.back")} />
      {review.data ? <Review opportunity={review.data} /> : <DetailState query={review} loadingText={t("opportunityWorkspace.review.loading")} />}
    </>
  );
}

function Review({ opportunity }: { opportunity: OpportunityReviewDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { company } = opportunity;
  const languages = contentLanguages.filter((lang) => opportunity.title[lang] !== undefined);
  const heading = opportunity.title[locale] ?? opportunity.title.en ?? opportunity.title[languages[0]!] ?? "";
  const companyName = readableName(company.name, company.nameLatin, locale);
  const deadlinePassed = deadlineProblem(opportunity.deadline, new Date()) === "deadline_past";

  return (
    <article className="profile">
      <PageTitle title={t("opportunityWorkspace.review.heading", { title: heading })} />
      <header className="profile-header">
        <div className="badge-list">
          <OpportunityTypeBadge type={opportunity.type} />
          <StatusBadge status={opportunity.status} />
        </div>
        <h1>{t("opportunityWorkspace.review.heading", { title: heading })}</h1>
        {opportunity.submittedAt && <p className="muted">{t("opportunityWorkspace.review.submittedAt", { date: formatDate(opportunity.submittedAt, locale) })}</p>}
      </header>

      <div className="profile-layout">
        <div className="profile-main">
          <Section title={t("opportunityWorkspace.review.content")}>
            <p className="muted">{t("opportunityWorkspace.review.languageCount", { languages: formatList(languages.map((l) => languageName(l, locale)), locale) })}</p>
            {languages.map((lang) => (
              <div key={lang} className="description" data-testid="review-language">
                <p className="description-language">{languageName(lang, locale)}</p>
                <h3 lang={lang}>{opportunity.title[lang]}</h3>
                <Paragraphs text={opportunity.description[lang] ?? ""} lang={lang} />
              </div>
            ))}
          </Section>
          <Section title={t(capabilitiesHeadingKey(opportunity.type))}>
            <CapabilityBadges items={opportunity.requiredCapabilities} label={t(capabilitiesHeadingKey(opportunity.type))} />
          </Section>
          <Section title={t("opportunity.cooperationTypes")}>
            <ValueList items={opportunity.cooperationTypes.map((c) => t(`cooperationType.${c}`))} emptyText={t("company.noneListed")} />
          </Section>
          <Section title={t("opportunity.certificationsRequired")}>
            <ValueList items={opportunity.certificationsRequired.map((c) => c.label)} emptyText={t("opportunity.noCertifications")} />
          </Section>
          <Section title={t("opportunity.targetCountries")}>
            <ValueList items={opportunity.targetCountries.map((c) => countryName(c, locale))} emptyText={t("common.anywhere")} />
          </Section>
        </div>

        <div className="profile-aside">
          <Section title={t("opportunityWorkspace.review.owner")}>
            <dl className="facts">
              <dt>{t("opportunityWorkspace.review.owner")}</dt>
              <dd data-testid="review-owner">{companyName}</dd>
              <dt>{t("opportunityWorkspace.review.location")}</dt>
              <dd>
                {displayCity(company, locale)}, {countryName(company.country, locale)}
              </dd>
              <dt>{t("opportunityWorkspace.review.ownerStatus")}</dt>
              <dd>{t(`opportunityWorkspace.companyStatus.${company.status as CompanyStatus}`)}</dd>
            </dl>
            <p className="muted small">{opportunity.anonymous ? t("opportunityWorkspace.review.anonymous") : t("opportunityWorkspace.review.named")}</p>
            <ul className="value-list">
              {company.status === "PUBLISHED" && (
                <li>
                  <Link to={`/companies/${company.slug}`}>{t("opportunityWorkspace.review.publicProfile")}</Link>
                </li>
              )}
              <li>
                <Link to={`/admin/companies/${company.id}`}>{t("opportunityWorkspace.review.manageCompany")}</Link>
              </li>
            </ul>
          </Section>
          <Section title={t("opportunityWorkspace.review.facts")}>
            <dl className="facts">
              <dt>{t("opportunity.type")}</dt>
              <dd>{t(`opportunityType.${opportunity.type}`)}</dd>
              <dt>{t("opportunity.deadline")}</dt>
              <dd>
                <time dateTime={opportunity.deadline}>{formatDate(opportunity.deadline, locale)}</time>
              </dd>
            </dl>
          </Section>
          <Decision opportunity={opportunity} deadlinePassed={deadlinePassed} />
        </div>
      </div>
    </article>
  );
}

function Decision({ opportunity, deadlinePassed }: { opportunity: OpportunityReviewDetail; deadlinePassed: boolean }) {
  const { t } = useTranslation();
  const { approve, reject } = useReviewDecisions();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const busy = approve.isPending || reject.isPending;
  const failed = approve.error ?? reject.error;
  const failedReason = (failed as { data?: { details?: { reason?: string } } } | null)?.data?.details?.reason;
  const companyNotPublished = opportunity.company.status !== "PUBLISHED";
  const open = canTransition("approve", opportunity.status);

  const onReject = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 5) return setReasonError(t("opportunityWorkspace.review.reasonTooShort"));
    setReasonError(null);
    reject.mutate({ id: opportunity.id, reason: reason.trim() }, { onSuccess: () => setDone(t("opportunityWorkspace.review.rejected")) });
  };

  return (
    <Section title={t("opportunityWorkspace.review.decision")} className="opp-decision">
      <div role="status" className="opp-notice-region">
        {done && <p className="opp-notice">{done}</p>}
      </div>
      {!open ? (
        <>
          <p>{t("opportunityWorkspace.review.notInReview", { status: t(`opportunityWorkspace.status.${opportunity.status}`) })}</p>
          {opportunity.status === "REJECTED" && opportunity.rejectionReason && (
            <p>
              {t("opportunityWorkspace.review.rejectionReason")} {opportunity.rejectionReason}
            </p>
          )}
          {opportunity.status === "PUBLISHED" && <Link to={`/opportunities/${opportunity.id}`}>{t("opportunityWorkspace.review.viewPublic")}</Link>}
        </>
      ) : (
        <>
          {companyNotPublished && <p className="opp-warning">{t("opportunityWorkspace.review.companyNotPublished")}</p>}
          {deadlinePassed && <p className="opp-warning">{t("opportunityWorkspace.review.deadlinePassed")}</p>}
          <button
            type="button"
            className="button opp-approve"
            disabled={busy || companyNotPublished || deadlinePassed}
            onClick={() => approve.mutate({ id: opportunity.id }, { onSuccess: () => setDone(t("opportunityWorkspace.review.approved")) })}
          >
            {t("opportunityWorkspace.review.approve")}
          </button>
          <form className="opp-reject-form" onSubmit={onReject} noValidate>
            <label htmlFor="reject-reason">{t("opportunityWorkspace.review.reason")}</label>
            <textarea
              id="reject-reason"
              className="text-input"
              rows={4}
              maxLength={1000}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={`reject-reason-hint${reasonError ? " reject-reason-error" : ""}`}
              onChange={(event) => setReason(event.target.value)}
            />
            <p className="muted small" id="reject-reason-hint">
              {t("opportunityWorkspace.review.reasonHint")}
            </p>
            {reasonError && (
              <p className="field-error" id="reject-reason-error">
                {reasonError}
              </p>
            )}
            <button type="submit" className="button button-secondary opp-danger" disabled={busy}>
              {t("opportunityWorkspace.review.reject")}
            </button>
          </form>
        </>
      )}
      {failed && (
        <p className="field-error" role="alert">
          {failedReason === "company_not_published" ? t("opportunityWorkspace.errors.company_not_published") : t(`errors.${appCodeOf(failed)}`)}
        </p>
      )}
    </Section>
  );
}
