import { introductionMessageSchema } from "@cluster-match/shared/schemas/introductions";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../lib/useMe.ts";
import { CompanyChooser, Done, lengthProblem, ServerError, TextAreaField, useProblemText } from "../pages/network/forms.tsx";
import { useTRPC } from "../trpc.ts";
import { Section } from "./Section.tsx";

/**
 * "Express interest" on an opportunity page: a sign-in link for visitors, nothing on one's own
 * opportunity, otherwise a message form acting for one of the user's companies.
 */
export function ExpressInterest({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending || me.isError) return null;
  if (me.data) return <InterestOptions opportunityId={opportunityId} />;
  return (
    <Section title={t("network.interest.title")} className="net-panel">
      <p>
        <Link className="button" to={`/sign-in?next=${encodeURIComponent(`/opportunities/${opportunityId}`)}`}>
          {t("network.interest.signIn")}
        </Link>
      </p>
    </Section>
  );
}

function InterestOptions({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const options = useQuery(trpc.introductions.interestOptions.queryOptions({ opportunityId }));
  const [sent, setSent] = useState<{ companyId: string; id: string } | null>(null);

  if (!options.data) return null;
  if (options.data.length === 0) {
    return (
      <Section title={t("network.interest.title")} className="net-panel">
        <p className="muted">{t("network.interest.noCompany")}</p>
        <p>
          <Link to="/workspace/companies/new">{t("network.interest.registerCompany")}</Link>
        </p>
      </Section>
    );
  }
  const mine = options.data.filter((o) => !o.own);
  // On its own opportunity a company has nothing to express: no button at all.
  if (mine.length === 0) return null;
  const answered = mine.filter((o) => o.openIntroductionId);
  const open = mine.filter((o) => !o.openIntroductionId);

  return (
    <Section title={t("network.interest.title")} className="net-panel">
      {sent && (
        <Done>
          <p>{t("network.interest.sent")}</p>
          <p>
            <Link to={`/inbox/${sent.companyId}/${sent.id}`}>{t("network.interest.openInbox")}</Link>
          </p>
        </Done>
      )}
      {answered.length > 0 && !sent && (
        <ul className="net-plain-list">
          {answered.map((o) => (
            <li key={o.companyId}>
              {t("network.interest.alreadySent", { company: o.name })}{" "}
              <Link to={`/inbox/${o.companyId}/${o.openIntroductionId}`}>{t("network.interest.openInbox")}</Link>
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 && !sent && <InterestForm opportunityId={opportunityId} companies={open} onSent={setSent} />}
    </Section>
  );
}

function InterestForm({
  opportunityId,
  companies,
  onSent,
}: {
  opportunityId: string;
  companies: { companyId: string; name: string }[];
  onSent: (sent: { companyId: string; id: string }) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const problemText = useProblemText();
  const [expanded, setExpanded] = useState(false);
  const [companyId, setCompanyId] = useState(companies[0]!.companyId);
  const [message, setMessage] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const send = useMutation(
    trpc.introductions.expressInterest.mutationOptions({
      onSuccess: (result) => {
        void queryClient.invalidateQueries({ queryKey: trpc.introductions.pathKey() });
        onSent({ companyId, id: result.id });
      },
    }),
  );
  const problem = lengthProblem(introductionMessageSchema, message);

  if (!expanded) {
    return (
      <>
        <p className="muted">{t("network.interest.intro")}</p>
        <button type="button" className="button" onClick={() => setExpanded(true)}>
          {t("network.interest.open")}
        </button>
      </>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem || send.isPending) return;
    send.mutate({ companyId, opportunityId, message });
  };
  return (
    <form className="net-form" onSubmit={submit} noValidate>
      <p className="muted">{t("network.interest.intro")}</p>
      <CompanyChooser label={t("network.interest.companyLabel")} companies={companies} value={companyId} onChange={setCompanyId} />
      <TextAreaField
        label={t("network.interest.messageLabel")}
        hint={t("network.interest.messageHint")}
        value={message}
        onChange={setMessage}
        error={submitted ? problemText(problem) : undefined}
        max={4000}
        required
      />
      <ServerError error={send.error} />
      <div className="net-actions">
        <button type="submit" className="button" disabled={send.isPending}>
          {send.isPending ? t("network.interest.sending") : t("network.interest.submit")}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setExpanded(false)}>
          {t("network.interest.cancel")}
        </button>
      </div>
    </form>
  );
}
