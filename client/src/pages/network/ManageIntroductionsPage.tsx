import { brokerDeclineInputSchema, forwardIntroductionInputSchema, type ClusterIntroduction } from "@cluster-match/shared/schemas/introductions";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SelectFilter } from "../../components/FilterControls.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyState, LoadingState } from "../../components/QueryStates.tsx";
import { ResultList } from "../../components/ResultList.tsx";
import { Paragraphs } from "../../components/Section.tsx";
import { countryName, formatDate } from "../../lib/format.ts";
import { firmName } from "../../lib/displayName.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { Done } from "../../components/form/Done.tsx";
import { lengthProblem } from "../../lib/lengthProblem.ts";
import { ServerError } from "../../components/form/ServerError.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { useProblemText } from "../../components/form/useProblemText.ts";
import { StatusBadge } from "./IntroductionSummaryCard.tsx";
import { StatusFilter } from "./StatusFilter.tsx";
import { allClusters, useClusterIntroductions } from "./useClusterIntroductions.ts";

export function ManageIntroductionsPage() {
  const { t } = useTranslation();
  const state = useClusterIntroductions();
  // Announced here, not in the card: a decided request leaves a filtered list at once.
  const [decided, setDecided] = useState<Decision | null>(null);

  return (
    <>
      <PageTitle title={t("network.manage.title")} />
      <div className="page-header">
        <h1>{t("network.manage.title")}</h1>
        <p className="lead">{t("network.manage.intro")}</p>
      </div>
      {state.loadingClusters ? (
        <LoadingState label={t("common.loading")} />
      ) : state.clusterId === null ? (
        <EmptyState message={t("network.manage.noClusters")} />
      ) : (
        <>
          <div className="net-toolbar">
            {state.clusters.length > 1 && (
              <SelectFilter id="manage-cluster" label={t("network.manage.clusterLabel")} value={state.clusterId} onChange={(id) => id && state.setCluster(id)}>
                {state.offersAll && <option value={allClusters}>{t("network.manage.allClusters")}</option>}
                {state.clusters.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </SelectFilter>
            )}
            <StatusFilter
              id="manage-status"
              label={t("network.manage.statusLabel")}
              allLabel={t("network.manage.allStatuses")}
              value={state.status}
              onChange={state.setStatus}
            />
          </div>
          {decided && (
            <Done look="network">
              <p>{t(`network.manage.${decided}`)}</p>
            </Done>
          )}
          <ResultList
            query={state.introductions}
            countText={(count, n) => t("network.inbox.count", { count, n })}
            loadingText={t("network.manage.loading")}
            emptyText={t("network.manage.empty")}
            onClearFilters={() => state.setStatus(undefined)}
            onPage={state.setPage}
            emptyContent={<EmptyState message={t("network.manage.empty")} />}
            renderItem={(introduction) => <ClusterIntroductionCard introduction={introduction} state={state} onDecided={setDecided} />}
          />
        </>
      )}
    </>
  );
}

function Party({ party }: { party: NonNullable<ClusterIntroduction["to"]> }) {
  const locale = useLocale();
  const name = firmName(party, locale);
  return (
    <>
      {party.published ? <Link to={`/companies/${party.slug}`}>{name}</Link> : name} <span className="muted">({countryName(party.country, locale)})</span>
    </>
  );
}

/** forwardedToContactPoint: forwarded to a firm without users, so it stays with the contact point. */
type Decision = "forwarded" | "forwardedToContactPoint" | "declined";

function ClusterIntroductionCard({
  introduction,
  state,
  onDecided,
}: {
  introduction: ClusterIntroduction;
  state: ReturnType<typeof useClusterIntroductions>;
  onDecided: (decision: Decision) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const problemText = useProblemText();
  const [mode, setMode] = useState<"idle" | "forward" | "decline">("idle");
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [done, setDone] = useState<Decision | null>(null);
  const reasonProblem = lengthProblem(brokerDeclineInputSchema.shape.reason, reason);
  const noteProblem = lengthProblem(forwardIntroductionInputSchema.shape.note, note);
  const busy = state.forward.isPending || state.decline.isPending;
  // The cluster (one the viewer manages) that holds the recipient: the one to broker through.
  const input = { clusterId: introduction.brokerClusterId ?? "", id: introduction.id };

  return (
    <article className="card net-card">
      <div className="card-head">
        <h2 className="card-title net-saved-title">
          {introduction.opportunity ? t("network.inbox.interestIn", { title: introduction.opportunity.title.text }) : t("network.inbox.request")}
        </h2>
        <StatusBadge status={introduction.status} />
      </div>
      <dl className="facts net-parties">
        <dt>{t("network.manage.from")}</dt>
        <dd>
          <Party party={introduction.from} />
        </dd>
        <dt>{t("network.manage.to")}</dt>
        <dd>
          {introduction.to ? <Party party={introduction.to} /> : t("network.manage.hiddenTo")}
          {!introduction.recipientHasMembers && introduction.to && <span className="badge net-no-members">{t("network.manage.noMembers")}</span>}
        </dd>
      </dl>
      <p className="muted small">{t("network.manage.created", { date: formatDate(introduction.createdAt, locale) })}</p>
      {introduction.brokered && <p className="muted small">{t("network.detail.viaBroker")}</p>}
      <details className="net-details">
        <summary>{t("network.manage.message")}</summary>
        <Paragraphs text={introduction.message} lang="" />
      </details>
      <LabelledNote label={t("network.detail.brokerNote")} text={introduction.brokerNote} />
      <LabelledNote label={t("network.detail.declineReason")} text={introduction.declineReason} />
      {done ? (
        <Done look="network">
          <p>{t(`network.manage.${done}`)}</p>
        </Done>
      ) : (
        introduction.canBroker && (
          <div className="net-decisions">
            <ServerError look="network" error={state.forward.error ?? state.decline.error} />
            {mode === "forward" ? (
              <>
                {!introduction.recipientHasMembers && (
                  <p className="net-warning">
                    {t("network.manage.forwardNoMembers")}
                  </p>
                )}
                <DecisionForm
                  label={t("network.manage.noteLabel")}
                  value={note}
                  onChange={setNote}
                  error={submitted ? problemText(noteProblem) : undefined}
                  max={2000}
                  submitLabel={t("network.manage.forwardSubmit")}
                  submitClassName="button"
                  busy={busy}
                  onSubmit={() => {
                    setSubmitted(true);
                    if (noteProblem || busy) return;
                    state.forward.mutate(
                      { ...input, note: note.trim() || undefined },
                      {
                        onSuccess: (result) => {
                          const decision = result.status === "WITH_CONTACT_POINT" ? "forwardedToContactPoint" : "forwarded";
                          setDone(decision);
                          onDecided(decision);
                        },
                      },
                    );
                  }}
                  onCancel={() => setMode("idle")}
                />
              </>
            ) : mode === "decline" ? (
              <DecisionForm
                label={t("network.manage.reasonLabel")}
                value={reason}
                onChange={setReason}
                error={submitted ? problemText(reasonProblem) : undefined}
                max={1000}
                required
                submitLabel={t("network.manage.declineSubmit")}
                submitClassName="button button-danger"
                busy={busy}
                onSubmit={() => {
                  setSubmitted(true);
                  if (reasonProblem || busy) return;
                  state.decline.mutate({ ...input, reason }, { onSuccess: () => (setDone("declined"), onDecided("declined")) });
                }}
                onCancel={() => setMode("idle")}
              />
            ) : (
              <div className="actions-row">
                <button type="button" className="button" onClick={() => (setSubmitted(false), setMode("forward"))}>
                  {t("network.manage.forward")}
                </button>
                <button type="button" className="button button-secondary" onClick={() => (setSubmitted(false), setMode("decline"))}>
                  {t("network.manage.decline")}
                </button>
              </div>
            )}
          </div>
        )
      )}
    </article>
  );
}

/** "Label: text" under the card, when there is a text. */
function LabelledNote({ label, text }: { label: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p className="small">
      {label}: {text}
    </p>
  );
}

/** The broker's short form for one decision (forward with a note, decline with a reason). */
function DecisionForm({
  label,
  value,
  onChange,
  error,
  max,
  required = false,
  submitLabel,
  submitClassName,
  busy,
  onSubmit,
  onCancel,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  max: number;
  required?: boolean;
  submitLabel: string;
  submitClassName: string;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <form
      className="net-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <TextAreaField look="network" label={label} value={value} onChange={onChange} error={error} countTo={max} rows={3} required={required} />
      <div className="actions-row">
        <button type="submit" className={submitClassName} disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("network.manage.cancel")}
        </button>
      </div>
    </form>
  );
}
