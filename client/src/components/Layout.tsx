import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { useMe } from "../lib/useMe.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { UserMenu } from "./UserMenu.tsx";

const navItems = [
  { to: "/search", key: "nav.search" },
  { to: "/companies", key: "nav.companies" },
  { to: "/opportunities", key: "nav.opportunities" },
  { to: "/clusters", key: "nav.clusters" },
] as const;

// Pages from which signing in should not come back to the same page (it would show the form again).
const accountFlowPaths = ["/sign-in", "/sign-up", "/verify-email", "/forgot-password", "/reset-password", "/account/deleted"];

/** The sign-in link returns to the page it was followed from. */
function signInHref(pathname: string, search: string): string {
  if (accountFlowPaths.includes(pathname)) return "/sign-in";
  return `/sign-in?next=${encodeURIComponent(pathname + search)}`;
}

/** The page frame: skip link, header with navigation, language switch and the user's menu, main landmark, footer. */
export function Layout() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const me = useMe();

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
        {/* A slim bar above the main row: the language and the visitor's or user's links, on every screen size. */}
        <div className="header-bar">
          <div className="container header-bar-inner">
            <LanguageSwitch />
            <div className="header-account">
              {me.data ? (
                <UserMenu me={me.data} />
              ) : (
                // Until the first answer, nothing: a visitor's links would flash for a signed-in user.
                !me.isPending && (
                  <ul className="visitor-links">
                    <li>
                      <Link to={signInHref(pathname, search)}>{t("nav.signIn")}</Link>
                    </li>
                    <li>
                      <Link to="/sign-up" className="visitor-register">
                        {t("nav.register")}
                      </Link>
                    </li>
                  </ul>
                )
              )}
            </div>
          </div>
        </div>
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
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t("app.footerAbout")}</p>
          <p>{t("app.footerManagedBy")}</p>
          <ul className="footer-links">
            <li>
              <Link to="/privacy">{t("nav.privacy")}</Link>
            </li>
            <li>
              <Link to="/contact">{t("reach.clusterContact.network.footer")}</Link>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
