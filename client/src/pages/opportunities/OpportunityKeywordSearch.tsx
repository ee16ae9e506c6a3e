import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useFollowingState } from "../../lib/useFollowingState.ts";

/** The keyword box of the opportunity board: words in any of the five languages, searched on submit. */
export function OpportunityKeywordSearch({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useFollowingState(value, value);
  return (
    <form
      className="search-form opp-keyword-search"
      role="search"
      aria-label={t("opportunities.keyword.label")}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text);
      }}
    >
      <label htmlFor={`${id}-q`} className="search-label">
        {t("opportunities.keyword.label")}
      </label>
      <div className="search-row">
        <div className="combobox">
          <input id={`${id}-q`} type="search" name="q" maxLength={300} value={text} placeholder={t("opportunities.keyword.placeholder")} onChange={(event) => setText(event.target.value)} />
        </div>
        <button type="submit" className="button">
          {t("opportunities.keyword.submit")}
        </button>
      </div>
    </form>
  );
}
