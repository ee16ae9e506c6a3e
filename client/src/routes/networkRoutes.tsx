import { Route } from "react-router";
import { RequireAuth } from "../components/RequireAuth.tsx";
import { InboxPage } from "../pages/network/InboxPage.tsx";
import { IntroductionPage } from "../pages/network/IntroductionPage.tsx";
import { ManageIntroductionsPage } from "../pages/network/ManageIntroductionsPage.tsx";
import { NotificationsPage } from "../pages/network/NotificationsPage.tsx";
import { SavedSearchesPage } from "../pages/network/SavedSearchesPage.tsx";

// Introductions, messages, notifications and saved searches; App.tsx mounts these inside the page frame.
export const networkRoutes = (
  <>
    <Route
      path="inbox"
      element={
        <RequireAuth>
          <InboxPage />
        </RequireAuth>
      }
    />
    <Route
      path="inbox/:companyId/:introductionId"
      element={
        <RequireAuth>
          <IntroductionPage />
        </RequireAuth>
      }
    />
    <Route
      path="notifications"
      element={
        <RequireAuth>
          <NotificationsPage />
        </RequireAuth>
      }
    />
    <Route
      path="saved-searches"
      element={
        <RequireAuth>
          <SavedSearchesPage />
        </RequireAuth>
      }
    />
    <Route
      path="manage/introductions"
      element={
        <RequireAuth role="CLUSTER_MANAGER">
          <ManageIntroductionsPage />
        </RequireAuth>
      }
    />
  </>
);
