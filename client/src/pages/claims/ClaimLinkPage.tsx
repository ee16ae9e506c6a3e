import { useTranslation } from "react-i18next";
import { Link, Navigate, useSearchParams } from "react-router";
import { ServerError } from "../../components/form/ServerError.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { Section } from "../../components/Section.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import { countryName } from "../../lib/format.ts";
import { firmName } from "../../lib/displayName.ts";
import { displayCity } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useMe } from "../../lib/useMe.ts";
import { refusalDetails, useClaimLink } from "./useClaims.ts";

/**
 * The page of the link a cluster's contact point sends to a firm's registered address
 * (`/claim?token=…`): whoever holds the mailbox signs in or up and takes the firm over.
 * Opening it changes nothing; the click does.
 */
export function ClaimLinkPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const me = useMe();
  const { info, claim } = useClaimLink(token);
  const here = `/claim?token=${encodeURIComponent(token)}`;

  if (claim.data?.status === "APPROVED") return <Navigate to={`/workspace/companies/${claim.data.company.id}`} replace />;
  const title = t("reach.claims.link.title");
  let body;
  if (token === "" || (info.isError && appCodeOf(info.error) === "TOKEN_INVALID")) {
    body = <p role="alert">{t("reach.claims.link.invalid")}</p>;
  } else if (info.isError && refusalDetails(info.error).reason === "has_members") {
    body = <p role="alert">{t("reach.claims.link.hasTeam")}</p>;
  } else if (info.isError) {
    body = <ErrorState error={info.error} onRetry={() => void info.refetch()} />;
  } else if (!info.data || me.isPending) {
    body = <LoadingState label={t("common.loading")} />;
  } else {
    const firm = info.data;
    const name = firmName(firm.company, locale);
    body = (
      <Section title={name} className="net-panel">
        <p className="muted">
          {displayCity(firm, locale)}, {countryName(firm.country, locale)} · <Link to={`/companies/${firm.company.slug}`}>{t("reach.claims.link.viewProfile")}</Link>
        </p>
        <p>{t("reach.claims.link.explain", { name })}</p>
        {me.data ? (
          <>
            <ServerError look="network" error={claim.error} messages={{ TOKEN_INVALID: t("reach.claims.link.invalid") }} />
            <button type="button" className="button" disabled={claim.isPending} onClick={() => claim.mutate({ token })}>
              {t("reach.claims.link.submit", { name })}
            </button>
          </>
        ) : (
          <>
            <p>{t("reach.claims.link.signInFirst")}</p>
            <div className="actions-row">
              <Link className="button" to={`/sign-in?next=${encodeURIComponent(here)}`}>
                {t("reach.claims.link.signIn")}
              </Link>
              <Link className="button button-secondary" to="/sign-up">
                {t("reach.claims.link.signUp")}
              </Link>
            </div>
            <p className="muted small">{t("reach.claims.link.afterSignUp")}</p>
          </>
        )}
      </Section>
    );
  }
  return (
    <>
      <PageTitle title={title} />
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      {body}
    </>
  );
}
