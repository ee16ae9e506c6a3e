import type { PlaceSuggestion, UiLocale } from "@cluster-match/shared";
import { z } from "zod";
import type { placeResolveInputSchema, placeSuggestInputSchema } from "@cluster-match/shared";
import { regions } from "../search-index/query/regions.ts";
import { findPlace, namesPlace, placeById, suggestPlaces, type Place } from "./gazetteer.ts";

const regionNames = new Map(regions.map((r) => [r.code, r]));

/** The NUTS 2 region's name in the reader's language (its local name when none is listed). */
function regionName(code: string | null, locale: UiLocale): string | null {
  if (!code) return null;
  const region = regionNames.get(code);
  return region ? (region.names[locale]?.[0] ?? region.name) : null;
}

function toSuggestion(place: Place, locale: UiLocale): PlaceSuggestion {
  return {
    placeId: place.id,
    name: locale === "bg" ? place.name : place.nameLatin,
    nameLocal: place.name,
    nameLatin: place.nameLatin,
    country: place.country,
    regionCode: place.region,
    regionName: regionName(place.region, locale),
    lat: place.lat,
    lng: place.lng,
    population: place.population,
  };
}

/** Up to ten places for what a person typed in a city field, in either script. */
export function suggest(input: z.infer<typeof placeSuggestInputSchema>): PlaceSuggestion[] {
  return suggestPlaces(input.q, { country: input.country, limit: 10 }).map((p) => toSuggestion(p, input.locale));
}

export function resolve(input: z.infer<typeof placeResolveInputSchema>): PlaceSuggestion | null {
  const place = placeById(input.placeId);
  return place ? toSuggestion(place, input.locale) : null;
}

/** Where a firm is, as the company row stores it. */
export interface Located {
  city: string;
  cityLatin: string;
  region: string | null;
  lat: number | null;
  lng: number | null;
  placeId: number | null;
}

/**
 * Places a firm from the place picked in the city picker (when it is in the firm's country and
 * the city field still names it) or else from the city as typed (the same name in that country,
 * the most populous). A found place sets the city's names in both scripts, the coordinates and
 * the NUTS 2 region; an unknown city is kept as typed, without a position or region. Nobody
 * types coordinates or NUTS codes.
 */
export function locate(input: { city: string; cityLatin?: string | null | undefined; country: string; placeId?: number | null | undefined }): Located & { found: boolean } {
  const typed = { city: input.city, cityLatin: input.cityLatin ?? input.city };
  const candidate = input.placeId ? placeById(input.placeId) : null;
  const picked = candidate && candidate.country === input.country && namesPlace(input.city, candidate) ? candidate : null;
  const place = picked ?? findPlace(input.city, input.country) ?? (input.cityLatin ? findPlace(input.cityLatin, input.country) : null);
  if (!place) return { ...typed, region: null, lat: null, lng: null, placeId: null, found: false };
  // A picked place names the city in the gazetteer's spelling; a typed one keeps the person's.
  const names = picked ? { city: place.name, cityLatin: place.nameLatin } : typed;
  return { ...names, region: place.region, lat: place.lat, lng: place.lng, placeId: place.id, found: true };
}
