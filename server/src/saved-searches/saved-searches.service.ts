import {
  AppError,
  companySearchInputSchema,
  maxSavedSearches,
  opportunitySearchInputSchema,
  type SavedSearch,
  type SavedSearchKind,
  type createSavedSearchInputSchema,
  type savedSearchIdInputSchema,
  type updateSavedSearchInputSchema,
} from "@cluster-match/shared";
import { z } from "zod";
import type { UserContext } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import {
  countSavedSearches,
  deleteOwnSavedSearch,
  findOwnSavedSearch,
  findSavedSearches,
  insertSavedSearch,
  lockUser,
  updateOwnSavedSearch,
  type SavedSearchRow,
} from "./saved-searches.repository.ts";

const querySchemas = { COMPANIES: companySearchInputSchema, OPPORTUNITIES: opportunitySearchInputSchema } as const;

/**
 * The query as kept: the search input with its defaults, without page and UI language (the
 * page being read and the reader's language decide those).
 */
export function storedQuery(kind: SavedSearchKind, query: unknown): Prisma.InputJsonValue {
  const parsed = (querySchemas[kind] as z.ZodType<{ page: number; pageSize: number; locale: string }>).safeParse(query);
  if (!parsed.success) throw new AppError("VALIDATION", "The search is not valid", { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  const { page: _page, pageSize: _pageSize, locale: _locale, ...rest } = parsed.data;
  return JSON.parse(JSON.stringify(rest)) as Prisma.InputJsonValue;
}

function toDto(row: SavedSearchRow): SavedSearch {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    query: row.query && typeof row.query === "object" && !Array.isArray(row.query) ? (row.query as Record<string, unknown>) : {},
    frequency: row.frequency,
    lastDigestAt: row.lastDigestAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

// Every service here reads and writes only the signed-in user's own saved searches.

export async function listSavedSearches(ctx: UserContext): Promise<SavedSearch[]> {
  return (await findSavedSearches(ctx.prisma, ctx.user.id)).map(toDto);
}

export async function createSavedSearch(ctx: UserContext, input: z.infer<typeof createSavedSearchInputSchema>): Promise<SavedSearch> {
  const userId = ctx.user.id;
  const query = storedQuery(input.kind, input.query);
  return ctx.prisma.$transaction(async (tx) => {
    await lockUser(tx, userId);
    if ((await countSavedSearches(tx, userId)) >= maxSavedSearches) {
      throw new AppError("INVALID_STATE", `At most ${maxSavedSearches} saved searches`, { max: maxSavedSearches });
    }
    return toDto(await insertSavedSearch(tx, { userId, name: input.name, kind: input.kind, query, frequency: input.frequency }));
  });
}

export async function updateSavedSearch(ctx: UserContext, input: z.infer<typeof updateSavedSearchInputSchema>): Promise<SavedSearch> {
  const userId = ctx.user.id;
  const existing = await findOwnSavedSearch(ctx.prisma, userId, input.id);
  if (!existing) throw new AppError("NOT_FOUND", "Saved search not found");
  const query = input.data.query === undefined ? undefined : storedQuery(existing.kind, input.data.query);
  const row = await updateOwnSavedSearch(ctx.prisma, userId, input.id, { name: input.data.name, frequency: input.data.frequency, query });
  if (!row) throw new AppError("NOT_FOUND", "Saved search not found");
  return toDto(row);
}

export async function deleteSavedSearch(ctx: UserContext, input: z.infer<typeof savedSearchIdInputSchema>): Promise<{ ok: true }> {
  if ((await deleteOwnSavedSearch(ctx.prisma, ctx.user.id, input.id)) === 0) throw new AppError("NOT_FOUND", "Saved search not found");
  return { ok: true };
}
