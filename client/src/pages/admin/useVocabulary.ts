import { contentLanguages, type ContentLanguage } from "@cluster-match/shared/i18n";
import { phraseMarkupMessage, phraseNeedsLetterMessage, vocabularyConflictDetailsSchema, vocabularyPhraseSchema, vocabularyTermKinds, type VocabularyTermKind } from "@cluster-match/shared/schemas/vocabulary";
import { unsafeTextMessage } from "@cluster-match/shared/text-safety";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { appCodeOf } from "../../lib/errors.ts";
import { invalidFieldsOfServerError } from "../../lib/fieldErrors.ts";
import { useUrlFilters } from "../../lib/urlState.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";

export { contentLanguages, vocabularyTermKinds, type ContentLanguage, type VocabularyTermKind };

/** Unread words offered on the vocabulary page: the most frequent of the last 30 days. */
const unreadWordsShown = 12;

/** What is wrong with a phrase before it is sent, as a message key under admin.vocabulary.errors; null when nothing. */
export type PhraseProblem = "tooShort" | "tooLong" | "needsLetter" | "unsafe" | "markup" | null;

export function phraseProblem(phrase: string): PhraseProblem {
  const parsed = vocabularyPhraseSchema.safeParse(phrase);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  if (issue.code === "too_small") return "tooShort";
  if (issue.code === "too_big") return "tooLong";
  if (issue.message === phraseNeedsLetterMessage) return "needsLetter";
  if (issue.message === unsafeTextMessage) return "unsafe";
  if (issue.message === phraseMarkupMessage) return "markup";
  return "tooShort";
}

/** How the form words a refusal of the server: a message key under admin.vocabulary.errors and the label it names. */
export function addRefusal(error: unknown): { key: "alreadyThis" | "otherCode" | "wordOfOthers" | "ignoredWord" | "unknownCode" | "invalid"; label?: string } | null {
  if (!error) return null;
  const code = appCodeOf(error);
  const details = vocabularyConflictDetailsSchema.safeParse((error as { data?: { details?: unknown } }).data?.details);
  if (code === "ALREADY_EXISTS") return { key: "alreadyThis", label: details.data?.label };
  if (code === "CONFLICT" && details.success && details.data.reason === "word_of_other_names") return { key: "wordOfOthers", label: details.data.label };
  if (code === "CONFLICT" && details.success && details.data.reason === "ignored_word") return { key: "ignoredWord" };
  if (code === "CONFLICT" && details.success) return { key: "otherCode", label: details.data.label };
  if (code === "NOT_FOUND") return { key: "unknownCode" };
  if (code === "VALIDATION" && invalidFieldsOfServerError(error).size > 0) return { key: "invalid" };
  return null;
}

/** The terms admins added (in effect), newest first, and removing one (undo). */
export function useVocabularyTerms() {
  const trpc = useTRPC();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const terms = useQuery(trpc.vocabulary.list.queryOptions({ locale }));
  const remove = useMutation(
    trpc.vocabulary.remove.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.vocabulary.pathKey() }) }),
  );
  return { terms, remove: (id: string) => remove.mutate({ id, locale }), removal: remove };
}

/** The words searches left unread lately, to be taken into the form. */
export function useUnreadWords() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.searchAnalytics.report.queryOptions({ days: 30 }), select: (report) => report.unreadWords.slice(0, unreadWordsShown) });
}

/**
 * The form that adds a term: which code (kind and code), the phrase's language and the phrase,
 * checked before sending; `?phrase=` fills the phrase (the analytics' "add as term").
 */
export function useAddTermForm() {
  const trpc = useTRPC();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const { params } = useUrlFilters();
  const [kind, setKindState] = useState<VocabularyTermKind>("capability");
  const [code, setCode] = useState("");
  const [language, setLanguage] = useState<ContentLanguage>(locale);
  const [phrase, setPhrase] = useState(() => (params.get("phrase") ?? "").slice(0, 80));
  const [checked, setChecked] = useState(false);
  const add = useMutation(
    trpc.vocabulary.add.mutationOptions({
      onSuccess: () => {
        setPhrase("");
        setChecked(false);
        void queryClient.invalidateQueries({ queryKey: trpc.vocabulary.pathKey() });
      },
    }),
  );
  const problem = phraseProblem(phrase);
  const codeMissing = code === "";
  const setKind = (value: VocabularyTermKind) => {
    setKindState(value);
    setCode("");
  };
  const submit = () => {
    setChecked(true);
    add.reset();
    if (problem || codeMissing) return;
    add.mutate({ kind, code, language, phrase, locale });
  };
  return {
    values: { kind, code, language, phrase },
    setKind,
    setCode,
    setLanguage,
    setPhrase: (value: string) => {
      setPhrase(value);
      add.reset();
    },
    /** Errors to show: only after a first attempt to send. */
    errors: { phrase: checked ? problem : null, code: checked && codeMissing },
    refusal: addRefusal(add.error),
    failed: add.isError ? add.error : null,
    added: add.isSuccess ? add.data : null,
    pending: add.isPending,
    submit,
  };
}
