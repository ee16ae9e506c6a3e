import type { Prisma } from "../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;

/** A company's rows in the three vocabularies: capabilities (in order), certifications, materials. */
export interface CompanyVocabulary {
  capabilityCodes: string[];
  certifications: { code: string; validUntil?: Date | null }[];
  materialCodes: string[];
}

export interface CompanyVocabularyRows extends CompanyVocabulary {
  companyId: string;
  /** Position of the first capability; a merge appends after the positions the company already has. */
  firstPosition?: number;
}

/**
 * Adds capability, certification and material rows for one or many companies, one statement per
 * vocabulary. The codes must exist and must not be on the company yet.
 */
export async function insertCompanyVocabulary(tx: Tx, items: CompanyVocabularyRows[]): Promise<void> {
  await tx.companyCapability.createMany({
    data: items.flatMap(({ companyId, capabilityCodes, firstPosition = 0 }) =>
      capabilityCodes.map((capabilityCode, index) => ({ companyId, capabilityCode, position: firstPosition + index })),
    ),
  });
  await tx.companyCertification.createMany({
    data: items.flatMap(({ companyId, certifications }) =>
      certifications.map((c) => ({ companyId, certificationCode: c.code, validUntil: c.validUntil })),
    ),
  });
  await tx.companyMaterial.createMany({
    data: items.flatMap(({ companyId, materialCodes }) => materialCodes.map((materialCode) => ({ companyId, materialCode }))),
  });
}

/** Replaces the company's capabilities, certifications and materials with the given ones. */
export async function replaceCompanyVocabulary(tx: Tx, companyId: string, vocabulary: CompanyVocabulary): Promise<void> {
  await tx.companyCapability.deleteMany({ where: { companyId } });
  await tx.companyCertification.deleteMany({ where: { companyId } });
  await tx.companyMaterial.deleteMany({ where: { companyId } });
  await insertCompanyVocabulary(tx, [{ companyId, ...vocabulary }]);
}

/** Codes as certification rows without an expiry date (imports carry no dates). */
export const undatedCertifications = (codes: string[]): CompanyVocabulary["certifications"] => codes.map((code) => ({ code }));
