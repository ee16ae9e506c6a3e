import type { ReactNode } from "react";
import { Route } from "react-router";
import { RequireAuth } from "../components/RequireAuth.tsx";
import { lazyPage } from "./lazyPage.ts";

// Each page loads with its route (App.tsx shows the loading state meanwhile).
const AdminCompaniesPage = lazyPage(() => import("../pages/admin/AdminCompaniesPage.tsx"), "AdminCompaniesPage");
const AdminHomePage = lazyPage(() => import("../pages/admin/AdminHomePage.tsx"), "AdminHomePage");
const AdminImportsPage = lazyPage(() => import("../pages/admin/AdminImportsPage.tsx"), "AdminImportsPage");
const AuditLogPage = lazyPage(() => import("../pages/admin/AuditLogPage.tsx"), "AuditLogPage");
const MergePage = lazyPage(() => import("../pages/admin/MergePage.tsx"), "MergePage");
const ReviewQueuePage = lazyPage(() => import("../pages/admin/ReviewQueuePage.tsx"), "ReviewQueuePage");
const UsersPage = lazyPage(() => import("../pages/admin/UsersPage.tsx"), "UsersPage");
const SearchAnalyticsPage = lazyPage(() => import("../pages/admin/SearchAnalyticsPage.tsx"), "SearchAnalyticsPage");
const VocabularyPage = lazyPage(() => import("../pages/admin/VocabularyPage.tsx"), "VocabularyPage");
const ManageHomePage = lazyPage(() => import("../pages/manage/ManageHomePage.tsx"), "ManageHomePage");
const ManageImportsPage = lazyPage(() => import("../pages/manage/ManageImportsPage.tsx"), "ManageImportsPage");
const ContactPointPage = lazyPage(() => import("../pages/manage/ContactPointPage.tsx"), "ContactPointPage");
const ContactPointRequestPage = lazyPage(() => import("../pages/manage/ContactPointRequestPage.tsx"), "ContactPointRequestPage");
const DataQualityPage = lazyPage(() => import("../pages/manage/DataQualityPage.tsx"), "DataQualityPage");
// The charts library (recharts) comes with the dashboard only.
const DashboardPage = lazyPage(() => import("../pages/admin/DashboardPage.tsx"), "DashboardPage");

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
    <Route path="admin/dashboard" element={admin(<DashboardPage />)} />
    <Route path="admin/search-analytics" element={admin(<SearchAnalyticsPage />)} />
    <Route path="admin/vocabulary" element={admin(<VocabularyPage />)} />
    <Route path="manage" element={manager(<ManageHomePage />)} />
    <Route path="manage/imports" element={manager(<ManageImportsPage />)} />
    <Route path="manage/contact-point" element={manager(<ContactPointPage />)} />
    <Route path="manage/contact-point/:id" element={manager(<ContactPointRequestPage />)} />
    <Route path="manage/data-quality" element={manager(<DataQualityPage />)} />
  </>
);
