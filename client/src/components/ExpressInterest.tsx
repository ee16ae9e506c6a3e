import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../lib/useMe.ts";
import { Done } from "./form/Done.tsx";
import { useTRPC } from "../trpc.ts";
import { IntroductionMessageForm, NoCompanyPanel, SignInPanel } from "./IntroductionForm.tsx";
import { Section } from "./Section.tsx";

/**
 * "Express interest" on an opportunity page: a sign-in link for visitors, nothing on one's own
 * opportunity, otherwise a message form acting for one of the user's companies.
 */
export function ExpressInterest({ opportunityId }: { opportunityId: string }) {
  const me = useMe();
  if (me.isPending || me.isError) return null;
  if (me.data) return <InterestOptions opportunityId={opportunityId} />;
  return <SignInPanel keys="network.interest" next={`/opportunities/${opportunityId}`} />;
}

function InterestOptions({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const options = useQuery(trpc.introductions.interestOptions.queryOptions({ opportunityId }));
  const [sent, setSent] = useState<{ companyId: string; id: string; withContactPoint: boolean } | null>(null);

  if (!options.data) return null;
  if (options.data.length === 0) return <NoCompanyPanel keys="network.interest" />;
  const mine = options.data.filter((o) => !o.own);
  // On its own opportunity a company has nothing to express: no button at all.
  if (mine.length === 0) return null;
  const answered = mine.filter((o) => o.openIntroductionId);
  // Only an approved company may get in touch; the others are told why instead of offered the form.
  const open = mine.filter((o) => !o.openIntroductionId && o.published);
  const unapproved = mine.filter((o) => !o.openIntroductionId && !o.published);

  return (
    <Section title={t("network.interest.title")} className="net-panel">
      {sent && (
        <Done look="network">
          <p>{sent.withContactPoint ? t("network.interest.sentToContactPoint") : t("network.interest.sent")}</p>
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
      {unapproved.length > 0 && !sent && (
        <ul className="net-plain-list">
          {unapproved.map((o) => (
            <li key={o.companyId} className="muted">
              {t("network.interest.notApproved", { company: o.name })}
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
  onSent: (sent: { companyId: string; id: string; withContactPoint: boolean }) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const send = useMutation(
    trpc.introductions.expressInterest.mutationOptions({
      onSuccess: (result, input) => {
        void queryClient.invalidateQueries({ queryKey: trpc.introductions.pathKey() });
        onSent({ companyId: input.companyId, id: result.id, withContactPoint: result.status === "WITH_CONTACT_POINT" });
      },
    }),
  );
  return (
    <IntroductionMessageForm
      keys="network.interest"
      companies={companies}
      pending={send.isPending}
      error={send.error}
      onSend={({ companyId, message }) => send.mutate({ companyId, opportunityId, message })}
    />
  );
}
