import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

const navItems = [
  { to: "/search", key: "nav.search" },
  { to: "/companies", key: "nav.companies" },
  { to: "/opportunities", key: "nav.opportunities" },
  { to: "/clusters", key: "nav.clusters" },
] as const;

/** The page frame: skip link, header with navigation and language switch, main landmark, footer. */
export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();

  // Library-mode routing has no scroll restoration; start each new page at the top.
  // (Block body: newer browsers return a promise from scrollTo, which React would take for a cleanup.)
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/companies" className="brand">
            <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <circle cx="11" cy="16" r="6" />
              <circle cx="21" cy="16" r="6" />
            </svg>
            <span className="brand-text">
              <span className="brand-name">{t("app.name")}</span>
              <span className="brand-tagline">{t("app.tagline")}</span>
            </span>
          </Link>
          <nav className="main-nav" aria-label={t("nav.label")}>
            <ul>
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{t(item.key)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t("app.footerAbout")}</p>
          <p>{t("app.footerManagedBy")}</p>
        </div>
      </footer>
    </>
  );
}
