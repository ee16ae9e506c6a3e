import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../lib/useMe.ts";
import { useTRPC } from "../trpc.ts";
import { Section } from "./Section.tsx";

/**
 * "Is this your company? Claim it" on the profile of a firm nobody manages yet. A visitor is sent
 * to sign in first and comes back to the claim page.
 */
export function ClaimPrompt({ company }: { company: { id: string; slug: string } }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const claimable = useQuery(trpc.claims.claimable.queryOptions({ companyId: company.id }));
  if (!claimable.data?.claimable || me.isPending) return null;
  const target = `/claim/company/${company.slug}`;
  const to = me.data ? target : `/sign-in?next=${encodeURIComponent(target)}`;
  return (
    <Section title={t("reach.claims.prompt.title")} className="net-panel">
      <p className="muted">{t("reach.claims.prompt.text")}</p>
      <p>
        <Link className="button button-secondary" to={to} data-testid="claim-company">
          {t("reach.claims.prompt.action")}
        </Link>
      </p>
    </Section>
  );
}
