import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";

const sections = [
  { to: "/manage", key: "home" },
  { to: "/manage/imports", key: "imports" },
  { to: "/manage/introductions", key: "introductions" },
  { to: "/manage/contact-point", key: "contactPoint" },
  { to: "/manage/data-quality", key: "dataQuality" },
  { to: "/manage/claims", key: "claims" },
  { to: "/manage/messages", key: "messages" },
] as const;

/** Page frame of a cluster manager's pages: title, their navigation, the page's h1. */
export function ManageFrame({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="admin-page">
      <PageTitle title={title} />
      <nav className="admin-nav" aria-label={t("admin.manage.navLabel")}>
        <ul>
          {sections.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to} end>
                {s.key === "dataQuality" ? t("places.quality.nav") : s.key === "contactPoint" ? t("reach.contactPoint.nav") : s.key === "claims" || s.key === "messages" ? t(`reach.manageNav.${s.key}`) : t(`admin.manage.nav.${s.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="page-header">
        <h1>{title}</h1>
        {intro && <p className="lead">{intro}</p>}
      </div>
      {children}
    </div>
  );
}
