import type { Auth } from "./auth.ts";
import { deleteQueuedEmails, promoteToAdmin, userExistsWithEmail } from "./auth.repository.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";

/**
 * Makes sure an administrator account exists (ADMIN_EMAIL / ADMIN_PASSWORD at start, or
 * `pnpm create-admin`): created through better-auth like any account, then marked verified and
 * given the ADMIN role. An existing account keeps its password and only gains the role.
 */
export async function ensureAdmin(
  prisma: PrismaClient,
  auth: Auth,
  options: { email: string; password: string; name?: string },
  logger?: Logger,
): Promise<{ created: boolean }> {
  const email = options.email.trim().toLowerCase();
  let created = false;
  if (!(await userExistsWithEmail(prisma, email))) {
    await auth.api.signUpEmail({ body: { email, password: options.password, name: options.name ?? "Administrator", locale: "bg" } });
    created = true;
  }
  await promoteToAdmin(prisma, email);
  // The verification e-mail of a bootstrap account would only confuse; nobody needs to click it.
  if (created) await deleteQueuedEmails(prisma, email, "verify_email");
  logger?.info({ email, created }, "administrator account ready");
  return { created };
}
