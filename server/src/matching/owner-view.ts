import { findCompanyAccess } from "../access/access.repository.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";

/** Who asks for matches: the signed-in user, or null for a visitor. */
export type Viewer = { id: string; role: string } | null;

/**
 * Whether the viewer may know which anonymous opportunities the company owns: its members, the
 * managers of its clusters and admins, who see them in the company's workspace anyway. Everyone
 * else gets matches computed without the owner, so that no answer, alone or compared with
 * others, tells who it is.
 */
export async function viewerKnowsOwner(prisma: PrismaClient, viewer: Viewer, companyId: string): Promise<boolean> {
  return viewer !== null && (await findCompanyAccess(prisma, viewer, companyId)) !== null;
}
