import {
  changePasswordInputSchema,
  deleteAccountInputSchema,
  emailOnlyInputSchema,
  meSchema,
  notificationPrefsSchema,
  okSchema,
  resetPasswordInputSchema,
  signInInputSchema,
  signUpInputSchema,
  uiLocaleSchema,
  updateAccountInputSchema,
  verifyEmailInputSchema,
} from "@cluster-match/shared";
import { z } from "zod";
import { authedProcedure, publicProcedure, router } from "../trpc.ts";
import * as accounts from "./accounts.service.ts";

const ok = { ok: true } as const;

export const accountsRouter = router({
  me: publicProcedure
    .input(z.object({ locale: uiLocaleSchema.default("en") }).default({ locale: "en" }))
    .output(meSchema)
    .query(({ ctx, input }) => accounts.getMe(ctx, input)),
  signUp: publicProcedure
    .input(signUpInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => (await accounts.signUp(ctx, input), ok)),
  signIn: publicProcedure
    .input(signInInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => (await accounts.signIn(ctx, input), ok)),
  signOut: authedProcedure.output(okSchema).mutation(async ({ ctx }) => (await accounts.signOut(ctx), ok)),
  verifyEmail: publicProcedure
    .input(verifyEmailInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => (await accounts.verifyEmail(ctx, input), ok)),
  resendVerification: publicProcedure
    .input(emailOnlyInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => (await accounts.resendVerification(ctx, input), ok)),
  requestPasswordReset: publicProcedure
    .input(emailOnlyInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => (await accounts.requestPasswordReset(ctx, input), ok)),
  resetPassword: publicProcedure
    .input(resetPasswordInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => (await accounts.resetPassword(ctx, input), ok)),
  changePassword: authedProcedure
    .input(changePasswordInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => (await accounts.changePassword(ctx, input), ok)),
  update: authedProcedure
    .input(updateAccountInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => (await accounts.updateAccount(ctx, input), ok)),
  preferences: authedProcedure.output(notificationPrefsSchema).query(({ ctx }) => accounts.getPreferences(ctx)),
  updatePreferences: authedProcedure
    .input(notificationPrefsSchema)
    .output(notificationPrefsSchema)
    .mutation(({ ctx, input }) => accounts.updatePreferences(ctx, input)),
  exportData: authedProcedure.output(z.record(z.string(), z.unknown())).query(({ ctx }) => accounts.exportPersonalData(ctx)),
  delete: authedProcedure
    .input(deleteAccountInputSchema)
    .output(z.object({ companiesLeftWithoutOwner: z.array(z.string()) }))
    .mutation(({ ctx, input }) => accounts.deleteAccount(ctx, input)),
});
