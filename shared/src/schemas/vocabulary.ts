import { z } from "zod";
import { displayName } from "../text-safety.ts";
import { contentLanguageSchema, uiLocaleSchema } from "./common.ts";

// Schemas of the admins' vocabulary (router `vocabulary`): synonyms and trade terms added to a
// capability, material or certification in one language, understood by search at once.

export const vocabularyTermKinds = ["capability", "material", "certification"] as const;
export type VocabularyTermKind = (typeof vocabularyTermKinds)[number];

/** Message of a phrase without a letter (a phrase of digits or signs names nothing). */
export const phraseNeedsLetterMessage = "letter_required";

/** Message of a phrase with markup or code characters, which no buyer types for a capability. */
export const phraseMarkupMessage = "markup_characters";

/** A phrase as searchers type it: 2–80 characters on one line, with at least one letter and no markup. */
export const vocabularyPhraseSchema = displayName(
  z.string().trim().min(2).max(80).regex(/\p{L}/u, phraseNeedsLetterMessage).regex(/^[^<>{}=;"`\\|]*$/u, phraseMarkupMessage),
);

export const addVocabularyTermInputSchema = z.object({
  kind: z.enum(vocabularyTermKinds),
  code: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_.]+$/, "code expected"),
  /** The language the phrase is in. */
  language: contentLanguageSchema,
  phrase: vocabularyPhraseSchema,
  /** Language of the labels in the answer. */
  locale: uiLocaleSchema.default("en"),
});
export type AddVocabularyTermInput = z.input<typeof addVocabularyTermInputSchema>;

export const removeVocabularyTermInputSchema = z.object({
  id: z.string().trim().min(1).max(60),
  locale: uiLocaleSchema.default("en"),
});

export const vocabularyTermsInputSchema = z.object({ locale: uiLocaleSchema.default("en") });

export const vocabularyTermSchema = z.object({
  id: z.string(),
  kind: z.enum(vocabularyTermKinds),
  code: z.string(),
  /** The code's label in the reader's language. */
  label: z.string(),
  language: z.string(),
  phrase: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type VocabularyTermDto = z.infer<typeof vocabularyTermSchema>;

export const vocabularyTermsOutputSchema = z.object({ items: z.array(vocabularyTermSchema) });

/**
 * Details of a refused phrase (CONFLICT or ALREADY_EXISTS): the code it already names, so the
 * form can say which one.
 */
export const vocabularyConflictDetailsSchema = z.object({
  kind: z.enum(vocabularyTermKinds),
  code: z.string(),
  label: z.string(),
  /**
   * Why it is refused: the phrase names that code ("same_name"), its one word is a word of that
   * code's names and others' ("word_of_other_names"), or it is a word search ignores ("ignored_word").
   */
  reason: z.enum(["same_name", "word_of_other_names", "ignored_word"]).optional(),
});
export type VocabularyConflictDetails = z.infer<typeof vocabularyConflictDetailsSchema>;
