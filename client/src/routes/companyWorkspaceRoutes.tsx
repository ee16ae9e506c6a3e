import type { ReactNode } from "react";
import { Route } from "react-router";
import { RequireAuth } from "../components/RequireAuth.tsx";
import { AdminCompanyPage } from "../pages/admin-company/AdminCompanyPage.tsx";
import { RevisionReviewPage } from "../pages/admin-company/RevisionReviewPage.tsx";
import { AcceptInvitationPage } from "../pages/workspace/AcceptInvitationPage.tsx";
import { CompanyDashboardPage } from "../pages/workspace/CompanyDashboardPage.tsx";
import { ProfileEditorPage } from "../pages/workspace/ProfileEditorPage.tsx";
import { RegisterCompanyPage } from "../pages/workspace/RegisterCompanyPage.tsx";
import { TeamPage } from "../pages/workspace/TeamPage.tsx";
import { WorkspacePage } from "../pages/workspace/WorkspacePage.tsx";

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
