import { Route } from "react-router";
import { RequireAuth } from "../components/RequireAuth.tsx";
import { lazyPage } from "./lazyPage.ts";

// Each page loads with its route (App.tsx shows the loading state meanwhile).
const InboxPage = lazyPage(() => import("../pages/network/InboxPage.tsx"), "InboxPage");
const IntroductionPage = lazyPage(() => import("../pages/network/IntroductionPage.tsx"), "IntroductionPage");
const ManageIntroductionsPage = lazyPage(() => import("../pages/network/ManageIntroductionsPage.tsx"), "ManageIntroductionsPage");
const NotificationsPage = lazyPage(() => import("../pages/network/NotificationsPage.tsx"), "NotificationsPage");
const SavedSearchesPage = lazyPage(() => import("../pages/network/SavedSearchesPage.tsx"), "SavedSearchesPage");
const InquiriesPage = lazyPage(() => import("../pages/inquiries/InquiriesPage.tsx"), "InquiriesPage");
const NewInquiryPage = lazyPage(() => import("../pages/inquiries/NewInquiryPage.tsx"), "NewInquiryPage");
const InquiryPage = lazyPage(() => import("../pages/inquiries/InquiryPage.tsx"), "InquiryPage");

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
      path="inquiries"
      element={
        <RequireAuth>
          <InquiriesPage />
        </RequireAuth>
      }
    />
    <Route
      path="inquiries/new"
      element={
        <RequireAuth>
          <NewInquiryPage />
        </RequireAuth>
      }
    />
    <Route
      path="inquiries/:companyId/:inquiryId"
      element={
        <RequireAuth>
          <InquiryPage />
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
