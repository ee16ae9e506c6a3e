import type { PrismaClient } from "../generated/prisma/client.ts";
import { enqueueOutbox } from "../outbox/outbox.repository.ts";

/** Firms (not archived) without a map position: registered before geocoding, or imported without one. */
export async function findUnplacedCompanies(prisma: PrismaClient) {
  return prisma.company.findMany({
    where: { OR: [{ lat: null }, { lng: null }], status: { not: "ARCHIVED" } },
    select: { id: true, country: true, city: true, cityLatin: true, region: true },
    orderBy: { id: "asc" },
  });
}

/** Sets a firm's position (and region and place), with a search-outbox row so the index gets it, unless another write placed it meanwhile. */
export async function placeCompany(prisma: PrismaClient, id: string, at: { lat: number; lng: number; region: string | null; placeId: number }): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.company.updateMany({ where: { id, OR: [{ lat: null }, { lng: null }] }, data: at });
    if (count > 0) await enqueueOutbox(tx, "company", id);
    return count > 0;
  });
}
