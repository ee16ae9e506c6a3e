import type { Suggestion } from "@cluster-match/shared";
import { useId, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useDebouncedValue } from "../../lib/useDebouncedValue.ts";
import { useFollowingState } from "../../lib/useFollowingState.ts";
import { useSuggestions } from "./useCompanySearch.ts";

/**
 * The search box: a combobox (ARIA 1.2 pattern, list autocomplete) that suggests capabilities,
 * places and companies as the user types. Arrow keys move through the suggestions, Enter takes
 * one (or searches the text as typed), Escape closes the list.
 */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const inputId = `${id}input`;
  const listId = `${id}suggestions`;
  const optionId = (index: number) => `${listId}-${index}`;

  const [text, setText] = useFollowingState(value, value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useSuggestions(useDebouncedValue(text, 200));
  const options = text.trim().length >= 2 ? (suggestions.data ?? []) : [];
  const expanded = open && options.length > 0;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (suggestion: Suggestion) => {
    close();
    if (suggestion.kind === "company") {
      void navigate(`/companies/${suggestion.key}`);
      return;
    }
    setText(suggestion.value);
    onSearch(suggestion.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive(expanded ? (active + 1) % options.length : 0);
    } else if (event.key === "ArrowUp" && expanded) {
      event.preventDefault();
      setActive(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === "Enter" && expanded && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape" && expanded) {
      // Only close the list; a second Escape clears the box as browsers do.
      event.preventDefault();
      close();
    }
  };

  return (
    <form
      className="search-form"
      role="search"
      aria-label={t("search.formLabel")}
      onSubmit={(event) => {
        event.preventDefault();
        close();
        onSearch(text);
      }}
    >
      <label htmlFor={inputId} className="search-label">
        {t("search.inputLabel")}
      </label>
      <div className="search-row">
        <div className="combobox">
          <input
            id={inputId}
            type="search"
            role="combobox"
            name="q"
            value={text}
            placeholder={t("search.placeholder")}
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            maxLength={300}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={close}
          />
          <ul id={listId} role="listbox" aria-label={t("search.suggestions")} className="suggestions" hidden={!expanded}>
            {expanded &&
              options.map((suggestion, index) => (
                <li
                  key={`${suggestion.kind}:${suggestion.key}`}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? "suggestion suggestion-active" : "suggestion"}
                  // Keep the focus in the box, so the list does not close before the click lands.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(suggestion)}
                >
                  <span className="suggestion-label">{suggestion.label}</span>
                  <span className="suggestion-kind">{t(`search.suggestionKind.${suggestion.kind}`)}</span>
                </li>
              ))}
          </ul>
        </div>
        <button type="submit" className="button">
          {t("search.submit")}
        </button>
      </div>
      <div role="status" className="visually-hidden">
        {expanded ? t("search.suggestionCount", { count: options.length }) : ""}
      </div>
    </form>
  );
}
