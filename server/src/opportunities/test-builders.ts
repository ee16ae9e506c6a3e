// Test data for the opportunity lifecycle (integration tests and access samples only).
import { utcDay, type OpportunityDraftInput, type OpportunityStatus } from "@cluster-match/shared";
import type { PrismaClient } from "../generated/prisma/client.ts";

/** A calendar day `days` after today (UTC); negative for the past. */
export function dayFromToday(days: number, now = new Date()): string {
  return new Date(Date.parse(`${utcDay(now)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A valid draft as the editor sends it, with a deadline a month ahead. */
export function draftInput(overrides: Partial<OpportunityDraftInput> = {}): OpportunityDraftInput {
  return {
    type: "SUPPLY_REQUEST",
    title: { bg: "Търсим подизпълнител за ЦПУ фрезоване", en: "Subcontractor wanted for CNC milling" },
    description: {
      bg: "Търсим подизпълнител за серийно ЦПУ фрезоване на алуминиеви корпуси, около 500 броя месечно.",
      en: "We look for a subcontractor for series CNC milling of aluminium housings, about 500 pieces a month.",
    },
    requiredCapabilities: ["MACH.CNC_MILLING"],
    targetCountries: [],
    certificationsRequired: ["ISO_9001"],
    cooperationTypes: ["subcontracting"],
    anonymous: false,
    deadline: dayFromToday(30),
    ...overrides,
  };
}

/** An opportunity straight in the database, in any state (no outbox: tests drain what they need). */
export async function buildOpportunity(
  prisma: PrismaClient,
  companyId: string,
  options: { status?: OpportunityStatus; deadline?: string; anonymous?: boolean; title?: Record<string, string> } = {},
): Promise<string> {
  const draft = draftInput();
  const status = options.status ?? "DRAFT";
  const now = new Date();
  const { id } = await prisma.opportunity.create({
    data: {
      companyId,
      type: draft.type,
      title: options.title ?? draft.title,
      description: options.title ? Object.fromEntries(Object.keys(options.title).map((k) => [k, "A description long enough for the editor."])) : draft.description,
      targetCountries: draft.targetCountries ?? [],
      cooperationTypes: draft.cooperationTypes,
      anonymous: options.anonymous ?? false,
      deadline: new Date(`${options.deadline ?? draft.deadline}T00:00:00Z`),
      status,
      ...(status !== "DRAFT" ? { submittedAt: now } : {}),
      ...(["PUBLISHED", "EXPIRED", "CLOSED"].includes(status) ? { publishedAt: now } : {}),
      ...(status === "EXPIRED" ? { expiredAt: now } : {}),
      ...(status === "CLOSED" ? { closedAt: now } : {}),
      ...(status === "REJECTED" ? { rejectionReason: "Please describe the quantities." } : {}),
      requiredCapabilities: { create: [{ capabilityCode: "MACH.CNC_MILLING", position: 0 }] },
      certificationsRequired: { create: [{ certificationCode: "ISO_9001" }] },
    },
    select: { id: true },
  });
  return id;
}
