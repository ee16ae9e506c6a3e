import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { AuthFrame } from "./FormParts.tsx";

/** The navigation state the delete form leaves here: names of companies that now have no owner. */
function companiesOf(state: unknown): string[] {
  if (typeof state !== "object" || state === null || !("companiesLeftWithoutOwner" in state)) return [];
  const list = state.companiesLeftWithoutOwner;
  return Array.isArray(list) ? list.filter((name): name is string => typeof name === "string") : [];
}

/** Shown once the account is gone (the user is signed out by then). */
export function AccountDeletedPage() {
  const { t } = useTranslation();
  const companies = companiesOf(useLocation().state);
  return (
    <AuthFrame title={t("account.deleted.title")}>
      <PageTitle title={t("account.deleted.title")} />
      <p role="status">{t("account.deleted.text")}</p>
      {companies.length > 0 && (
        <div className="notice-box" data-testid="orphaned-companies">
          <p>{t("account.deleted.orphaned")}</p>
          <ul className="value-list">
            {companies.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <Link to="/companies">{t("notFound.toDirectory")}</Link>
      </p>
    </AuthFrame>
  );
}
