import type { ReactNode } from "react";
import { Route } from "react-router";
import { RequireAuth } from "../components/RequireAuth.tsx";
import { lazyPage } from "./lazyPage.ts";

// Each page loads with its route (App.tsx shows the loading state meanwhile).
const AdminCompanyPage = lazyPage(() => import("../pages/admin-company/AdminCompanyPage.tsx"), "AdminCompanyPage");
const RevisionReviewPage = lazyPage(() => import("../pages/admin-company/RevisionReviewPage.tsx"), "RevisionReviewPage");
const AcceptInvitationPage = lazyPage(() => import("../pages/company-workspace/AcceptInvitationPage.tsx"), "AcceptInvitationPage");
const CompanyDashboardPage = lazyPage(() => import("../pages/company-workspace/CompanyDashboardPage.tsx"), "CompanyDashboardPage");
const ProfileEditorPage = lazyPage(() => import("../pages/company-workspace/ProfileEditorPage.tsx"), "ProfileEditorPage");
const RegisterCompanyPage = lazyPage(() => import("../pages/company-workspace/RegisterCompanyPage.tsx"), "RegisterCompanyPage");
const TeamPage = lazyPage(() => import("../pages/company-workspace/TeamPage.tsx"), "TeamPage");
const WorkspacePage = lazyPage(() => import("../pages/company-workspace/WorkspacePage.tsx"), "WorkspacePage");

const signedIn = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;
const admin = (page: ReactNode) => <RequireAuth role="ADMIN">{page}</RequireAuth>;

// Routes of this area of the app; App.tsx mounts them inside the page frame. A company's
// opportunities (/workspace/companies/:companyId/opportunities) belong to the opportunity area.
export const companyWorkspaceRoutes = (
  <>
    <Route path="workspace" element={signedIn(<WorkspacePage />)} />
    <Route path="workspace/companies/new" element={signedIn(<RegisterCompanyPage />)} />
    <Route path="workspace/companies/:companyId" element={signedIn(<CompanyDashboardPage />)} />
    <Route path="workspace/companies/:companyId/profile" element={signedIn(<ProfileEditorPage />)} />
    <Route path="workspace/companies/:companyId/team" element={signedIn(<TeamPage />)} />
    <Route path="invitations/accept" element={signedIn(<AcceptInvitationPage />)} />
    <Route path="admin/reviews/companies/:revisionId" element={admin(<RevisionReviewPage />)} />
    <Route path="admin/companies/:companyId" element={admin(<AdminCompanyPage />)} />
  </>
);
