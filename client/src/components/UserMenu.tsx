import type { Me } from "@cluster-match/shared";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { formatNumber } from "../lib/format.ts";
import { useEndSession } from "../lib/useEndSession.ts";
import { useLocale } from "../lib/useLocale.ts";
import { useTRPC } from "../trpc.ts";

type SignedIn = NonNullable<Me>;

/** The signed-in user's menu in the header: a disclosure button and a list of their pages. */
export function UserMenu({ me }: { me: SignedIn }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const endSession = useEndSession();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const unread = me.unreadNotifications;
  const unreadText = formatNumber(unread, locale);
  // Even when the server refuses (the session had already expired), the user is signed out afterwards.
  const signOut = useMutation(trpc.accounts.signOut.mutationOptions({ onSettled: () => endSession("/") }));

  // A click or tap anywhere else closes the menu, as people expect from menus on desktop and phone.
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      setOpen(false);
      button.current?.focus();
    }
  };
  const close = () => setOpen(false);

  const links = [
    { to: "/workspace", label: t("account.menu.workspace") },
    { to: "/inbox", label: t("account.menu.inbox") },
    { to: "/inquiries", label: t("inquiries.menu") },
    { to: "/notifications", label: t("account.menu.notifications"), badge: unread },
    { to: "/saved-searches", label: t("account.menu.savedSearches") },
    { to: "/account", label: t("account.menu.account") },
    ...(me.role === "ADMIN" ? [{ to: "/admin", label: t("account.menu.admin") }] : []),
    ...(me.role === "CLUSTER_MANAGER" ? [{ to: "/manage", label: t("account.menu.manage") }] : []),
  ];

  return (
    <div
      className="user-menu"
      ref={root}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing out of the menu closes it; moving between its own links does not.
        if (open && !root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        type="button"
        ref={button}
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        data-testid="user-menu-button"
      >
        <span className="user-menu-name">{me.name}</span>
        {unread > 0 && (
          <>
            <span className="count-badge" aria-hidden="true">
              {unreadText}
            </span>
            <span className="visually-hidden">, {t("account.menu.unread", { count: unread, n: unreadText })}</span>
          </>
        )}
        <span className="user-menu-chevron" aria-hidden="true" />
      </button>
      <div id={panelId} className="user-menu-panel" hidden={!open}>
        <p className="user-menu-who">
          <span className="block user-menu-who-name">{me.name}</span>
          <span className="block small">{me.email}</span>
        </p>
        <nav aria-label={t("account.menu.label")}>
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} onClick={close}>
                  <span>{link.label}</span>
                  {link.badge !== undefined && link.badge > 0 && (
                    <span className="count-badge" data-testid="unread-badge">
                      {unreadText}
                      <span className="visually-hidden"> {t("account.menu.unreadShort")}</span>
                    </span>
                  )}
                </NavLink>
              </li>
            ))}
            <li>
              <button type="button" className="user-menu-signout" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
                {t("account.menu.signOut")}
              </button>
            </li>
          </ul>
        </nav>
      </div>
    </div>
  );
}
