import type { AccessSamples } from "../access-matrix.ts";

export const accountsSamples: AccessSamples = {
  "accounts.me": () => ({ locale: "en" }),
  "accounts.signUp": () => ({ name: "Matrix User", email: `m-${Math.random().toString(36).slice(2)}@example.test`, password: "a long password", locale: "en", acceptPrivacy: true }),
  "accounts.signIn": () => ({ email: "nobody@example.test", password: "whatever password" }),
  "accounts.signOut": () => undefined,
  "accounts.verifyEmail": () => ({ token: "not-a-real-token-0000" }),
  "accounts.resendVerification": () => ({ email: "nobody@example.test" }),
  "accounts.requestPasswordReset": () => ({ email: "nobody@example.test" }),
  "accounts.resetPassword": () => ({ token: "not-a-real-token-0000", password: "a long password" }),
  "accounts.changePassword": () => ({ currentPassword: "wrong", newPassword: "a long password" }),
  "accounts.update": () => ({ locale: "en" }),
  "accounts.preferences": () => undefined,
  "accounts.updatePreferences": () => ({
    email: { introductions: true, messages: true, reviews: true, opportunities: true, team: true, digests: false },
    inApp: { introductions: true, messages: true, reviews: true, opportunities: true, team: true, digests: true },
  }),
  "accounts.exportData": () => undefined,
  // A wrong password: allowed callers get past the rule and are refused by the password check,
  // which the matrix does not count as a refusal by rule. The real deletion is tested in accounts.int.test.ts.
  "accounts.delete": () => ({ password: "wrong password", confirm: "DELETE" }),
  "mailbox.list": () => ({ limit: 5 }),
};
