import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import { locate } from "./places.service.ts";
import { findUnplacedCompanies, placeCompany } from "./places.repository.ts";

/**
 * Gives the firms without a map position the gazetteer's one for their city and country (and its
 * region where they have none), each with a search-outbox row. Run at every start: firms placed
 * once are not looked at again, a city the gazetteer does not know stays unplaced (and counted).
 */
export async function placeUnplacedCompanies(ctx: { prisma: PrismaClient; logger: Logger }): Promise<{ placed: number; unknown: number }> {
  const firms = await findUnplacedCompanies(ctx.prisma);
  let placed = 0;
  let unknown = 0;
  for (const firm of firms) {
    const at = locate({ city: firm.city, cityLatin: firm.cityLatin, country: firm.country });
    if (!at.found || at.lat === null || at.lng === null || at.placeId === null) {
      unknown++;
      continue;
    }
    if (await placeCompany(ctx.prisma, firm.id, { lat: at.lat, lng: at.lng, region: firm.region ?? at.region, placeId: at.placeId })) placed++;
  }
  if (firms.length > 0) ctx.logger.info({ placed, unknown }, "placed firms without a map position");
  return { placed, unknown };
}
