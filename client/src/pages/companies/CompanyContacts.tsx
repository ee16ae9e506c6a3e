import type { CompanyDetail } from "@cluster-match/shared";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { Section } from "../../components/Section.tsx";

/** E-mail and phone for signed-in users; a visitor is asked to sign in (and comes back here). */
export function CompanyContacts({ company }: { company: Pick<CompanyDetail, "contacts"> }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { contacts } = company;
  return (
    <Section title={t("companyWorkspace.public.contacts")} className="ce-contacts">
      {contacts === null ? (
        <p data-testid="contacts-sign-in">
          {t("companyWorkspace.public.signInToSee")} <Link to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}>{t("companyWorkspace.public.signIn")}</Link>
        </p>
      ) : contacts.email || contacts.phone ? (
        <dl className="facts" data-testid="contacts">
          {contacts.email && (
            <>
              <dt>{t("companyWorkspace.public.email")}</dt>
              <dd>
                <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
              </dd>
            </>
          )}
          {contacts.phone && (
            <>
              <dt>{t("companyWorkspace.public.phone")}</dt>
              <dd>
                <a href={`tel:${contacts.phone.replace(/[^+\d]/g, "")}`}>{contacts.phone}</a>
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p className="muted">{t("companyWorkspace.public.none")}</p>
      )}
    </Section>
  );
}
