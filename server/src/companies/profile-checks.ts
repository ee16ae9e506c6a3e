import { AppError, companyProfileSchema, type CompanyProfile } from "@cluster-match/shared";
import { cityKey } from "./duplicate-names.ts";
import { locate } from "../places/places.service.ts";
import { findKnownCodes, type Db } from "./profile.repository.ts";

/**
 * Codes must name existing vocabulary entries (capabilities: terms, not group headings), so a
 * profile never refers to something search cannot label. Reports every unknown code by field.
 */
export async function assertKnownCodes(db: Db, profile: CompanyProfile): Promise<void> {
  const seekCodes = profile.seeks.flatMap((s) => s.capabilities);
  const known = await findKnownCodes(db, {
    capabilities: [...profile.capabilities, ...seekCodes],
    certifications: profile.certifications.map((c) => c.code),
    materials: profile.materials,
  });
  const unknown: Record<string, string[]> = {};
  const note = (field: string, codes: string[]) => {
    if (codes.length > 0) unknown[field] = codes;
  };
  note("capabilities", profile.capabilities.filter((c) => !known.capabilities.has(c)));
  note("seeks", seekCodes.filter((c) => !known.capabilities.has(c) && !known.groups.has(c)));
  note("certifications", profile.certifications.map((c) => c.code).filter((c) => !known.certifications.has(c)));
  note("materials", profile.materials.filter((c) => !known.materials.has(c)));
  if (Object.keys(unknown).length > 0) throw new AppError("VALIDATION", "Unknown codes in the profile", { unknownCodes: unknown });
}

/**
 * A logo key in a profile must be one the upload made for this company (or the one it has):
 * a member cannot point their profile at another company's file.
 */
export function assertOwnLogo(companyId: string, logoKey: string | null, allowed: (string | null)[]): void {
  if (logoKey === null || allowed.includes(logoKey)) return;
  if (!logoKey.startsWith(`logos/${companyId}-`)) throw new AppError("VALIDATION", "Unknown logo", { fields: ["logoKey"] });
}

/** Whether a stored working copy may be published; lists the fields that are missing or wrong. */
export function assertPublishable(profile: CompanyProfile): CompanyProfile {
  const parsed = companyProfileSchema.safeParse(profile);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "")))].filter(Boolean);
    throw new AppError("VALIDATION", "The profile is not complete", { fields });
  }
  return parsed.data;
}

type Location = Pick<CompanyProfile, "city" | "cityLatin" | "region" | "lat" | "lng" | "placeId">;

/**
 * The profile with its place derived from the city (and the place picked in the city picker):
 * coordinates, NUTS 2 region and gazetteer id come from the gazetteer, whatever was sent. While the
 * city stays the same, the position the firm had is kept (its own site, or an imported village the
 * gazetteer does not know); a new city without a gazetteer entry has none.
 */
export function withDerivedLocation(profile: CompanyProfile, country: string, current: Location | null): CompanyProfile {
  const sameCity = current !== null && cityKey(current.cityLatin) === cityKey(profile.cityLatin);
  // An edit that leaves the city alone never moves a firm: imported positions are often the
  // firm's own site, more precise than the city's centre the gazetteer knows.
  const pickedOther = profile.placeId != null && profile.placeId !== current?.placeId;
  if (sameCity && current.lat !== null && current.lng !== null && !pickedOther) {
    return { ...profile, region: current.region, lat: current.lat, lng: current.lng, placeId: current.placeId ?? null };
  }
  const at = locate({ city: profile.city, cityLatin: profile.cityLatin, country, placeId: profile.placeId });
  if (at.found) return { ...profile, city: at.city, cityLatin: at.cityLatin, region: at.region, lat: at.lat, lng: at.lng, placeId: at.placeId };
  const kept = sameCity ? { region: current.region, lat: current.lat, lng: current.lng } : { region: null, lat: null, lng: null };
  return { ...profile, ...kept, placeId: null };
}
