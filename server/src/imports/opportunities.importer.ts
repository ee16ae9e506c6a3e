import { opportunityImportSchema, type OpportunityImport } from "@cluster-match/shared";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { shiftDay } from "./dataset-dates.ts";
import type { EntityImporter } from "./import-runner.ts";
import { createOpportunity, loadOpportunityRows, updateOpportunity, type OpportunityImportRow } from "./import.repository.ts";
import type { KnownCodes } from "./vocabulary.importers.ts";

interface OpportunityState {
  companyExternalId: string;
  type: OpportunityImport["type"];
  title: unknown;
  description: unknown;
  requiredCapabilities: string[];
  targetCountries: string[];
  certificationsRequired: string[];
  cooperationTypes: OpportunityImport["cooperationTypes"];
  anonymous: boolean;
  deadline: string;
}

function stateFromRow(row: OpportunityImportRow): OpportunityState {
  return {
    companyExternalId: row.company.externalId ?? "",
    type: row.type,
    title: row.title,
    description: row.description,
    requiredCapabilities: row.requiredCapabilities.map((c) => c.capabilityCode),
    targetCountries: row.targetCountries,
    certificationsRequired: row.certificationsRequired.map((c) => c.certificationCode).sort(),
    cooperationTypes: row.cooperationTypes,
    anonymous: row.anonymous,
    deadline: row.deadline.toISOString().slice(0, 10),
  };
}

function stateFromRecord(r: OpportunityImport, shiftDays: number): OpportunityState {
  return {
    companyExternalId: r.companyExternalId,
    type: r.type,
    title: r.title,
    description: r.description,
    requiredCapabilities: r.requiredCapabilities,
    targetCountries: r.targetCountries,
    certificationsRequired: [...r.certificationsRequired].sort(),
    cooperationTypes: r.cooperationTypes,
    anonymous: r.anonymous,
    deadline: shiftDay(r.deadline, shiftDays),
  };
}

export function opportunityImporter(
  prisma: PrismaClient,
  known: KnownCodes,
  companyIds: Map<string, string>,
  /** The import's now (publication time of new opportunities) and the whole days deadlines move by. */
  dates: { now: Date; shiftDays: number },
): EntityImporter<OpportunityImport, OpportunityState> {
  const ids = new Map<string, string>();
  const split = (state: OpportunityState) => ({
    scalars: {
      companyId: companyIds.get(state.companyExternalId)!,
      type: state.type,
      title: state.title as object,
      description: state.description as object,
      targetCountries: state.targetCountries,
      cooperationTypes: state.cooperationTypes,
      anonymous: state.anonymous,
      deadline: new Date(`${state.deadline}T00:00:00Z`),
    },
    relations: { capabilityCodes: state.requiredCapabilities, certificationCodes: state.certificationsRequired },
  });

  return {
    entity: "opportunities",
    schema: opportunityImportSchema,
    key: (r) => r.externalId,
    loadExisting: async () => {
      const rows = await loadOpportunityRows(prisma);
      for (const row of rows) ids.set(row.externalId!, row.id);
      return new Map(rows.map((row) => [row.externalId!, stateFromRow(row)]));
    },
    check: (r) => {
      if (!companyIds.has(r.companyExternalId)) return `companyExternalId: unknown company ${r.companyExternalId}`;
      const capability = r.requiredCapabilities.find((c) => !known.capabilities.has(c));
      if (capability) return `requiredCapabilities: unknown capability code ${capability}`;
      const certification = r.certificationsRequired.find((c) => !known.certifications.has(c));
      if (certification) return `certificationsRequired: unknown certification code ${certification}`;
      return null;
    },
    toState: (r) => stateFromRecord(r, dates.shiftDays),
    // The data set has no lifecycle state: imported opportunities are published.
    create: async (r, state) => {
      const { scalars, relations } = split(state);
      await createOpportunity(prisma, { ...scalars, externalId: r.externalId, status: "PUBLISHED", publishedAt: dates.now, createdAt: dates.now }, relations);
    },
    update: async (r, state) => {
      const { scalars, relations } = split(state);
      await updateOpportunity(prisma, ids.get(r.externalId)!, scalars, relations);
    },
  };
}
