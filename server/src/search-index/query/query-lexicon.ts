import type { PrismaClient } from "../../generated/prisma/client.ts";
import { findCompanyCities, findPublishedCompanyNames, loadSearchVocabularyRows } from "../search.repository.ts";
import { buildLexicon, type Lexicon } from "./lexicon.ts";
import { places, type Place } from "./places.ts";

/**
 * The lexicon for query understanding: the taxonomy, materials and certifications from the
 * database, the gazetteer, and any other city where member companies are (mean of their
 * coordinates), so a new member's town is understood without a code change; and the names of
 * the published firms, so a query naming one finds it first.
 */
export async function loadQueryLexicon(prisma: PrismaClient): Promise<Lexicon> {
  const [vocabulary, cities, companies] = await Promise.all([loadSearchVocabularyRows(prisma), findCompanyCities(prisma), findPublishedCompanyNames(prisma)]);
  const known = new Set(places.map((p) => `${p.country}:${p.nameLatin}`));
  const extra: Place[] = cities
    .filter((c) => !known.has(`${c.country}:${c.cityLatin}`))
    .map((c) => ({ name: c.city, nameLatin: c.cityLatin, country: c.country, lat: c.lat, lng: c.lng, aliases: [] }));
  return buildLexicon({ ...vocabulary, places: [...places, ...extra], companies });
}
