import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./profile.repository.ts";

type Tx = Prisma.TransactionClient;

/** The distinct Latin city names companies have (a few hundred), for matching a city across spellings. */
export async function findCityLatinsInUse(db: Db): Promise<string[]> {
  const rows = await db.company.groupBy({ by: ["cityLatin"], where: { status: { not: "ARCHIVED" } } });
  return rows.map((r) => r.cityLatin);
}

/** Companies in any of these cities (exact Latin names), with what the duplicate check compares. */
export async function findCompaniesInCities(db: Db, cityLatins: string[]) {
  if (cityLatins.length === 0) return [];
  return db.company.findMany({
    where: { cityLatin: { in: cityLatins }, status: { not: "ARCHIVED" } },
    select: { id: true, name: true, nameLatin: true, city: true, cityLatin: true, slug: true, status: true },
  });
}

export async function findSlugsStartingWith(db: Db, base: string): Promise<Set<string>> {
  const rows = await db.company.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return new Set(rows.map((r) => r.slug));
}

export interface NewCompany {
  slug: string;
  name: string;
  nameLatin: string;
  legalForm: string;
  country: string;
  registryId: string;
  city: string;
  cityLatin: string;
  region: string | null;
  lat: number | null;
  lng: number | null;
  placeId: number | null;
  website: string | null;
}

/** The company (a draft nobody else sees) and its first owner. */
export async function createDraftCompany(tx: Tx, data: NewCompany, ownerId: string): Promise<string> {
  const { id } = await tx.company.create({ data: { ...data, status: "DRAFT", description: {}, seeks: [] }, select: { id: true } });
  await tx.membership.create({ data: { userId: ownerId, companyId: id, role: "OWNER" }, select: { id: true } });
  return id;
}
