import { z } from "zod";
import { checkRegistryId, type RegistryIdProblem } from "../registry-id.ts";
import { displayName, safeText } from "../text-safety.ts";
import {
  capabilityCodeSchema,
  certificationCodeSchema,
  contentLanguageSchema,
  countryCodeSchema,
  labelledCodeSchema,
  languageCodeSchema,
  materialCodeSchema,
  pageMetaSchema,
  paginationInputSchema,
  uiLocaleSchema,
} from "./common.ts";
import { seekSchema } from "./company.ts";
import { versionSchema } from "./edit-conflict.ts";
import { placeIdSchema } from "./places.ts";

// ---- closed lists -------------------------------------------------------------------------

export const companyStatuses = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "SUSPENDED", "ARCHIVED"] as const;
export type CompanyStatus = (typeof companyStatuses)[number];
export const revisionStatuses = ["DRAFT", "PENDING", "APPROVED", "REJECTED", "SUPERSEDED"] as const;
export type RevisionStatus = (typeof revisionStatuses)[number];
/** How the signed-in user acts for a company (the access middleware decides it). */
export const companyActorRoles = ["OWNER", "EDITOR", "CLUSTER_MANAGER", "ADMIN"] as const;
export type CompanyActorRole = (typeof companyActorRoles)[number];

/** Largest logo file accepted (before re-encoding). */
export const logoMaxBytes = 2 * 1024 * 1024;
/** Logos are re-encoded to fit inside this square. */
export const logoMaxSide = 512;

const registryIdMessages: Record<RegistryIdProblem, string> = {
  format: "registry id has the wrong format for its country",
  checksum: "registry id check digit is wrong",
  country_prefix: "VAT id prefix does not match the company's country",
};

const noCyrillic = /^[^\u0400-\u04FF]*$/;
const latinText = (max: number) => displayName(z.string().trim().min(1).max(max).regex(noCyrillic, "Latin letters expected"));

// ---- the profile editor shape -------------------------------------------------------------

/** Storage key of an uploaded logo; only the upload procedure makes them. */
export const logoKeySchema = z.string().regex(/^logos\/[A-Za-z0-9_-]{1,120}\.webp$/, "logo key expected");
export const nameSchema = displayName(z.string().trim().min(2).max(200));
export const nameLatinSchema = latinText(200).min(2);
export const legalFormSchema = displayName(z.string().trim().min(1).max(40));
export const citySchema = displayName(z.string().trim().min(1).max(100));
export const cityLatinSchema = latinText(100);
export const regionSchema = z.string().regex(/^[A-Z]{2}[A-Z0-9]{1,3}$/, "NUTS code expected");
export const websiteSchema = z.url({ protocol: /^https?$/ }).max(300);
export const registryIdInputSchema = z.string().trim().min(4).max(20);

/** Every field of the profile; what a saved draft may hold (capabilities and description may still be empty). */
const profileShape = {
  name: nameSchema,
  nameLatin: nameLatinSchema,
  legalForm: legalFormSchema,
  city: citySchema,
  cityLatin: cityLatinSchema,
  region: regionSchema.nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lng: z.number().min(-180).max(180).nullable(),
  /** Gazetteer place of the city (server/src/places); region, lat and lng are derived from it, never typed. */
  placeId: placeIdSchema.nullable().optional(),
  website: websiteSchema.nullable(),
  email: z.email().max(254).nullable(),
  phone: z.string().trim().regex(/^\+?[0-9][0-9 ()/.-]{4,29}$/, "phone number expected").nullable(),
  foundedYear: z.number().int().min(1800).max(new Date().getFullYear()).nullable(),
  employees: z.number().int().min(1).max(1_000_000).nullable(),
  languages: z.array(languageCodeSchema).max(20),
  /** Ordered: the main capabilities first. */
  capabilities: z.array(capabilityCodeSchema).max(30),
  certifications: z.array(z.object({ code: certificationCodeSchema, validUntil: z.iso.date().nullable() })).max(30),
  materials: z.array(materialCodeSchema).max(30),
  machines: z.array(displayName(z.string().trim().min(1).max(200))).max(100),
  naceCodes: z.array(z.string().regex(/^\d{2}(\.\d{1,2})?$/, "NACE code like 25.62 expected")).max(10),
  exportMarkets: z.array(countryCodeSchema).max(60),
  description: z.partialRecord(contentLanguageSchema, safeText(z.string().trim().min(1).max(10_000))),
  seeks: z.array(seekSchema).max(20),
  logoKey: logoKeySchema.nullable(),
};

type ProfileLike = {
  lat: number | null;
  lng: number | null;
  languages: string[];
  capabilities: string[];
  certifications: { code: string }[];
  materials: string[];
  exportMarkets: string[];
  naceCodes: string[];
};

function refineProfile(p: ProfileLike, ctx: z.RefinementCtx): void {
  if ((p.lat === null) !== (p.lng === null)) ctx.addIssue({ code: "custom", path: ["lat"], message: "lat and lng go together" });
  const lists: [keyof ProfileLike, string[]][] = [
    ["languages", p.languages],
    ["capabilities", p.capabilities],
    ["certifications", p.certifications.map((c) => c.code)],
    ["materials", p.materials],
    ["exportMarkets", p.exportMarkets],
    ["naceCodes", p.naceCodes],
  ];
  for (const [field, values] of lists) {
    if (new Set(values).size !== values.length) ctx.addIssue({ code: "custom", path: [field], message: "each value only once" });
  }
}

/** A working copy of a profile as the editor saves it: complete enough to store, not yet to publish. */
export const companyProfileDraftSchema = z.object(profileShape).superRefine(refineProfile);
export type CompanyProfile = z.infer<typeof companyProfileDraftSchema>;
export type CompanyProfileInput = z.input<typeof companyProfileDraftSchema>;

const publishableShape = {
  ...profileShape,
  capabilities: profileShape.capabilities.min(1, "at least one capability"),
  description: profileShape.description.refine((d) => Object.keys(d).length > 0, "a description in at least one language"),
};

/** A profile that may be published (submitted for review, approved, edited by an admin). */
export const companyProfileSchema = z.object(publishableShape).superRefine(refineProfile);

/** The admin's edit: the whole profile plus what only admins may change. */
export const adminCompanyProfileSchema = z
  .object({ ...publishableShape, registryId: registryIdInputSchema, country: countryCodeSchema })
  .superRefine((p, ctx) => {
    refineProfile(p, ctx);
    const problem = checkRegistryId(p.country, p.registryId);
    if (problem) ctx.addIssue({ code: "custom", path: ["registryId"], message: registryIdMessages[problem] });
  });
export type AdminCompanyProfile = z.infer<typeof adminCompanyProfileSchema>;

// ---- registration -------------------------------------------------------------------------

export const companyRegisterInputSchema = z
  .object({
    name: nameSchema,
    /** Derived from the name (Streamlined System) when absent. */
    nameLatin: nameLatinSchema.optional(),
    legalForm: legalFormSchema,
    country: countryCodeSchema,
    registryId: registryIdInputSchema,
    city: citySchema,
    cityLatin: cityLatinSchema.optional(),
    /** The place picked in the city picker; without it the server finds the city by name. Region and coordinates are derived. */
    placeId: placeIdSchema.optional(),
    website: websiteSchema.optional(),
    /** The user saw the similar companies and says theirs is a different one. */
    confirmNotDuplicate: z.boolean().default(false),
  })
  .superRefine((c, ctx) => {
    const problem = checkRegistryId(c.country, c.registryId);
    if (problem) ctx.addIssue({ code: "custom", path: ["registryId"], message: registryIdMessages[problem] });
  });
export type CompanyRegisterInput = z.input<typeof companyRegisterInputSchema>;

export const companyRegisterOutputSchema = z.object({ companyId: z.string(), slug: z.string() });

/** `details` of a DUPLICATE_COMPANY error: only published companies are ever named. */
export const duplicateCompanyDetailsSchema = z.discriminatedUnion("reason", [
  z.object({ reason: z.literal("registry_id"), company: z.object({ name: z.string(), slug: z.string() }).nullable() }),
  z.object({ reason: z.literal("similar_name"), candidates: z.array(z.object({ name: z.string(), city: z.string(), slug: z.string() })) }),
]);
export type DuplicateCompanyDetails = z.infer<typeof duplicateCompanyDetailsSchema>;

/** What registration noticed and the admin should look at (kept with the revision). */
export const possibleDuplicateSchema = z.object({
  id: z.string(),
  name: z.string(),
  city: z.string(),
  slug: z.string(),
  status: z.enum(companyStatuses),
});
export type PossibleDuplicate = z.infer<typeof possibleDuplicateSchema>;

// ---- the member's workspace ---------------------------------------------------------------

export const revisionStateSchema = z.object({
  id: z.string(),
  status: z.enum(revisionStatuses),
  submittedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  updatedAt: z.string(),
});
export type RevisionState = z.infer<typeof revisionStateSchema>;

export const myCompanySchema = z.object({
  companyId: z.string(),
  slug: z.string(),
  name: z.string(),
  nameLatin: z.string(),
  role: z.enum(["OWNER", "EDITOR"]),
  status: z.enum(companyStatuses),
  verified: z.boolean(),
  logoUrl: z.string().nullable(),
  /** The open revision (draft, in review or rejected), if any. */
  revision: revisionStateSchema.nullable(),
});
export const myCompaniesOutputSchema = z.array(myCompanySchema);
export type MyCompany = z.infer<typeof myCompanySchema>;

export const editableCompanySchema = z.object({
  companyId: z.string(),
  slug: z.string(),
  status: z.enum(companyStatuses),
  verified: z.boolean(),
  suspendedReason: z.string().nullable(),
  registryId: z.string(),
  country: z.string(),
  publishedAt: z.string().nullable(),
  /** The role the caller acts in (owners manage the team). */
  actingAs: z.enum(companyActorRoles),
  /** The working copy: the open revision's data, else the published profile. */
  data: companyProfileDraftSchema,
  logoUrl: z.string().nullable(),
  revision: revisionStateSchema.nullable(),
  /** The version of the working copy; saving, submitting, discarding and logo changes send it back. */
  version: z.number().int(),
});
export type EditableCompany = z.infer<typeof editableCompanySchema>;

export const updateProfileInputSchema = z.object({ data: companyProfileDraftSchema, version: versionSchema });
/** Steps on the working copy without new data: refused when given a version that is no longer current. */
export const draftVersionInputSchema = z.object({ version: versionSchema.optional() });

// ---- logo ---------------------------------------------------------------------------------

export const uploadLogoInputSchema = z.object({
  fileName: displayName(z.string().trim().min(1).max(200)),
  /** The file's bytes; larger than logoMaxBytes is refused with FILE_TOO_LARGE after decoding. */
  dataBase64: z.string().min(1).max(4_000_000),
  /** The working copy's version the editor holds (the logo goes into the working copy). */
  version: versionSchema.optional(),
});
/** `version`: the working copy's version after the change. */
export const uploadLogoOutputSchema = z.object({ logoKey: z.string(), logoUrl: z.string(), width: z.number().int(), height: z.number().int(), version: z.number().int() });
export const removeLogoOutputSchema = z.object({ ok: z.literal(true), version: z.number().int() });

// ---- admin review -------------------------------------------------------------------------

export const pendingRevisionsInputSchema = paginationInputSchema;
export const pendingRevisionSchema = z.object({
  revisionId: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  companySlug: z.string(),
  companyStatus: z.enum(companyStatuses),
  /** Never published before: the whole profile is new. */
  isNew: z.boolean(),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
});
export const pendingRevisionsOutputSchema = pageMetaSchema.extend({ items: z.array(pendingRevisionSchema) });
export type PendingRevision = z.infer<typeof pendingRevisionSchema>;

export const revisionIdInputSchema = z.object({ revisionId: z.string().trim().min(1).max(60) });
export const revisionDiffInputSchema = revisionIdInputSchema.extend({ locale: uiLocaleSchema.default("en") });
export const rejectRevisionInputSchema = revisionIdInputSchema.extend({ reason: safeText(z.string().trim().min(5).max(1000)) });

/** The fields a person edits and a reviewer compares (the gazetteer place follows the city, so it is none of them). */
export type ProfileField = Exclude<keyof typeof profileShape, "placeId">;
export const profileFields = (Object.keys(profileShape) as (keyof typeof profileShape)[]).filter((f): f is ProfileField => f !== "placeId");
const profileFieldSchema = z.enum(profileFields as [ProfileField, ...ProfileField[]]);

const seekLabelSchema = z.object({ type: z.string(), capabilities: z.array(z.string()), countries: z.array(z.string()) });
export const wordDiffPartSchema = z.object({ text: z.string(), change: z.enum(["same", "added", "removed"]) });

/** One changed field: a value, a list, a text in one language (with its word diff), seeks or the logo. */
export const diffEntrySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("value"), field: profileFieldSchema, before: z.string().nullable(), after: z.string().nullable() }),
  z.object({
    kind: z.literal("list"),
    field: profileFieldSchema,
    added: z.array(labelledCodeSchema),
    removed: z.array(labelledCodeSchema),
    kept: z.array(labelledCodeSchema),
    /** Same values, new order (capabilities: the main ones first). */
    reordered: z.boolean(),
  }),
  z.object({
    kind: z.literal("text"),
    field: profileFieldSchema,
    lang: z.string(),
    before: z.string().nullable(),
    after: z.string().nullable(),
    parts: z.array(wordDiffPartSchema),
  }),
  z.object({ kind: z.literal("seeks"), field: profileFieldSchema, added: z.array(seekLabelSchema), removed: z.array(seekLabelSchema) }),
  z.object({ kind: z.literal("logo"), field: profileFieldSchema, before: z.string().nullable(), after: z.string().nullable() }),
]);
export type DiffEntry = z.infer<typeof diffEntrySchema>;

export const revisionDiffOutputSchema = z.object({
  revision: z.object({
    id: z.string(),
    status: z.enum(revisionStatuses),
    submittedAt: z.string().nullable(),
    submittedByName: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    rejectionReason: z.string().nullable(),
  }),
  company: z.object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    status: z.enum(companyStatuses),
    registryId: z.string(),
    country: z.string(),
    publishedAt: z.string().nullable(),
  }),
  isNew: z.boolean(),
  possibleDuplicates: z.array(possibleDuplicateSchema),
  changes: z.array(diffEntrySchema),
  unchangedFields: z.array(profileFieldSchema),
});
export type RevisionDiff = z.infer<typeof revisionDiffOutputSchema>;

export const reviewDecisionOutputSchema = z.object({ companyId: z.string(), slug: z.string(), status: z.enum(companyStatuses), revisionStatus: z.enum(revisionStatuses) });

// ---- admin curation -----------------------------------------------------------------------

export const setVerifiedInputSchema = z.object({ verified: z.boolean() });
export const suspendInputSchema = z.object({ reason: safeText(z.string().trim().min(5).max(1000)) });
export const adminUpdateInputSchema = z.object({ data: adminCompanyProfileSchema, version: versionSchema });
export const adminGetInputSchema = z.object({ companyId: z.string().trim().min(1).max(60) });

export const adminCompanySchema = z.object({
  companyId: z.string(),
  slug: z.string(),
  status: z.enum(companyStatuses),
  verified: z.boolean(),
  suspendedReason: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  registryId: z.string(),
  country: z.string(),
  /** The profile as the company row holds it (the published version once published). */
  data: companyProfileDraftSchema,
  logoUrl: z.string().nullable(),
  members: z.array(z.object({ name: z.string(), email: z.string(), role: z.enum(["OWNER", "EDITOR"]) })),
  openRevision: revisionStateSchema.nullable(),
  /** The company row's version; the admin's edit sends it back. */
  version: z.number().int(),
});
export type AdminCompany = z.infer<typeof adminCompanySchema>;

// ---- capability picker --------------------------------------------------------------------

const allLabelsSchema = z.partialRecord(contentLanguageSchema, z.string());
const allSynonymsSchema = z.partialRecord(contentLanguageSchema, z.array(z.string()));

/** The vocabularies with every language's labels and synonyms, for pickers that search in all of them. */
export const taxonomyPickerOutputSchema = z.object({
  capabilities: z.array(
    z.object({ code: z.string(), group: z.string(), parentCode: z.string().nullable(), isGroup: z.boolean(), labels: allLabelsSchema, synonyms: allSynonymsSchema }),
  ),
  materials: z.array(z.object({ code: z.string(), labels: allLabelsSchema, synonyms: allSynonymsSchema })),
  certifications: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type TaxonomyPickerOutput = z.infer<typeof taxonomyPickerOutputSchema>;
export type PickerTerm = TaxonomyPickerOutput["capabilities"][number];
