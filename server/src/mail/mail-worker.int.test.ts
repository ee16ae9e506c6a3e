import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, testLogger, type TestDatabase } from "../../test/test-database.ts";
import { enqueueEmail } from "./mail.service.ts";
import { createSmtpTransport } from "./mail-transport.ts";
import { maxEmailAttempts, sendDueEmails } from "./mail-worker.ts";

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port; refuses the next `failNext` messages with a temporary error. */
async function startSmtpServer() {
  const received: Received[] = [];
  const state = { failNext: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (state.failNext > 0) {
          state.failNext--;
          const error = Object.assign(new Error("mailbox busy, try later"), { responseCode: 451 });
          return callback(error);
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { received, state, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe(`e-mail outbox over SMTP (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
    await db.destroy();
  });
  beforeEach(async () => {
    await db.prisma.emailMessage.deleteMany();
    smtp.received.length = 0;
    smtp.state.failNext = 0;
  });

  const transport = () => createSmtpTransport(smtp.url, "Cluster Match <no-reply@example.test>");
  const queue = (to: string) =>
    enqueueEmail(db.prisma, { to, locale: "de", template: "verify_email", params: { name: "Jürgen", url: "http://localhost:3000/verify-email?token=abc" } });

  it("delivers queued e-mails in the recipient's language and marks them sent", async () => {
    await queue("Juergen@Example.test");
    const t = transport();
    expect(await sendDueEmails(db.prisma, t, testLogger)).toBe(1);
    t.close();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(["juergen@example.test"]);
    // The body is quoted-printable: undo soft line breaks and "=3D" before looking for the link.
    expect(smtp.received[0]!.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=")).toContain("verify-email?token=abc");
    expect(smtp.received[0]!.raw).toMatch(/Subject: .*(Best=C3=A4tigen|Bestätigen|=\?UTF-8\?)/);
    const row = await db.prisma.emailMessage.findFirstOrThrow({ select: { status: true, sentAt: true, attempts: true } });
    expect(row.status).toBe("SENT");
    expect(row.sentAt).not.toBeNull();
    // Nothing is due any more: a second pass sends nothing twice.
    expect(await sendDueEmails(db.prisma, transport(), testLogger)).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it("keeps a refused e-mail, retries it after a backoff and delivers it once the server takes it", async () => {
    await queue("retry@example.test");
    smtp.state.failNext = 1;
    await sendDueEmails(db.prisma, transport(), testLogger);
    let row = await db.prisma.emailMessage.findFirstOrThrow({ select: { status: true, attempts: true, lastError: true, availableAt: true } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toMatch(/451|busy/);
    expect(row.availableAt.getTime()).toBeGreaterThan(Date.now() + 10_000);
    // Not due yet: the backoff holds.
    expect(await sendDueEmails(db.prisma, transport(), testLogger)).toBe(0);
    await db.prisma.emailMessage.updateMany({ data: { availableAt: new Date() } });
    await sendDueEmails(db.prisma, transport(), testLogger);
    row = await db.prisma.emailMessage.findFirstOrThrow({ select: { status: true, attempts: true, lastError: true, availableAt: true } });
    expect(row.status).toBe("SENT");
    expect(smtp.received.map((m) => m.to[0])).toEqual(["retry@example.test"]);
  });

  it("gives up after the last attempt and marks the e-mail FAILED, never dropping it silently", async () => {
    await queue("never@example.test");
    await db.prisma.emailMessage.updateMany({ data: { attempts: maxEmailAttempts - 1 } });
    const t = createSmtpTransport("smtp://127.0.0.1:1", "x@example.test"); // nothing listens there
    await sendDueEmails(db.prisma, t, testLogger);
    const row = await db.prisma.emailMessage.findFirstOrThrow({ select: { status: true, attempts: true, lastError: true } });
    expect(row.status).toBe("FAILED");
    expect(row.attempts).toBe(maxEmailAttempts);
    expect(row.lastError).toBeTruthy();
  });
});
