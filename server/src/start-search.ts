import { listClusters } from "./clusters/clusters.service.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";
import type { Logger } from "./logger.ts";
import { startSearch, type SearchRuntime, type SearchRuntimeOptions } from "./search-index/search-runtime.ts";
import { loadVocabulary } from "./taxonomy/taxonomy.service.ts";

/**
 * Starts the search engine with the labels its services show, loaded by their own domains: the
 * engine (search-index/) stays below the domains and never imports them.
 */
export function startAppSearch(options: { prisma: PrismaClient; logger: Logger } & Omit<SearchRuntimeOptions, "prisma" | "logger" | "reference">): Promise<SearchRuntime> {
  const { prisma } = options;
  return startSearch({
    ...options,
    reference: {
      vocabulary: (locale) => loadVocabulary({ prisma }, { locale }),
      clusterNames: async (locale) => new Map((await listClusters({ prisma }, { locale })).map((c) => [c.slug, c.name])),
    },
  });
}
