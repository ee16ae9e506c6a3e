import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTRPC } from "../../trpc.ts";

/**
 * Registration met a registry id that is in the directory already: instead of a dead end, offer to
 * claim that firm when nobody manages it, or say how to reach its owner when it has a team.
 */
export function ClaimFromRegistration({ slug, fallback }: { slug: string; fallback: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const options = useQuery(trpc.claims.options.queryOptions({ idOrSlug: slug }));
  if (!options.data) return <p>{fallback}</p>;
  if (options.data.blocked === "has_members") {
    return (
      <p>
        {t("reach.claims.registration.hasTeam")} <Link to={`/companies/${slug}`}>{t("reach.claims.registration.openProfile")}</Link>
      </p>
    );
  }
  return (
    <>
      <p>{t("reach.claims.registration.claimable")}</p>
      <p>
        <Link className="button" to={`/claim/company/${slug}`} data-testid="claim-from-registration">
          {t("reach.claims.registration.claim")}
        </Link>
      </p>
    </>
  );
}
