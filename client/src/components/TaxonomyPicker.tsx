import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "../lib/format.ts";
import { foldToLatin } from "@cluster-match/shared/text-fold";
import { indexTerms, labelIn, searchTerms, type TermMatch } from "../lib/taxonomySearch.ts";
import { useLocale } from "../lib/useLocale.ts";
import { useTRPC } from "../trpc.ts";

/** Every language's labels and synonyms; they change rarely. */
export function useTaxonomyPicker() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.taxonomy.picker.queryOptions(), staleTime: 10 * 60_000 });
}

export interface TaxonomyPickerProps {
  label: string;
  hint?: string;
  /** Chosen codes, in order (the first ones are the main capabilities). */
  value: string[];
  onChange: (codes: string[]) => void;
  max?: number;
  /** Offer group headings too (e.g. "any kind of machining" in what a company seeks). */
  includeGroups?: boolean;
  error?: string | undefined;
  /** For links from an error summary. */
  id?: string;
}

/**
 * Chooses capabilities from the taxonomy by typing in any of its five languages, synonyms
 * included ("Fräsen", "фрезоване", "milling" find the same term); the chosen ones form an
 * ordered list that can be rearranged. A combobox in the WAI-ARIA pattern: arrows move through
 * the suggestions, Enter takes the one moved to (or the only one, or the one the words name
 * exactly), Escape closes them. With several suggestions and none chosen, Enter picks nothing:
 * "лазерно" fits laser cutting and laser welding alike, and the user decides which.
 */
export function TaxonomyPicker({ label, hint, value, onChange, max = 30, includeGroups = false, error, id }: TaxonomyPickerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const baseId = useId();
  const inputId = id ?? `${baseId}-input`;
  const listId = `${baseId}-list`;
  const picker = useTaxonomyPicker();
  const index = useMemo(() => indexTerms(picker.data?.capabilities ?? []), [picker.data]);
  const byCode = useMemo(() => new Map((picker.data?.capabilities ?? []).map((term) => [term.code, term])), [picker.data]);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  // -1: no suggestion highlighted yet (the user has not moved to one).
  const [active, setActive] = useState(-1);
  const [ambiguous, setAmbiguous] = useState(false);

  const full = value.length >= max;
  const matches: TermMatch[] = open && !full ? searchTerms(index, query, locale, { exclude: value, includeGroups, limit: 10 }) : [];
  const expanded = matches.length > 0;
  const highlighted = active >= 0 && active < matches.length ? active : -1;
  const labelOf = (code: string) => {
    const term = byCode.get(code);
    return term ? labelIn(term, locale) : code;
  };

  const choose = (match: TermMatch | undefined) => {
    if (!match) return;
    onChange([...value, match.code]);
    setQuery("");
    setActive(-1);
    setAmbiguous(false);
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= value.length) return;
    const next = [...value];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (matches.length === 0 ? -1 : (i + 1) % matches.length));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (matches.length === 0 ? -1 : i <= 0 ? matches.length - 1 : i - 1));
    } else if (event.key === "Enter" && expanded) {
      // Enter takes a suggestion instead of submitting the form around the picker, but only one
      // the user pointed at or one the words leave no doubt about.
      event.preventDefault();
      const chosen = highlighted >= 0 ? matches[highlighted] : unambiguousMatch(matches, query);
      if (chosen) choose(chosen);
      else setAmbiguous(true);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const describedBy = [hint ? hintId : "", error ? errorId : "", `${baseId}-count`].filter(Boolean).join(" ");

  return (
    <div className="ce-picker" data-invalid={error ? true : undefined}>
      <label htmlFor={inputId} className="ce-label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="ce-combobox">
        <input
          id={inputId}
          type="text"
          className="text-input"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && highlighted >= 0 ? `${listId}-${highlighted}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          placeholder={full ? t("companyWorkspace.picker.full", { max }) : t("companyWorkspace.picker.placeholder")}
          disabled={full || picker.isPending}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
            setAmbiguous(false);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={t("companyWorkspace.picker.suggestions")} className="ce-options" hidden={!expanded}>
          {matches.map((match, i) => (
            <li
              key={match.code}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === highlighted}
              className="ce-option"
              data-testid="taxonomy-option"
              // Keep the focus in the input: choosing must not blur it first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(match)}
            >
              <span className="ce-option-label">{match.label}</span>
              {match.matched && (
                <span className="ce-option-matched" lang={match.matched.lang}>
                  {t("companyWorkspace.picker.matched", { text: match.matched.text, language: languageName(match.matched.lang, locale) })}
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <p className="visually-hidden" role="status">
        {open && query.trim() !== ""
          ? matches.length > 0
            ? ambiguous
              ? t("companyWorkspace.picker.chooseOne", { count: matches.length })
              : t("companyWorkspace.picker.count", { count: matches.length })
            : t("companyWorkspace.picker.noMatches")
          : ""}
      </p>
      {ambiguous && expanded && <p className="field-hint">{t("companyWorkspace.picker.chooseOne", { count: matches.length })}</p>}
      {open && query.trim() !== "" && matches.length === 0 && !full && <p className="field-hint">{t("companyWorkspace.picker.noMatches")}</p>}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <p id={`${baseId}-count`} className="field-hint">
        {t("companyWorkspace.picker.chosen", { count: value.length, max })}
      </p>
      {value.length > 0 && (
        <ol className="badge-list ce-chosen" aria-label={t("companyWorkspace.picker.chosenList", { label })}>
          {value.map((code, i) => {
            const text = labelOf(code);
            return (
              <li key={code} className="ce-chosen-item">
                <span className="ce-chosen-label" data-testid="chosen-term">
                  {text}
                </span>
                <span className="ce-chosen-actions">
                  <button type="button" className="ce-icon-button" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={t("companyWorkspace.picker.moveUp", { label: text })}>
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button type="button" className="ce-icon-button" onClick={() => move(i, i + 1)} disabled={i === value.length - 1} aria-label={t("companyWorkspace.picker.moveDown", { label: text })}>
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button type="button" className="ce-icon-button" onClick={() => onChange(value.filter((c) => c !== code))} aria-label={t("companyWorkspace.picker.remove", { label: text })}>
                    <span aria-hidden="true">×</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

/**
 * The suggestion Enter may take without the user moving to it: the only one, or the only one whose
 * label or synonym is exactly what was typed (accents and script aside).
 */
function unambiguousMatch(matches: TermMatch[], query: string): TermMatch | undefined {
  if (matches.length === 1) return matches[0];
  const typed = foldToLatin(query);
  const exact = matches.filter((m) => foldToLatin(m.label) === typed || (m.matched !== null && foldToLatin(m.matched.text) === typed));
  return exact.length === 1 ? exact[0] : undefined;
}
