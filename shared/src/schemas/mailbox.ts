import { z } from "zod";

export const mailboxInputSchema = z.object({
  to: z.string().trim().max(254).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const mailboxOutputSchema = z.array(
  z.object({
    id: z.string(),
    toAddress: z.string(),
    subject: z.string(),
    text: z.string(),
    html: z.string().nullable(),
    template: z.string(),
    status: z.enum(["PENDING", "SENT", "FAILED"]),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    sentAt: z.string().nullable(),
    createdAt: z.string(),
  }),
);
export type MailboxMessage = z.infer<typeof mailboxOutputSchema>[number];
