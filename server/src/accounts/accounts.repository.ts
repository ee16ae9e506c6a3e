import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

const sessionUserSelect = { id: true, email: true, name: true, role: true, locale: true, suspended: true } as const satisfies Prisma.UserSelect;
export type SessionUserRow = Prisma.UserGetPayload<{ select: typeof sessionUserSelect }>;

export async function findSessionUser(prisma: PrismaClient, id: string): Promise<SessionUserRow | null> {
  return prisma.user.findUnique({ where: { id }, select: sessionUserSelect });
}

export async function findUserByEmail(prisma: PrismaClient, email: string) {
  return prisma.user.findUnique({ where: { email }, select: { id: true, suspended: true, emailVerified: true, locale: true, name: true } });
}

const meSelect = {
  ...sessionUserSelect,
  memberships: {
    select: { role: true, company: { select: { id: true, slug: true, name: true, status: true } } },
    orderBy: { createdAt: "asc" },
  },
  managedClusters: { select: { cluster: { select: { id: true, slug: true, nameLocal: true, nameEn: true, country: true } } } },
  _count: { select: { notifications: { where: { readAt: null } } } },
} as const satisfies Prisma.UserSelect;
export type MeRow = Prisma.UserGetPayload<{ select: typeof meSelect }>;

export async function findMe(prisma: PrismaClient, id: string): Promise<MeRow | null> {
  return prisma.user.findUnique({ where: { id }, select: meSelect });
}

export async function updateUser(prisma: PrismaClient, id: string, data: { name?: string | undefined; locale?: string | undefined }): Promise<void> {
  await prisma.user.update({
    where: { id },
    data: { ...(data.name ? { name: data.name } : {}), ...(data.locale ? { locale: data.locale } : {}) },
    select: { id: true },
  });
}

/** The password hash of the user's e-mail/password credential (null without one). */
export async function findCredentialPasswordHash(prisma: PrismaClient, userId: string): Promise<string | null> {
  const account = await prisma.account.findFirst({ where: { userId, providerId: "credential" }, select: { password: true } });
  return account?.password ?? null;
}

export async function findNotificationPrefs(prisma: PrismaClient, id: string): Promise<unknown> {
  return (await prisma.user.findUniqueOrThrow({ where: { id }, select: { notificationPrefs: true } })).notificationPrefs;
}

export async function saveNotificationPrefs(prisma: PrismaClient, id: string, prefs: Prisma.InputJsonValue): Promise<void> {
  await prisma.user.update({ where: { id }, data: { notificationPrefs: prefs }, select: { id: true } });
}

/** Everything we hold about a person, for the data export. */
export async function findPersonalData(prisma: PrismaClient, id: string) {
  return prisma.user.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      emailVerified: true,
      locale: true,
      role: true,
      notificationPrefs: true,
      createdAt: true,
      updatedAt: true,
      sessions: { select: { createdAt: true, expiresAt: true, ipAddress: true, userAgent: true } },
      memberships: { select: { role: true, createdAt: true, company: { select: { id: true, name: true } } } },
      managedClusters: { select: { createdAt: true, cluster: { select: { id: true, nameEn: true } } } },
      notifications: { select: { type: true, data: true, readAt: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      savedSearches: { select: { name: true, kind: true, query: true, frequency: true, createdAt: true } },
      messages: { select: { introductionId: true, body: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      introductionsRequested: { select: { id: true, kind: true, message: true, status: true, createdAt: true } },
      auditEntries: { select: { action: true, entityType: true, entityId: true, summary: true, createdAt: true } },
    },
  });
}

export async function findEmailsSentTo(prisma: PrismaClient, email: string) {
  return prisma.emailMessage.findMany({ where: { toAddress: email }, select: { subject: true, template: true, status: true, createdAt: true } });
}

/** Companies where this user is the only owner: deleting the account leaves them without an owner. */
export async function findSoleOwnedCompanies(prisma: PrismaClient, userId: string): Promise<{ id: string; name: string }[]> {
  const owned = await prisma.membership.findMany({
    where: { userId, role: "OWNER" },
    select: { company: { select: { id: true, name: true, memberships: { where: { role: "OWNER" }, select: { userId: true } } } } },
  });
  return owned.filter((m) => m.company.memberships.length === 1).map((m) => ({ id: m.company.id, name: m.company.name }));
}

/**
 * Deletes the account. Sessions, credentials, memberships, notifications and saved searches go
 * with it (cascade); messages, introductions and audit entries stay for the other side and the
 * record, without the person (SET NULL). E-mails to the address are deleted too.
 */
export async function deleteUserAndMail(prisma: PrismaClient, id: string, email: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.invitation.deleteMany({ where: { email } });
    await tx.emailMessage.deleteMany({ where: { toAddress: email } });
    await tx.user.delete({ where: { id }, select: { id: true } });
  });
}
