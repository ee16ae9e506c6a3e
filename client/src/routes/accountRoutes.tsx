import { Route } from "react-router";
import { RequireAuth } from "../components/RequireAuth.tsx";
import { AccountDeletedPage } from "../pages/account/AccountDeletedPage.tsx";
import { AccountPage } from "../pages/account/AccountPage.tsx";
import { ForgotPasswordPage } from "../pages/account/ForgotPasswordPage.tsx";
import { ResetPasswordPage } from "../pages/account/ResetPasswordPage.tsx";
import { SignInPage } from "../pages/account/SignInPage.tsx";
import { SignUpPage } from "../pages/account/SignUpPage.tsx";
import { VerifyEmailPage } from "../pages/account/VerifyEmailPage.tsx";
import { MailboxPage } from "../pages/dev/MailboxPage.tsx";
import { PrivacyPage } from "../pages/PrivacyPage.tsx";

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
