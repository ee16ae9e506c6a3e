import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";

/** The console's sections, in the order of the navigation. */
export const adminSections = [
  { to: "/admin", key: "home" },
  { to: "/admin/reviews", key: "reviews" },
  { to: "/admin/companies", key: "companies" },
  { to: "/admin/merge", key: "merge" },
  { to: "/admin/users", key: "users" },
  { to: "/admin/audit", key: "audit" },
  { to: "/admin/imports", key: "imports" },
  { to: "/admin/dashboard", key: "dashboard" },
  { to: "/admin/search-analytics", key: "searchAnalytics" },
  { to: "/admin/vocabulary", key: "vocabulary" },
] as const;

/** Page frame of the admin console: document title, the console's navigation, the page's h1 and intro. */
export function AdminFrame({ title, intro, actions, children }: { title: string; intro?: string; actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="admin-page">
      <PageTitle title={title} />
      <nav className="admin-nav" aria-label={t("admin.nav.label")}>
        <ul>
          {adminSections.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to} end>
                {t(`admin.nav.${s.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="page-header header-split">
        <div>
          <h1>{title}</h1>
          {intro && <p className="lead">{intro}</p>}
        </div>
        {actions && <div className="admin-header-actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}
