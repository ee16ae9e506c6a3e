import {
  AppError,
  foldToLatin,
  type addVocabularyTermInputSchema,
  type removeVocabularyTermInputSchema,
  type Vocabulary,
  type VocabularyConflictDetails,
  type VocabularyTermDto,
  type VocabularyTermKind,
  type vocabularyTermsInputSchema,
} from "@cluster-match/shared";
import type { z } from "zod";
import { auditIfAuthority } from "../audit/audit-rule.ts";
import type { UserContext } from "../context.ts";
import { enqueueOutbox } from "../outbox/outbox.repository.ts";
import { loadSearchVocabularyRows } from "../search-index/search.repository.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { commonWords, stopwords } from "../search-index/query/stopwords.ts";
import { createTerm, findActiveTerms, findTermById, lockVocabularyWrites, markTermRemoved, type VocabularyTermRow } from "./vocabulary.repository.ts";

type AddInput = z.output<typeof addVocabularyTermInputSchema>;
type RemoveInput = z.output<typeof removeVocabularyTermInputSchema>;
type ListInput = z.output<typeof vocabularyTermsInputSchema>;

function labelOf(vocabulary: Vocabulary, kind: VocabularyTermKind, code: string): string {
  return (kind === "capability" ? vocabulary.capability(code) : kind === "material" ? vocabulary.material(code) : vocabulary.certification(code)).label;
}

function termDto(row: VocabularyTermRow, vocabulary: Vocabulary): VocabularyTermDto {
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    label: labelOf(vocabulary, row.kind, row.code),
    language: row.locale,
    phrase: row.phrase,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy?.email ?? null,
  };
}

/** Every name of each code of a kind as search reads it: labels, synonyms, trade terms and admins' terms, folded. */
async function namesByCode(db: Prisma.TransactionClient, kind: VocabularyTermKind): Promise<Map<string, Set<string>>> {
  const rows = await loadSearchVocabularyRows(db);
  const names = new Map<string, Set<string>>();
  const add = (code: string, texts: unknown[]) => {
    const set = names.get(code) ?? new Set<string>();
    for (const text of texts) if (typeof text === "string" && foldToLatin(text)) set.add(foldToLatin(text));
    names.set(code, set);
  };
  const localized = (value: unknown) => Object.values((value ?? {}) as Record<string, unknown>).flat();
  if (kind === "capability") for (const t of rows.terms) add(t.code, [...localized(t.labels), ...localized(t.synonyms)]);
  if (kind === "material") for (const m of rows.materials) add(m.code, [...localized(m.labels), ...localized(m.synonyms)]);
  if (kind === "certification") for (const c of rows.certifications) add(c.code, [c.code, c.name, ...(c.aliases ?? [])]);
  return names;
}

/** The terms admins added and have not removed, newest first, with the label of their code. */
export async function listVocabularyTerms(ctx: Pick<UserContext, "prisma" | "search">, input: ListInput): Promise<{ items: VocabularyTermDto[] }> {
  const [rows, vocabulary] = await Promise.all([findActiveTerms(ctx.prisma), ctx.search.vocabulary(input.locale)]);
  return { items: rows.map((r) => termDto(r, vocabulary)) };
}

/**
 * Adds a synonym or trade term to a capability, material or certification in one language. It
 * must be new: not already a name of that code (label, synonym, trade term, another admin's
 * term) in any language, nor of another code of the same kind, which would make it ambiguous.
 * The term, its audit entry and the vocabulary outbox row are written together; the search
 * worker then reloads the lexicon and the engine's synonyms.
 */
export async function addVocabularyTerm(ctx: Pick<UserContext, "prisma" | "search" | "clock" | "user">, input: AddInput): Promise<VocabularyTermDto> {
  const phrase = input.phrase.replace(/\s+/g, " ");
  const folded = foldToLatin(phrase);
  const vocabulary = await ctx.search.vocabulary(input.locale);
  const details = (code: string, reason: VocabularyConflictDetails["reason"]): VocabularyConflictDetails => ({
    kind: input.kind,
    code,
    label: labelOf(vocabulary, input.kind, code),
    reason,
  });
  const now = ctx.clock.now();
  const row = await ctx.prisma.$transaction(async (tx) => {
    // One add at a time, checked against what the others committed: two admins (or a double
    // click) cannot store the same phrase twice or for two codes.
    await lockVocabularyWrites(tx);
    const names = await namesByCode(tx, input.kind);
    const own = names.get(input.code);
    if (!own) throw new AppError("NOT_FOUND", `No ${input.kind} ${input.code}`);
    if (own.has(folded)) throw new AppError("ALREADY_EXISTS", "The phrase already names this code", details(input.code, "same_name"));
    const other = [...names].find(([code, set]) => code !== input.code && set.has(folded));
    if (other) throw new AppError("CONFLICT", "The phrase already names another code", details(other[0], "same_name"));
    const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    // One word that search ignores, or that is a word of other codes' names too ("laser"), would
    // read differently from what the admin meant, or take over those names' words.
    if (words.length === 1 && (stopwords.has(words[0]!) || commonWords.has(words[0]!))) {
      throw new AppError("CONFLICT", "Search ignores this word", details(input.code, "ignored_word"));
    }
    const sharing = words.length === 1 ? [...names].find(([code, set]) => code !== input.code && [...set].some((n) => n.split(/[^\p{L}\p{N}]+/u).includes(words[0]!))) : undefined;
    if (sharing) throw new AppError("CONFLICT", "The word is part of other codes' names", details(sharing[0], "word_of_other_names"));

    const created = await createTerm(tx, { kind: input.kind, code: input.code, locale: input.language, phrase, createdById: ctx.user.id }, now);
    await auditIfAuthority(tx, { user: ctx.user }, {
      action: "vocabulary.add_term",
      entityType: "vocabulary_term",
      entityId: created.id,
      summary: `“${phrase}” (${input.language}) added to ${input.kind} ${input.code}`,
      after: { kind: input.kind, code: input.code, language: input.language, phrase },
    });
    await enqueueOutbox(tx, "vocabulary", `${input.kind}:${input.code}`);
    return created;
  });
  return termDto(row, vocabulary);
}

/** Removes (undoes) a term: it stays in the table, marked removed, for the record. */
export async function removeVocabularyTerm(ctx: Pick<UserContext, "prisma" | "search" | "clock" | "user">, input: RemoveInput): Promise<VocabularyTermDto> {
  const row = await findTermById(ctx.prisma, input.id);
  if (!row || row.removedAt) throw new AppError("NOT_FOUND", "No such term");
  const now = ctx.clock.now();
  await ctx.prisma.$transaction(async (tx) => {
    if (!(await markTermRemoved(tx, row.id, ctx.user.id, now))) throw new AppError("NOT_FOUND", "No such term");
    await auditIfAuthority(tx, { user: ctx.user }, {
      action: "vocabulary.remove_term",
      entityType: "vocabulary_term",
      entityId: row.id,
      summary: `“${row.phrase}” (${row.locale}) removed from ${row.kind} ${row.code}`,
      before: { kind: row.kind, code: row.code, language: row.locale, phrase: row.phrase },
    });
    await enqueueOutbox(tx, "vocabulary", `${row.kind}:${row.code}`);
  });
  return termDto(row, await ctx.search.vocabulary(input.locale));
}
