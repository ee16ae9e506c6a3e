import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { companyContactSelect, companyProfileSelect } from "../db/company-select.ts";
import { replaceCompanyVocabulary, type CompanyVocabulary } from "./company-vocabulary.repository.ts";

/** Prisma client or an interactive transaction: reads work with both, writes take the transaction. */
export type Db = PrismaClient | Prisma.TransactionClient;
type Tx = Prisma.TransactionClient;

/** Everything of the company row the profile editor shows, and the facts around it. */
export const companyEditorSelect = {
  id: true,
  slug: true,
  status: true,
  verified: true,
  suspendedReason: true,
  registryId: true,
  country: true,
  publishedAt: true,
  createdAt: true,
  version: true,
  ...companyProfileSelect,
  ...companyContactSelect,
  logoKey: true,
  placeId: true,
  capabilities: { select: { capabilityCode: true }, orderBy: { position: "asc" } },
  certifications: { select: { certificationCode: true, validUntil: true }, orderBy: { certificationCode: "asc" } },
  materials: { select: { materialCode: true }, orderBy: { materialCode: "asc" } },
} as const satisfies Prisma.CompanySelect;
export type CompanyProfileRow = Prisma.CompanyGetPayload<{ select: typeof companyEditorSelect }>;

/** A company that is not archived (merged away), with its profile. */
export async function findCompanyProfile(db: Db, companyId: string): Promise<CompanyProfileRow | null> {
  return db.company.findFirst({ where: { id: companyId, status: { not: "ARCHIVED" } }, select: companyEditorSelect });
}

/**
 * Locks the company row until the transaction ends, so that two requests changing the same
 * company's revisions or team (a double submit, two owners at once) run one after the other.
 */
export async function lockCompany(tx: Tx, companyId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Company" WHERE "id" = ${companyId} FOR UPDATE`;
}

/** The columns of the company row a profile sets. */
export type ProfileScalars = Pick<
  Prisma.CompanyUncheckedUpdateInput,
  keyof typeof companyProfileSelect | keyof typeof companyContactSelect | "size" | "logoKey" | "placeId"
>;

export type ProfileRelations = CompanyVocabulary;

/**
 * Writes a profile onto the company row and replaces its capabilities, certifications and
 * materials, raising the row's version. With `version`, only if the row is still at it;
 * returns whether it wrote.
 */
export async function writeCompanyProfile(
  tx: Tx,
  companyId: string,
  scalars: ProfileScalars & Pick<Prisma.CompanyUncheckedUpdateInput, "status" | "publishedAt" | "registryId" | "country">,
  relations: ProfileRelations,
  version?: number,
): Promise<boolean> {
  const { count } = await tx.company.updateMany({
    where: { id: companyId, ...(version === undefined ? {} : { version }) },
    data: { ...scalars, version: { increment: 1 } },
  });
  if (count === 0) return false;
  await replaceCompanyVocabulary(tx, companyId, relations);
  return true;
}

export async function updateCompanyFields(
  tx: Tx,
  companyId: string,
  data: Pick<Prisma.CompanyUncheckedUpdateInput, "status" | "verified" | "suspendedReason" | "publishedAt">,
): Promise<void> {
  await tx.company.update({ where: { id: companyId }, data, select: { id: true } });
}

/** Ids of the company's opportunities, whose visibility follows the company's. */
export async function findOpportunityIdsOf(db: Db, companyId: string): Promise<string[]> {
  const rows = await db.opportunity.findMany({ where: { companyId }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Which of the codes exist, per vocabulary: capability terms that are not group headings, certifications, materials. */
export async function findKnownCodes(
  db: Db,
  codes: { capabilities: string[]; certifications: string[]; materials: string[] },
): Promise<{ capabilities: Set<string>; groups: Set<string>; certifications: Set<string>; materials: Set<string> }> {
  // One after another: inside a transaction the queries share one connection.
  const terms = await db.capabilityTerm.findMany({ where: { code: { in: codes.capabilities } }, select: { code: true, isGroup: true } });
  const certifications = await db.certification.findMany({ where: { code: { in: codes.certifications } }, select: { code: true } });
  const materials = await db.material.findMany({ where: { code: { in: codes.materials } }, select: { code: true } });
  return {
    capabilities: new Set(terms.filter((t) => !t.isGroup).map((t) => t.code)),
    groups: new Set(terms.filter((t) => t.isGroup).map((t) => t.code)),
    certifications: new Set(certifications.map((c) => c.code)),
    materials: new Set(materials.map((m) => m.code)),
  };
}

/** Another company holding this registry id, if any. */
export async function findCompanyByRegistryId(db: Db, registryId: string) {
  return db.company.findUnique({ where: { registryId }, select: { id: true, name: true, slug: true, status: true } });
}

/** The members' names and e-mails, for the admin's view of a company. */
export async function findMembersOf(db: Db, companyId: string) {
  return db.membership.findMany({
    where: { companyId },
    select: { role: true, user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
}

/** The companies a user is a member of (archived ones are gone for them), with the open revision. */
export async function findMyMemberships(db: Db, userId: string) {
  return db.membership.findMany({
    where: { userId, company: { status: { not: "ARCHIVED" } } },
    select: {
      role: true,
      company: {
        select: {
          id: true,
          slug: true,
          name: true,
          nameLatin: true,
          status: true,
          verified: true,
          logoKey: true,
          revisions: {
            where: { status: { in: ["DRAFT", "PENDING", "REJECTED"] } },
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            take: 1,
            select: { id: true, status: true, submittedAt: true, rejectionReason: true, updatedAt: true },
          },
        },
      },
    },
  });
}
