import type { PrismaClient } from "./generated/prisma/client.ts";
import type { Logger } from "./logger.ts";
import type { SearchRuntime } from "./search/search-runtime.ts";

/** The signed-in user, as later filled in by the accounts domain. */
export interface SessionUser {
  id: string;
  role: "MEMBER" | "CLUSTER_MANAGER" | "ADMIN";
}

/** Inner context: everything a procedure needs, creatable in tests without HTTP. */
export interface Context {
  prisma: PrismaClient;
  logger: Logger;
  search: SearchRuntime;
  user: SessionUser | null;
}

export function createInnerContext(deps: { prisma: PrismaClient; logger: Logger; search: SearchRuntime; user?: SessionUser | null }): Context {
  return { prisma: deps.prisma, logger: deps.logger, search: deps.search, user: deps.user ?? null };
}
