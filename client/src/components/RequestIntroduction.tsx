import { introductionMessageSchema } from "@cluster-match/shared/schemas/introductions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../lib/useMe.ts";
import { CompanyChooser, Done, lengthProblem, ServerError, TextAreaField, useProblemText } from "../pages/network/forms.tsx";
import { useTRPC } from "../trpc.ts";
import { Section } from "./Section.tsx";

/**
 * "Request an introduction" on a company's profile, optionally through the cluster manager of
 * the company's cluster (offered only when it belongs to one). Nothing on one's only own company.
 */
export function RequestIntroduction({ company }: { company: { id: string; slug: string; clusters: readonly unknown[] } }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending || me.isError) return null;
  if (!me.data) {
    return (
      <Section title={t("network.request.title")} className="net-panel">
        <p>
          <Link className="button" to={`/sign-in?next=${encodeURIComponent(`/companies/${company.slug}`)}`}>
            {t("network.request.signIn")}
          </Link>
        </p>
      </Section>
    );
  }
  const mine = me.data.memberships.filter((m) => m.companyId !== company.id).map((m) => ({ companyId: m.companyId, name: m.name }));
  if (mine.length === 0) {
    // A member of this company only: there is nobody else to introduce.
    if (me.data.memberships.length > 0) return null;
    return (
      <Section title={t("network.request.title")} className="net-panel">
        <p className="muted">{t("network.request.noCompany")}</p>
        <p>
          <Link to="/workspace/companies/new">{t("network.request.registerCompany")}</Link>
        </p>
      </Section>
    );
  }
  return (
    <Section title={t("network.request.title")} className="net-panel">
      <RequestForm toCompanyId={company.id} companies={mine} canBroker={company.clusters.length > 0} />
    </Section>
  );
}

function RequestForm({ toCompanyId, companies, canBroker }: { toCompanyId: string; companies: { companyId: string; name: string }[]; canBroker: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const problemText = useProblemText();
  const hintId = useId();
  const [expanded, setExpanded] = useState(false);
  const [companyId, setCompanyId] = useState(companies[0]!.companyId);
  const [message, setMessage] = useState("");
  const [brokered, setBrokered] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [sent, setSent] = useState<{ companyId: string; id: string; brokered: boolean } | null>(null);
  const send = useMutation(
    trpc.introductions.request.mutationOptions({
      onSuccess: (result) => {
        void queryClient.invalidateQueries({ queryKey: trpc.introductions.pathKey() });
        setSent({ companyId, id: result.id, brokered: result.status === "AWAITING_BROKER" });
      },
    }),
  );
  const problem = lengthProblem(introductionMessageSchema, message);

  if (sent) {
    return (
      <Done>
        <p>{sent.brokered ? t("network.request.sentBrokered") : t("network.request.sent")}</p>
        <p>
          <Link to={`/inbox/${sent.companyId}/${sent.id}`}>{t("network.request.openInbox")}</Link>
        </p>
      </Done>
    );
  }
  if (!expanded) {
    return (
      <>
        <p className="muted">{t("network.request.intro")}</p>
        <button type="button" className="button" onClick={() => setExpanded(true)}>
          {t("network.request.open")}
        </button>
      </>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem || send.isPending) return;
    send.mutate({ companyId, toCompanyId, message, brokered: canBroker && brokered });
  };
  return (
    <form className="net-form" onSubmit={submit} noValidate>
      <p className="muted">{t("network.request.intro")}</p>
      <CompanyChooser label={t("network.request.companyLabel")} companies={companies} value={companyId} onChange={setCompanyId} />
      <TextAreaField
        label={t("network.request.messageLabel")}
        hint={t("network.request.messageHint")}
        value={message}
        onChange={setMessage}
        error={submitted ? problemText(problem) : undefined}
        max={4000}
        required
      />
      {canBroker && (
        <div className="net-field">
          <label className="checkbox">
            <input type="checkbox" checked={brokered} onChange={(event) => setBrokered(event.target.checked)} aria-describedby={hintId} />
            <span>{t("network.request.brokered")}</span>
          </label>
          <p id={hintId} className="net-hint">
            {t("network.request.brokeredHint")}
          </p>
        </div>
      )}
      <ServerError error={send.error} />
      <div className="net-actions">
        <button type="submit" className="button" disabled={send.isPending}>
          {send.isPending ? t("network.request.sending") : t("network.request.submit")}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setExpanded(false)}>
          {t("network.request.cancel")}
        </button>
      </div>
    </form>
  );
}
