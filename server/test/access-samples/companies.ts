import type { AccessSamples } from "../access-matrix.ts";
import { buildCompany, buildPendingRevision, onePixelPngBase64, profileOf, publishableProfile, randomEik } from "../company-builders.ts";
import { findWorkingVersion } from "../../src/companies/revisions.repository.ts";

// Mutations that would change the fixtures' company for everyone after them (suspend, admin
// edit, decisions) act on a fresh company of their own.
export const companiesSamples: AccessSamples = {
  "companies.list": () => ({ pageSize: 5 }),
  "companies.get": (f) => ({ idOrSlug: f.companyId }),
  "companies.register": () => ({
    name: `Матрица ${Math.random().toString(36).slice(2, 8)} ООД`,
    legalForm: "ООД",
    country: "BG",
    registryId: randomEik(),
    city: "Видин",
    confirmNotDuplicate: true,
  }),
  "companies.mine": () => undefined,
  "companies.getEditable": (f) => ({ companyId: f.companyId }),
  "companies.updateProfile": async (f) => ({
    companyId: f.companyId,
    data: await profileOf(f.prisma, f.companyId),
    version: await findWorkingVersion(f.prisma, f.companyId),
  }),
  "companies.submitForReview": (f) => ({ companyId: f.companyId }),
  "companies.discardDraft": (f) => ({ companyId: f.companyId }),
  "companies.uploadLogo": (f) => ({ companyId: f.companyId, fileName: "logo.png", dataBase64: onePixelPngBase64 }),
  "companies.removeLogo": (f) => ({ companyId: f.companyId }),
  "companies.pendingRevisions": () => ({ pageSize: 5 }),
  "companies.revisionDiff": async (f) => ({ revisionId: await buildPendingRevision(f.prisma, (await buildCompany(f.prisma, { status: "DRAFT" })).id), locale: "en" }),
  "companies.approveRevision": async (f) => ({ revisionId: await buildPendingRevision(f.prisma, (await buildCompany(f.prisma, { status: "PENDING_REVIEW" })).id) }),
  "companies.rejectRevision": async (f) => ({
    revisionId: await buildPendingRevision(f.prisma, (await buildCompany(f.prisma, { status: "PENDING_REVIEW" })).id),
    reason: "The description is missing.",
  }),
  "companies.adminGet": (f) => ({ companyId: f.companyId }),
  "companies.setVerified": async (f) => ({ companyId: (await buildCompany(f.prisma)).id, verified: true }),
  "companies.suspend": async (f) => ({ companyId: (await buildCompany(f.prisma)).id, reason: "Registry entry deleted." }),
  "companies.reinstate": async (f) => ({ companyId: (await buildCompany(f.prisma, { status: "SUSPENDED" })).id }),
  "companies.adminUpdate": async (f) => ({
    companyId: (await buildCompany(f.prisma)).id,
    data: { ...publishableProfile(), registryId: randomEik(), country: "BG" },
    version: 1,
  }),
};
