import { Route } from "react-router";
import { RequireAuth } from "../components/RequireAuth.tsx";
import { lazyPage } from "./lazyPage.ts";

// Each page loads with its route (App.tsx shows the loading state meanwhile).
const OpportunityReviewPage = lazyPage(() => import("../pages/admin-opportunity/OpportunityReviewPage.tsx"), "OpportunityReviewPage");
const OpportunityEditorPage = lazyPage(() => import("../pages/opportunity-workspace/OpportunityEditorPage.tsx"), "OpportunityEditorPage");
const OwnOpportunitiesPage = lazyPage(() => import("../pages/opportunity-workspace/OwnOpportunitiesPage.tsx"), "OwnOpportunitiesPage");

// Routes of this area of the app; App.tsx mounts them inside the page frame.
// A company's opportunities (its members, its clusters' managers, admins: the server decides) and the admin's review.
export const opportunityWorkspaceRoutes = (
  <>
    <Route path="workspace/companies/:companyId/opportunities">
      <Route index element={<RequireAuth><OwnOpportunitiesPage /></RequireAuth>} />
      <Route path="new" element={<RequireAuth><OpportunityEditorPage /></RequireAuth>} />
      <Route path=":id/edit" element={<RequireAuth><OpportunityEditorPage /></RequireAuth>} />
    </Route>
    <Route path="admin/reviews/opportunities/:id" element={<RequireAuth role="ADMIN"><OpportunityReviewPage /></RequireAuth>} />
  </>
);
