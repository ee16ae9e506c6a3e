import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../lib/useMe.ts";
import { Done } from "./form/Done.tsx";
import { useTRPC } from "../trpc.ts";
import { IntroductionMessageForm, NoCompanyPanel, SignInPanel } from "./IntroductionForm.tsx";
import { Section } from "./Section.tsx";

/**
 * "Request an introduction" on a company's profile, optionally through the cluster manager of
 * the company's cluster (offered only when it belongs to one). Nothing on one's only own company.
 */
export function RequestIntroduction({ company }: { company: { id: string; slug: string; clusters: readonly unknown[] } }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending || me.isError) return null;
  if (!me.data) return <SignInPanel keys="network.request" next={`/companies/${company.slug}`} />;
  const others = me.data.memberships.filter((m) => m.companyId !== company.id);
  if (others.length === 0) {
    // A member of this company only: there is nobody else to introduce.
    if (me.data.memberships.length > 0) return null;
    return <NoCompanyPanel keys="network.request" />;
  }
  // Only an approved company may get in touch; the others are told why instead of offered the form.
  const mine = others.filter((m) => m.status === "PUBLISHED").map((m) => ({ companyId: m.companyId, name: m.name }));
  const unapproved = others.filter((m) => m.status !== "PUBLISHED");
  return (
    <Section title={t("network.request.title")} className="net-panel">
      {unapproved.length > 0 && (
        <ul className="net-plain-list">
          {unapproved.map((m) => (
            <li key={m.companyId} className="muted">
              {t("network.request.notApproved", { company: m.name })}
            </li>
          ))}
        </ul>
      )}
      {mine.length > 0 && <RequestForm toCompanyId={company.id} companies={mine} canBroker={company.clusters.length > 0} />}
    </Section>
  );
}

function RequestForm({ toCompanyId, companies, canBroker }: { toCompanyId: string; companies: { companyId: string; name: string }[]; canBroker: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hintId = useId();
  const [brokered, setBrokered] = useState(false);
  const [sent, setSent] = useState<{ companyId: string; id: string; status: string } | null>(null);
  const send = useMutation(
    trpc.introductions.request.mutationOptions({
      onSuccess: (result, input) => {
        void queryClient.invalidateQueries({ queryKey: trpc.introductions.pathKey() });
        setSent({ companyId: input.companyId, id: result.id, status: result.status });
      },
    }),
  );

  if (sent) {
    return (
      <Done look="network">
        <p>
          {sent.status === "AWAITING_BROKER"
            ? t("network.request.sentBrokered")
            : sent.status === "WITH_CONTACT_POINT"
              ? t("network.request.sentToContactPoint")
              : t("network.request.sent")}
        </p>
        <p>
          <Link to={`/inbox/${sent.companyId}/${sent.id}`}>{t("network.request.openInbox")}</Link>
        </p>
      </Done>
    );
  }
  return (
    <IntroductionMessageForm
      keys="network.request"
      companies={companies}
      pending={send.isPending}
      error={send.error}
      onSend={({ companyId, message }) => send.mutate({ companyId, toCompanyId, message, brokered: canBroker && brokered })}
    >
      {canBroker && (
        <div className="net-field">
          <label className="checkbox">
            <input type="checkbox" checked={brokered} onChange={(event) => setBrokered(event.target.checked)} aria-describedby={hintId} />
            <span>{t("network.request.brokered")}</span>
          </label>
          <p id={hintId} className="field-hint">
            {t("network.request.brokeredHint")}
          </p>
        </div>
      )}
    </IntroductionMessageForm>
  );
}
