import {
  addVocabularyTermInputSchema,
  removeVocabularyTermInputSchema,
  vocabularyTermSchema,
  vocabularyTermsInputSchema,
  vocabularyTermsOutputSchema,
} from "@cluster-match/shared";
import { adminProcedure, router } from "../trpc.ts";
import { addVocabularyTerm, listVocabularyTerms, removeVocabularyTerm } from "./vocabulary.service.ts";

export const vocabularyRouter = router({
  list: adminProcedure
    .input(vocabularyTermsInputSchema)
    .output(vocabularyTermsOutputSchema)
    .query(({ ctx, input }) => listVocabularyTerms(ctx, input)),
  add: adminProcedure
    .input(addVocabularyTermInputSchema)
    .output(vocabularyTermSchema)
    .mutation(({ ctx, input }) => addVocabularyTerm(ctx, input)),
  remove: adminProcedure
    .input(removeVocabularyTermInputSchema)
    .output(vocabularyTermSchema)
    .mutation(({ ctx, input }) => removeVocabularyTerm(ctx, input)),
});
