import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { useMe } from "../lib/useMe.ts";
import { LoadingState } from "./QueryStates.tsx";

/**
 * Shows its children to a signed-in user (with the role, when one is asked for); sends a visitor
 * to the sign-in page and back here afterwards. The server checks every call anyway.
 */
export function RequireAuth({ role, children }: { role?: "ADMIN" | "CLUSTER_MANAGER"; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingState label={t("common.loading")} />;
  if (!me.data) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  const allowed = !role || me.data.role === "ADMIN" || me.data.role === role;
  if (!allowed) return <Navigate to="/" replace />;
  return <>{children}</>;
}
