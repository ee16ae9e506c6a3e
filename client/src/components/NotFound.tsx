import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "./PageTitle.tsx";

/** Shown for unknown routes and for records the API does not find. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <PageTitle title={t("notFound.title")} />
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <p>
        <Link to="/companies" className="button">
          {t("notFound.toDirectory")}
        </Link>
      </p>
    </div>
  );
}
