import type { PrismaClient } from "../generated/prisma/client.ts";

const termSelect = { code: true, group: true, parentCode: true, isGroup: true, labels: true, synonyms: true, sortOrder: true } as const;
const materialSelect = { code: true, labels: true, synonyms: true } as const;
const certificationSelect = { code: true, name: true, description: true } as const;

export async function findAllTerms(prisma: PrismaClient) {
  return prisma.capabilityTerm.findMany({ select: termSelect, orderBy: { sortOrder: "asc" } });
}

export async function findAllMaterials(prisma: PrismaClient) {
  return prisma.material.findMany({ select: materialSelect, orderBy: { sortOrder: "asc" } });
}

export async function findAllCertifications(prisma: PrismaClient) {
  return prisma.certification.findMany({ select: certificationSelect, orderBy: { sortOrder: "asc" } });
}
