import type { OwnOpportunityItem } from "@cluster-match/shared";
import { deadlineBounds, deadlineProblem, ownerActionsFor } from "@cluster-match/shared/schemas/opportunity-editor";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { OpportunityTypeBadge } from "../../components/OpportunityTypeBadge.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import { formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { fieldErrorsFromDetails } from "./draftForm.ts";
import { StatusBadge } from "./StatusBadge.tsx";
import { useOpportunityActions } from "./useOwnOpportunities.ts";

type Confirming = "delete" | "close" | null;

function errorDetails(error: unknown): unknown {
  return (error as { data?: { details?: unknown } } | null)?.data?.details;
}

/** One of the company's opportunities with what can be done to it in its state. */
export function OwnOpportunityCard({ companyId, item, onNotice }: { companyId: string; item: OwnOpportunityItem; onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const renewId = useId();
  const actions = ownerActionsFor(item.status);
  const { submit, remove, close, renew } = useOpportunityActions();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [renewing, setRenewing] = useState(false);
  const bounds = deadlineBounds(new Date());
  const [renewDate, setRenewDate] = useState(bounds.max < item.deadline ? bounds.max : item.deadline > bounds.min ? item.deadline : bounds.min);
  const [renewError, setRenewError] = useState<string | null>(null);
  const input = { companyId, id: item.id };
  const busy = submit.isPending || remove.isPending || close.isPending || renew.isPending;
  const failed = [submit, remove, close].find((m) => m.isError);
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : null);
  const base = `/workspace/companies/${companyId}/opportunities`;

  const onRenew = (event: FormEvent) => {
    event.preventDefault();
    const problem = deadlineProblem(renewDate, new Date());
    if (problem) return setRenewError(t(`opportunityWorkspace.errors.${problem}`));
    setRenewError(null);
    renew.mutate(
      { ...input, deadline: renewDate },
      {
        onSuccess: () => {
          setRenewing(false);
          onNotice(t("opportunityWorkspace.notices.renewed", { date: formatDate(renewDate, locale) }));
        },
        onError: (error) => {
          const fields = fieldErrorsFromDetails(errorDetails(error));
          setRenewError(fields.deadline ? t(`opportunityWorkspace.errors.${fields.deadline.key}`) : t(`errors.${appCodeOf(error)}`));
        },
      },
    );
  };

  const dates = [
    ["deadline", item.deadline],
    ["submittedAt", item.status === "IN_REVIEW" ? item.submittedAt : null],
    ["publishedAt", item.publishedAt],
    ["expiredAt", item.expiredAt],
    ["closedAt", item.closedAt],
    ["updatedAt", item.status === "DRAFT" || item.status === "REJECTED" ? item.updatedAt : null],
  ] as const;

  return (
    <article className="card opp-own-card" data-testid="own-opportunity" data-status={item.status}>
      <div className="card-head">
        <h2 className="card-title" lang={item.title.lang}>
          {item.title.text}
        </h2>
        <StatusBadge status={item.status} />
      </div>
      <div className="badge-list">
        <OpportunityTypeBadge type={item.type} />
        {item.anonymous && <span className="badge opp-anonymous">{t("opportunityWorkspace.list.anonymous")}</span>}
      </div>
      <dl className="opp-dates">
        {dates
          .filter(([, value]) => value)
          .map(([key, value]) => (
            <div key={key}>
              <dt>{t(`opportunityWorkspace.list.${key}`)}</dt>
              <dd>
                <time dateTime={value!}>{date(value)}</time>
              </dd>
            </div>
          ))}
      </dl>
      {item.rejectionReason && (item.status === "REJECTED" || item.status === "DRAFT") && (
        <div className="opp-reason">
          <p className="opp-reason-title">{t(item.status === "REJECTED" ? "opportunityWorkspace.list.rejectionReason" : "opportunityWorkspace.list.previousReason")}</p>
          <p>{item.rejectionReason}</p>
        </div>
      )}
      {item.status === "IN_REVIEW" && <p className="muted">{t("opportunityWorkspace.list.inReviewNote")}</p>}
      {item.status === "EXPIRED" && <p className="muted">{t("opportunityWorkspace.list.expiredNote")}</p>}

      <div className="opp-actions" role="group" aria-label={t("opportunityWorkspace.list.actions", { title: item.title.text })}>
        {item.status === "PUBLISHED" && (
          <Link className="button button-secondary" to={`/opportunities/${item.id}`}>
            {t("opportunityWorkspace.actions.view")}
          </Link>
        )}
        {actions.includes("edit") && (
          <Link className="button button-secondary" to={`${base}/${item.id}/edit`}>
            {t("opportunityWorkspace.actions.edit")}
          </Link>
        )}
        {actions.includes("submit") && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => submit.mutate(input, { onSuccess: () => onNotice(t("opportunityWorkspace.notices.submitted")) })}
          >
            {t("opportunityWorkspace.actions.submit")}
          </button>
        )}
        {actions.includes("renew") && (
          <button type="button" className="button button-secondary" aria-expanded={renewing} aria-controls={renewId} disabled={busy} onClick={() => setRenewing(!renewing)}>
            {t("opportunityWorkspace.actions.renew")}
          </button>
        )}
        {actions.includes("delete") && (
          <button type="button" className="button button-secondary opp-danger" disabled={busy} onClick={() => setConfirming("delete")}>
            {t("opportunityWorkspace.actions.delete")}
          </button>
        )}
        {actions.includes("close") && (
          <button type="button" className="button button-secondary opp-danger" disabled={busy} onClick={() => setConfirming("close")}>
            {t("opportunityWorkspace.actions.close")}
          </button>
        )}
      </div>

      {renewing && (
        <form id={renewId} className="opp-inline-form" onSubmit={onRenew} noValidate>
          <label htmlFor={`${renewId}-date`}>{t("opportunityWorkspace.actions.renewDate")}</label>
          <p className="muted small" id={`${renewId}-hint`}>
            {t("opportunityWorkspace.actions.renewHint", { min: formatDate(bounds.min, locale), max: formatDate(bounds.max, locale) })}
          </p>
          <div className="opp-inline-row">
            <input
              id={`${renewId}-date`}
              className="text-input"
              type="date"
              min={bounds.min}
              max={bounds.max}
              value={renewDate}
              aria-invalid={renewError ? true : undefined}
              aria-describedby={`${renewId}-hint${renewError ? ` ${renewId}-error` : ""}`}
              onChange={(event) => setRenewDate(event.target.value)}
            />
            <button type="submit" className="button" disabled={renew.isPending}>
              {t("opportunityWorkspace.actions.renewSubmit")}
            </button>
          </div>
          {renewError && (
            <p className="field-error" id={`${renewId}-error`}>
              {renewError}
            </p>
          )}
        </form>
      )}

      {confirming && (
        <div className="opp-confirm" role="alertdialog" aria-labelledby={`${renewId}-confirm`}>
          <p id={`${renewId}-confirm`}>{t(confirming === "delete" ? "opportunityWorkspace.actions.confirmDelete" : "opportunityWorkspace.actions.confirmClose")}</p>
          <div className="opp-inline-row">
            <button
              type="button"
              className="button opp-danger-solid"
              disabled={busy}
              // The dialog holds the only focusable answer the user needs next.
              autoFocus
              onClick={() => {
                const mutation = confirming === "delete" ? remove : close;
                mutation.mutate(input, {
                  onSuccess: () => {
                    setConfirming(null);
                    onNotice(t(confirming === "delete" ? "opportunityWorkspace.notices.deleted" : "opportunityWorkspace.notices.closed"));
                  },
                });
              }}
            >
              {t(confirming === "delete" ? "opportunityWorkspace.actions.yesDelete" : "opportunityWorkspace.actions.yesClose")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
              {t("opportunityWorkspace.actions.cancel")}
            </button>
          </div>
        </div>
      )}

      {failed && (
        <p className="field-error" role="alert">
          {fieldErrorsFromDetails(errorDetails(failed.error)).deadline
            ? t(`opportunityWorkspace.errors.${fieldErrorsFromDetails(errorDetails(failed.error)).deadline!.key}`)
            : t(`errors.${appCodeOf(failed.error)}`)}
        </p>
      )}
    </article>
  );
}
