import { claimRejectReasonSchema, claimStatuses, type ClaimQueueItem, type ClaimStatus } from "@cluster-match/shared/schemas/reach";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SelectFilter } from "../../components/FilterControls.tsx";
import { Done } from "../../components/form/Done.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { useProblemText } from "../../components/form/useProblemText.ts";
import { EmptyState, LoadingState } from "../../components/QueryStates.tsx";
import { ResultList } from "../../components/ResultList.tsx";
import { countryName, formatDate } from "../../lib/format.ts";
import { lengthProblem } from "../../lib/lengthProblem.ts";
import { firmName } from "../../lib/displayName.ts";
import { displayCity } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ManageFrame } from "../manage/ManageFrame.tsx";
import { allScope, useManageClaims } from "./useManageClaims.ts";

/** The colours of the introductions' statuses (styles/network.css) that mean the same. */
const statusLook: Record<ClaimStatus, string> = { AWAITING_CODE: "pending", AWAITING_APPROVAL: "pending", APPROVED: "accepted", REJECTED: "declined", CANCELLED: "declined" };

/** The contact point's queue of claims (`/manage/claims`): approve, or reject with a reason. */
export function ManageClaimsPage() {
  const { t } = useTranslation();
  const state = useManageClaims();
  const [decided, setDecided] = useState<"approved" | "rejected" | null>(null);
  return (
    <ManageFrame title={t("reach.claims.manage.title")} intro={t("reach.claims.manage.intro")}>
      {state.loading ? (
        <LoadingState label={t("common.loading")} />
      ) : state.scope === null ? (
        <EmptyState message={t("reach.claims.manage.noClusters")} />
      ) : (
        <>
          <div className="net-toolbar">
            {(state.clusters.length > 1 || state.isAdmin) && (
              <SelectFilter id="claims-scope" label={t("reach.claims.manage.scope")} value={state.scope} onChange={(id) => id && state.setScope(id)}>
                {state.isAdmin && <option value={allScope}>{t("reach.claims.manage.allScope")}</option>}
                {state.clusters.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </SelectFilter>
            )}
            <SelectFilter id="claims-status" label={t("reach.claims.manage.statusLabel")} value={state.status} onChange={(s) => state.setStatus((s ?? "AWAITING_APPROVAL") as ClaimStatus | "any")}>
              {claimStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`reach.claims.status.${s}`)}
                </option>
              ))}
              <option value="any">{t("reach.claims.manage.anyStatus")}</option>
            </SelectFilter>
          </div>
          {decided && (
            <Done look="network">
              <p>{t(`reach.claims.manage.${decided}`)}</p>
            </Done>
          )}
          <ResultList
            query={state.claims}
            countText={(count, n) => t("reach.claims.manage.count", { count, n })}
            loadingText={t("common.loading")}
            emptyText={t("reach.claims.manage.empty")}
            onClearFilters={() => state.setStatus("AWAITING_APPROVAL")}
            onPage={state.setPage}
            emptyContent={<EmptyState message={t("reach.claims.manage.empty")} />}
            renderItem={(claim) => <ClaimCard claim={claim} state={state} onDecided={setDecided} />}
          />
        </>
      )}
    </ManageFrame>
  );
}

function ClaimCard({ claim, state, onDecided }: { claim: ClaimQueueItem; state: ReturnType<typeof useManageClaims>; onDecided: (d: "approved" | "rejected") => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const problemText = useProblemText();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const problem = lengthProblem(claimRejectReasonSchema, reason);
  const open = claim.status === "AWAITING_APPROVAL" || claim.status === "AWAITING_CODE";
  const busy = state.approve.isPending || state.reject.isPending;
  const firm = claim.company;
  const input = { companyId: firm.id, claimId: claim.id };
  const name = firmName(firm, locale);
  return (
    <article className="card net-card">
      <div className="card-head">
        <h2 className="card-title net-saved-title">
          <Link to={`/companies/${firm.slug}`}>{name}</Link>
        </h2>
        <span className={`badge net-status net-status-${statusLook[claim.status]}`}>{t(`reach.claims.status.${claim.status}`)}</span>
      </div>
      <dl className="facts net-parties">
        <dt>{t("reach.claims.manage.claimant")}</dt>
        <dd>
          {claim.claimant.name} &lt;{claim.claimant.email}&gt;
        </dd>
        <dt>{t("reach.claims.manage.firm")}</dt>
        <dd>
          {displayCity(firm, locale)}, {countryName(firm.country, locale)}
          {firm.website && <> · {firm.website}</>}
          {firm.email && <> · {firm.email}</>}
        </dd>
        {claim.method && (
          <>
            <dt>{t("reach.claims.manage.method")}</dt>
            <dd>{t(`reach.claims.method.${claim.method}`)}</dd>
          </>
        )}
      </dl>
      <p className="muted small">{t("reach.claims.manage.created", { date: formatDate(claim.createdAt, locale) })}</p>
      {claim.note && (
        <p className="small">
          {t("reach.claims.manage.note")}: {claim.note}
        </p>
      )}
      {claim.decidedByName && <p className="muted small">{t("reach.claims.manage.decidedBy", { name: claim.decidedByName })}</p>}
      {claim.rejectReason && (
        <p className="small">
          {t("reach.claims.manage.reason")}: {claim.rejectReason}
        </p>
      )}
      {open && firm.hasMembers && <p className="muted small">{t("reach.claims.manage.hasMembers")}</p>}
      {open && !firm.hasMembers && (
        <div className="net-decisions">
          <ServerError look="network" error={state.approve.error ?? state.reject.error} />
          {rejecting ? (
            <form
              className="net-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                setSubmitted(true);
                if (problem || busy) return;
                state.reject.mutate({ ...input, reason: reason.trim() }, { onSuccess: () => onDecided("rejected") });
              }}
            >
              <TextAreaField look="network" label={t("reach.claims.manage.reasonLabel")} value={reason} onChange={setReason} error={submitted ? problemText(problem) : undefined} countTo={1000} rows={3} required />
              <div className="actions-row">
                <button type="submit" className="button button-danger" disabled={busy}>
                  {t("reach.claims.manage.rejectSubmit")}
                </button>
                <button type="button" className="button button-secondary" onClick={() => setRejecting(false)}>
                  {t("reach.claims.manage.cancel")}
                </button>
              </div>
            </form>
          ) : (
            <div className="actions-row">
              <button type="button" className="button" disabled={busy} onClick={() => state.approve.mutate(input, { onSuccess: () => onDecided("approved") })}>
                {t("reach.claims.manage.approve")}
              </button>
              <button type="button" className="button button-secondary" onClick={() => (setSubmitted(false), setRejecting(true))}>
                {t("reach.claims.manage.reject")}
              </button>
            </div>
          )}
        </div>
      )}
    </article>
  );
}
