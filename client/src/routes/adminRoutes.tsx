import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Route } from "react-router";
import { LoadingState } from "../components/QueryStates.tsx";
import { RequireAuth } from "../components/RequireAuth.tsx";
import { AdminCompaniesPage } from "../pages/admin/AdminCompaniesPage.tsx";
import { AdminHomePage } from "../pages/admin/AdminHomePage.tsx";
import { AdminImportsPage } from "../pages/admin/AdminImportsPage.tsx";
import { AuditLogPage } from "../pages/admin/AuditLogPage.tsx";
import { MergePage } from "../pages/admin/MergePage.tsx";
import { ReviewQueuePage } from "../pages/admin/ReviewQueuePage.tsx";
import { UsersPage } from "../pages/admin/UsersPage.tsx";
import { ManageHomePage } from "../pages/manage/ManageHomePage.tsx";
import { ManageImportsPage } from "../pages/manage/ManageImportsPage.tsx";

// The charts library is only for admins: load it with the dashboard, not with every page.
const DashboardPage = lazy(() => import("../pages/admin/DashboardPage.tsx").then((m) => ({ default: m.DashboardPage })));

function Lazy({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<LoadingState label={t("common.loading")} />}>{children}</Suspense>;
}

const admin = (page: ReactNode) => <RequireAuth role="ADMIN">{page}</RequireAuth>;
const manager = (page: ReactNode) => <RequireAuth role="CLUSTER_MANAGER">{page}</RequireAuth>;

// Routes of this area of the app; App.tsx mounts them inside the page frame. The review pages
// (/admin/reviews/companies/:revisionId, /admin/reviews/opportunities/:id) and a firm's admin page
// (/admin/companies/:companyId) belong to the company and opportunity areas.
export const adminRoutes = (
  <>
    <Route path="admin" element={admin(<AdminHomePage />)} />
    <Route path="admin/reviews" element={admin(<ReviewQueuePage />)} />
    <Route path="admin/companies" element={admin(<AdminCompaniesPage />)} />
    <Route path="admin/merge" element={admin(<MergePage />)} />
    <Route path="admin/users" element={admin(<UsersPage />)} />
    <Route path="admin/audit" element={admin(<AuditLogPage />)} />
    <Route path="admin/imports" element={admin(<AdminImportsPage />)} />
    <Route path="admin/dashboard" element={admin(<Lazy><DashboardPage /></Lazy>)} />
    <Route path="manage" element={manager(<ManageHomePage />)} />
    <Route path="manage/imports" element={manager(<ManageImportsPage />)} />
  </>
);
