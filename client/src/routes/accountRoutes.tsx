import { Route } from "react-router";
import { RequireAuth } from "../components/RequireAuth.tsx";
// Loaded with the app, not with its route: deleting an account opens it and then forgets the
// session (useEndSession). Were it still loading, React would keep the account page, whose
// RequireAuth sends the signed-out user to the sign-in page instead (found by the e2e suite).
import { AccountDeletedPage } from "../pages/account/AccountDeletedPage.tsx";
import { lazyPage } from "./lazyPage.ts";

// Each other page loads with its route (App.tsx shows the loading state meanwhile).
const AccountPage = lazyPage(() => import("../pages/account/AccountPage.tsx"), "AccountPage");
const ForgotPasswordPage = lazyPage(() => import("../pages/account/ForgotPasswordPage.tsx"), "ForgotPasswordPage");
const ResetPasswordPage = lazyPage(() => import("../pages/account/ResetPasswordPage.tsx"), "ResetPasswordPage");
const SignInPage = lazyPage(() => import("../pages/account/SignInPage.tsx"), "SignInPage");
const SignUpPage = lazyPage(() => import("../pages/account/SignUpPage.tsx"), "SignUpPage");
const VerifyEmailPage = lazyPage(() => import("../pages/account/VerifyEmailPage.tsx"), "VerifyEmailPage");
const MailboxPage = lazyPage(() => import("../pages/dev/MailboxPage.tsx"), "MailboxPage");
const PrivacyPage = lazyPage(() => import("../pages/PrivacyPage.tsx"), "PrivacyPage");

// Routes of this area of the app; App.tsx mounts them inside the page frame.
// The e-mail links of the server point at /verify-email and /reset-password.
export const accountRoutes = (
  <>
    <Route path="sign-up" element={<SignUpPage />} />
    <Route path="sign-in" element={<SignInPage />} />
    <Route path="verify-email" element={<VerifyEmailPage />} />
    <Route path="forgot-password" element={<ForgotPasswordPage />} />
    <Route path="reset-password" element={<ResetPasswordPage />} />
    <Route
      path="account"
      element={
        <RequireAuth>
          <AccountPage />
        </RequireAuth>
      }
    />
    <Route path="account/deleted" element={<AccountDeletedPage />} />
    <Route path="privacy" element={<PrivacyPage />} />
    <Route path="dev/mailbox" element={<MailboxPage />} />
  </>
);
