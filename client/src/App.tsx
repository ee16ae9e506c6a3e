import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, Route, Routes, useLocation } from "react-router";
import { Layout } from "./components/Layout.tsx";
import { PageErrorBoundary } from "./components/PageErrorBoundary.tsx";
import { LoadingState } from "./components/QueryStates.tsx";
import { ClusterPage } from "./pages/clusters/ClusterPage.tsx";
import { ClustersPage } from "./pages/clusters/ClustersPage.tsx";
import { CompaniesPage } from "./pages/companies/CompaniesPage.tsx";
import { CompanyPage } from "./pages/companies/CompanyPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { OpportunitiesPage } from "./pages/opportunities/OpportunitiesPage.tsx";
import { OpportunityPage } from "./pages/opportunities/OpportunityPage.tsx";
import { SearchPage } from "./pages/search/SearchPage.tsx";
import { accountRoutes } from "./routes/accountRoutes.tsx";
import { adminRoutes } from "./routes/adminRoutes.tsx";
import { claimsRoutes } from "./routes/claimsRoutes.tsx";
import { companyWorkspaceRoutes } from "./routes/companyWorkspaceRoutes.tsx";
import { networkRoutes } from "./routes/networkRoutes.tsx";
import { opportunityWorkspaceRoutes } from "./routes/opportunityWorkspaceRoutes.tsx";

/**
 * While a lazy page's code loads (routes/lazyPage.ts), the page frame stays and the main area
 * shows the loading state; a page that fails to load or render says so there.
 */
function LazyPages() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary resetKey={pathname}>
      <Suspense fallback={<LoadingState label={t("common.loading")} />}>
        <Outlet />
      </Suspense>
    </PageErrorBoundary>
  );
}

// The public pages a visitor lands on (directory, search, profiles, opportunities, clusters) come
// with the main bundle; the areas behind sign-in, the account pages and the admin's load with
// their routes (routes/*Routes.tsx).
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route element={<LazyPages />}>
          <Route index element={<Navigate to="/companies" replace />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="companies" element={<CompaniesPage />} />
          <Route path="companies/:slug" element={<CompanyPage />} />
          <Route path="opportunities" element={<OpportunitiesPage />} />
          <Route path="opportunities/:id" element={<OpportunityPage />} />
          <Route path="clusters" element={<ClustersPage />} />
          <Route path="clusters/:slug" element={<ClusterPage />} />
          {accountRoutes}
          {companyWorkspaceRoutes}
          {opportunityWorkspaceRoutes}
          {networkRoutes}
          {adminRoutes}
          {claimsRoutes}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
