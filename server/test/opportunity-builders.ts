// Test data for the opportunity lifecycle (integration tests and access samples only).
import { utcDay, type OpportunityDraftInput, type OpportunityStatus } from "@cluster-match/shared";
import type { Clock } from "../src/clock.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";

/**
 * The builders, with "today" and the rows' timestamps taken from `clock`: the test's clock, so
 * that deadlines lie where the procedures (which read the same clock) expect them.
 */
export function opportunityBuilders(clock: Clock) {
  return {
    dayFromToday: (days: number) => dayFrom(clock.now(), days),
    draftInput: (overrides: Partial<OpportunityDraftInput> = {}) => draftInput(dayFrom(clock.now(), 30), overrides),
    buildOpportunity: (prisma: PrismaClient, companyId: string, options: BuildOptions = {}) => buildOpportunity(prisma, companyId, clock.now(), options),
  };
}

/** The calendar day `days` after the UTC day of `now`; negative for the past. */
function dayFrom(now: Date, days: number): string {
  return new Date(Date.parse(`${utcDay(now)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A valid draft as the editor sends it, with the given deadline (a month ahead in the builders). */
function draftInput(deadline: string, overrides: Partial<OpportunityDraftInput> = {}): OpportunityDraftInput {
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
    deadline,
    ...overrides,
  };
}

type BuildOptions = { status?: OpportunityStatus; deadline?: string; anonymous?: boolean; title?: Record<string, string> };

/** An opportunity straight in the database, in any state, stamped at `now` (no outbox: tests drain what they need). */
async function buildOpportunity(prisma: PrismaClient, companyId: string, now: Date, options: BuildOptions = {}): Promise<string> {
  const draft = draftInput(dayFrom(now, 30));
  const status = options.status ?? "DRAFT";
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
      createdAt: now,
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
