import type { PrismaClient } from "../generated/prisma/client.ts";

/** One round trip to the database; throws when it does not answer. */
export async function pingDatabase(prisma: PrismaClient): Promise<void> {
  await prisma.$queryRaw`SELECT 1`;
}
