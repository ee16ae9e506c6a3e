import {
  AppError,
  bgToLatin,
  hasCyrillic,
  normalizeRegistryId,
  slugify,
  type companyRegisterInputSchema,
  type PossibleDuplicate,
} from "@cluster-match/shared";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { auditIfAuthority } from "../audit/audit-rule.ts";
import type { UserContext } from "../context.ts";
import { locate } from "../places/places.service.ts";
import { cityKey, isProbableDuplicate } from "./duplicate-names.ts";
import { profileFromRow, revisionJson } from "./profile-data.ts";
import { findCompanyByRegistryId, findCompanyProfile, type Db } from "./profile.repository.ts";
import { createDraftCompany, findCityLatinsInUse, findCompaniesInCities, findSlugsStartingWith } from "./registration.repository.ts";
import { createRevision } from "./revisions.repository.ts";

type RegisterInput = z.infer<typeof companyRegisterInputSchema>;

/** One spelling per firm: upper case without separators; a Bulgarian EIK without the "BG" of its VAT form. */
export function canonicalRegistryId(country: string, raw: string): string {
  const id = normalizeRegistryId(raw);
  return country === "BG" && /^BG\d+$/.test(id) ? id.slice(2) : id;
}

/** The Latin form given, or the Streamlined transliteration of the original; Cyrillic left over is refused. */
function latinForm(field: string, original: string, given: string | undefined): string {
  const latin = (given ?? (hasCyrillic(original) ? bgToLatin(original) : original)).trim();
  if (hasCyrillic(latin)) throw new AppError("VALIDATION", `${field} needs a Latin form`, { fields: [field] });
  return latin;
}

async function assertRegistryIdFree(db: Db, registryId: string): Promise<void> {
  const existing = await findCompanyByRegistryId(db, registryId);
  if (!existing) return;
  // Only a published firm may be named; an unpublished one is not public knowledge.
  const company = existing.status === "PUBLISHED" ? { name: existing.name, slug: existing.slug } : null;
  throw new AppError("DUPLICATE_COMPANY", "A company with this registry id is registered already", { reason: "registry_id", company });
}

/** Existing companies in the same city whose name is very similar, in any script. */
async function findSimilarCompanies(db: Db, candidate: { name: string; nameLatin: string; cityLatin: string }): Promise<PossibleDuplicate[]> {
  const key = cityKey(candidate.cityLatin);
  const cities = (await findCityLatinsInUse(db)).filter((city) => cityKey(city) === key);
  const rows = await findCompaniesInCities(db, cities);
  return rows
    .filter((row) => isProbableDuplicate(candidate, row))
    .map((row) => ({ id: row.id, name: row.name, city: row.city, slug: row.slug, status: row.status }));
}

async function uniqueSlug(db: Db, nameLatin: string): Promise<string> {
  const base = slugify(nameLatin) || "company";
  const taken = await findSlugsStartingWith(db, base);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

/**
 * Registers a company: a DRAFT nobody else sees, the caller as its owner and a first draft
 * revision holding the whole profile, in one transaction. Refuses a registry id that exists
 * and, unless the caller confirmed theirs is another firm, a very similar name in the same city.
 */
export async function registerCompany(ctx: UserContext, input: RegisterInput): Promise<{ companyId: string; slug: string }> {
  const registryId = canonicalRegistryId(input.country, input.registryId);
  const nameLatin = latinForm("nameLatin", input.name, input.nameLatin);
  // Coordinates and the NUTS 2 region come from the gazetteer, never from the person registering.
  const place = locate({ city: input.city, cityLatin: latinForm("cityLatin", input.city, input.cityLatin), country: input.country, placeId: input.placeId });
  const { city, cityLatin } = place;
  await assertRegistryIdFree(ctx.prisma, registryId);

  const similar = await findSimilarCompanies(ctx.prisma, { name: input.name, nameLatin, cityLatin });
  if (similar.length > 0 && !input.confirmNotDuplicate) {
    const candidates = similar.filter((c) => c.status === "PUBLISHED").map(({ name, city, slug }) => ({ name, city, slug }));
    throw new AppError("DUPLICATE_COMPANY", "A company with a very similar name is registered in this city", { reason: "similar_name", candidates });
  }

  const create = (slug: string) =>
    ctx.prisma.$transaction(async (tx) => {
      const companyId = await createDraftCompany(
        tx,
        {
          slug,
          name: input.name,
          nameLatin,
          legalForm: input.legalForm,
          country: input.country,
          registryId,
          city,
          cityLatin,
          region: place.region,
          lat: place.lat,
          lng: place.lng,
          placeId: place.placeId,
          website: input.website ?? null,
        },
        ctx.user.id,
      );
      const row = (await findCompanyProfile(tx, companyId))!;
      const revision = await createRevision(tx, companyId, revisionJson({ profile: profileFromRow(row), possibleDuplicates: similar }));
      await auditIfAuthority(tx, ctx, {
        action: "company.register",
        entityType: "company",
        entityId: companyId,
        summary: `${input.name} (${registryId})`,
        after: { ...profileFromRow(row), registryId, country: input.country, revisionId: revision.id },
      });
      return { companyId, slug };
    });

  const slug = await uniqueSlug(ctx.prisma, nameLatin);
  try {
    return await create(slug);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Lost a race: the same registry id registered a moment ago, or the same slug taken.
    await assertRegistryIdFree(ctx.prisma, registryId);
    return create(`${slug}-${randomBytes(2).toString("hex")}`);
  }
}
