import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ServerError } from "../../components/form/ServerError.tsx";
import { ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { TaxonomyPicker } from "../../components/TaxonomyPicker.tsx";
import { formatDate, languageName } from "../../lib/format.ts";
import { useTaxonomy } from "../../lib/referenceData.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { AdminFrame } from "./AdminFrame.tsx";
import { contentLanguages, useAddTermForm, useUnreadWords, useVocabularyTerms, vocabularyTermKinds, type ContentLanguage, type VocabularyTermKind } from "./useVocabulary.ts";

/** Adds a synonym or trade term to a capability, material or certification in one language. */
function AddTermForm({ form }: { form: ReturnType<typeof useAddTermForm> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const taxonomy = useTaxonomy();
  const { values, errors, refusal } = form;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit();
  };
  const codeError = errors.code ? t("admin.vocabulary.errors.chooseCode") : undefined;
  const phraseError = errors.phrase
    ? t(`admin.vocabulary.errors.${errors.phrase}`)
    : refusal && refusal.key !== "unknownCode"
      ? t(`admin.vocabulary.errors.${refusal.key}`, { phrase: values.phrase.trim(), label: refusal.label ?? "" })
      : undefined;
  const options = values.kind === "material" ? (taxonomy.data?.materials ?? []).map((m) => ({ code: m.code, label: m.label })) : (taxonomy.data?.certifications ?? []).map((c) => ({ code: c.code, label: c.name }));

  return (
    <form className="card admin-vocabulary-form" aria-labelledby="add-term" onSubmit={submit} noValidate>
      <h2 id="add-term" className="card-title">
        {t("admin.vocabulary.addTitle")}
      </h2>
      <div className="admin-vocabulary-fields">
        <div className="filter">
          <label htmlFor="term-kind">{t("admin.vocabulary.kind")}</label>
          <select id="term-kind" value={values.kind} onChange={(e) => form.setKind(e.target.value as VocabularyTermKind)}>
            {vocabularyTermKinds.map((k) => (
              <option key={k} value={k}>
                {t(`admin.vocabulary.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {values.kind === "capability" ? (
          <div className="admin-vocabulary-code">
            <TaxonomyPicker
              id="term-code"
              label={t("admin.vocabulary.kinds.capability")}
              value={values.code ? [values.code] : []}
              onChange={(codes) => form.setCode(codes.at(-1) ?? "")}
              max={1}
              includeGroups
              error={codeError}
            />
          </div>
        ) : (
          <div className="filter">
            <label htmlFor="term-code">{t(`admin.vocabulary.kinds.${values.kind}`)}</label>
            <select
              id="term-code"
              value={values.code}
              aria-invalid={codeError ? true : undefined}
              aria-describedby={codeError ? "term-code-error" : undefined}
              onChange={(e) => form.setCode(e.target.value)}
            >
              <option value="">{t("admin.vocabulary.choose")}</option>
              {options.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.label}
                </option>
              ))}
            </select>
            {codeError && (
              <p id="term-code-error" className="field-error">
                {codeError}
              </p>
            )}
          </div>
        )}
        <div className="filter">
          <label htmlFor="term-language">{t("admin.vocabulary.language")}</label>
          <select id="term-language" value={values.language} onChange={(e) => form.setLanguage(e.target.value as ContentLanguage)}>
            {contentLanguages.map((l) => (
              <option key={l} value={l}>
                {languageName(l, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter admin-filter-wide">
          <label htmlFor="term-phrase">{t("admin.vocabulary.phrase")}</label>
          <input
            id="term-phrase"
            className="text-input"
            type="text"
            value={values.phrase}
            maxLength={200}
            aria-invalid={phraseError ? true : undefined}
            aria-describedby={phraseError ? "term-phrase-hint term-phrase-error" : "term-phrase-hint"}
            onChange={(e) => form.setPhrase(e.target.value)}
          />
          <p id="term-phrase-hint" className="field-hint">
            {t("admin.vocabulary.phraseHint")}
          </p>
          {phraseError && (
            <p id="term-phrase-error" className="field-error">
              {phraseError}
            </p>
          )}
        </div>
      </div>
      <div className="admin-actions">
        <button type="submit" className="button" disabled={form.pending}>
          {t("admin.vocabulary.add")}
        </button>
      </div>
      {refusal?.key === "unknownCode" && <p className="admin-alert" role="alert">{t("admin.vocabulary.errors.unknownCode")}</p>}
      {form.failed && !refusal && <ServerError look="admin" error={form.failed} />}
      {form.added && (
        <p className="admin-done" role="status" data-testid="term-added">
          {t("admin.vocabulary.added", { phrase: form.added.phrase, label: form.added.label })}
        </p>
      )}
    </form>
  );
}

/** Words searches left unread lately: one click takes a word into the form. */
function UnreadWords({ onTake }: { onTake: (word: string) => void }) {
  const { t } = useTranslation();
  const words = useUnreadWords();
  if (!words.data || words.data.length === 0) return null;
  return (
    <section className="admin-analytics-section" aria-labelledby="vocabulary-unread">
      <h2 id="vocabulary-unread">{t("admin.vocabulary.unreadTitle")}</h2>
      <ul className="admin-word-list">
        {words.data.map((w) => (
          <li key={w.word}>
            <button type="button" className="button button-secondary" title={w.example} onClick={() => onTake(w.word)}>
              {w.word} <span className="muted">({w.count})</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The admins' vocabulary: terms search understands beyond the taxonomy, added and removed live. */
export function VocabularyPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useAddTermForm();
  const { terms, remove, removal } = useVocabularyTerms();

  return (
    <AdminFrame title={t("admin.vocabulary.title")} intro={t("admin.vocabulary.intro")}>
      <AddTermForm form={form} />
      <UnreadWords onTake={form.setPhrase} />
      <section className="admin-analytics-section" aria-labelledby="vocabulary-terms">
        <h2 id="vocabulary-terms">{t("admin.vocabulary.listTitle")}</h2>
        {removal.isError && <ServerError look="admin" error={removal.error} />}
        {removal.isSuccess && (
          <p className="admin-done" role="status">
            {t("admin.vocabulary.removed", { phrase: removal.data.phrase, label: removal.data.label })}
          </p>
        )}
        {terms.isPending ? (
          <LoadingState label={t("common.loading")} />
        ) : terms.isError ? (
          <ErrorState error={terms.error} onRetry={() => void terms.refetch()} />
        ) : terms.data.items.length === 0 ? (
          <p className="muted">{t("admin.vocabulary.empty")}</p>
        ) : (
          <div className="admin-table-scroll">
            <table className="data-table" data-testid="vocabulary-terms">
              <thead>
                <tr>
                  <th scope="col">{t("admin.vocabulary.phrase")}</th>
                  <th scope="col">{t("admin.vocabulary.language")}</th>
                  <th scope="col">{t("admin.vocabulary.meaning")}</th>
                  <th scope="col">{t("admin.vocabulary.addedBy")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("admin.searchAnalytics.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {terms.data.items.map((term) => (
                  <tr key={term.id}>
                    <th scope="row" lang={term.language}>
                      {term.phrase}
                    </th>
                    <td>{languageName(term.language, locale)}</td>
                    <td>
                      {t(`admin.vocabulary.kinds.${term.kind}`)}: {term.label}
                    </td>
                    <td>
                      {term.createdBy ?? "—"}, {formatDate(term.createdAt, locale)}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-link"
                        disabled={removal.isPending}
                        aria-label={t("admin.vocabulary.removeTerm", { phrase: term.phrase })}
                        onClick={() => remove(term.id)}
                      >
                        {t("admin.vocabulary.remove")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </AdminFrame>
  );
}
