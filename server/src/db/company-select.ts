import type { Prisma } from "../generated/prisma/client.ts";

/**
 * The columns of a company's profile, written once: the profile editor, the public page, search,
 * imports and merges select them through these fragments, so a new profile column is added here
 * (and to the shared schema) and every reader gets it. Selects add their own ids, status and
 * relations; what a select leaves out on purpose (search never indexes contacts) stays out.
 */

/** How a firm is recognised: its names and town (what the duplicate check compares). */
export const companyIdentitySelect = {
  name: true,
  nameLatin: true,
  legalForm: true,
  city: true,
  cityLatin: true,
} as const satisfies Prisma.CompanySelect;

/** What a firm says about itself beyond name and town: place, size, languages, lists and texts (what a merge may fill in). */
export const companyFactsSelect = {
  region: true,
  lat: true,
  lng: true,
  foundedYear: true,
  employees: true,
  languages: true,
  machines: true,
  naceCodes: true,
  exportMarkets: true,
  description: true,
  seeks: true,
} as const satisfies Prisma.CompanySelect;

/** The profile's own columns (without contacts, registry id and country, which not every reader gets). */
export const companyProfileSelect = { ...companyIdentitySelect, ...companyFactsSelect } as const satisfies Prisma.CompanySelect;

/** How to reach the firm; only some readers may see e-mail and phone. */
export const companyContactSelect = { website: true, email: true, phone: true } as const satisfies Prisma.CompanySelect;

export type CompanyProfileColumns = Prisma.CompanyGetPayload<{ select: typeof companyProfileSelect }>;
export type CompanyContactColumns = Prisma.CompanyGetPayload<{ select: typeof companyContactSelect }>;
