import { AppError, mailboxInputSchema, mailboxOutputSchema } from "@cluster-match/shared";
import { adminOrLocalProcedure, router } from "../trpc.ts";
import { listMailbox } from "../mail/mail.repository.ts";

export const mailboxRouter = router({
  /**
   * The development mailbox: every e-mail the app queued, readable without SMTP. Its messages hold
   * sign-in secrets (confirmation, reset and invitation links), so only administrators and browsers
   * on the server's own machine may read it, and only while DEV_MAILBOX is on; otherwise it is not found.
   */
  list: adminOrLocalProcedure
    .input(mailboxInputSchema)
    .output(mailboxOutputSchema)
    .query(async ({ ctx, input }) => {
      if (!ctx.services.devMailbox) throw new AppError("NOT_FOUND");
      const rows = await listMailbox(ctx.prisma, { to: input.to, take: input.limit });
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null }));
    }),
});
