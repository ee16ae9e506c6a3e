import nodemailer from "nodemailer";
import type { EmailRow } from "./mail.repository.ts";

/** Delivers one stored e-mail; throws when the receiving side did not take it. */
export interface MailTransport {
  kind: "smtp" | "mailbox";
  send(email: EmailRow): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer (connection pooling, TLS, auth from the URL). */
export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl, { from });
  return {
    kind: "smtp",
    send: async (email) => {
      await transporter.sendMail({ to: email.toAddress, subject: email.subject, text: email.text, html: email.html ?? undefined });
    },
    close: () => transporter.close(),
  };
}

/**
 * No SMTP configured: the stored message is the delivery. It is marked sent at once and read on
 * the development mailbox page.
 */
export function createMailboxTransport(): MailTransport {
  return { kind: "mailbox", send: async () => {}, close: () => {} };
}
