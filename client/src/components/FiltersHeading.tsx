import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../lib/format.ts";
import { useLocale } from "../lib/useLocale.ts";

/**
 * Whether a list's filters are unfolded on a phone. The form carries `data-open` and the class
 * `collapsible-filters`; its fields go in an element with the id `bodyId` and the class
 * `filters-body` (see search.css: on wide screens the filters are always shown).
 */
export function useFiltersDisclosure() {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return { open, toggle: () => setOpen((value) => !value), bodyId };
}

/**
 * A filter form's heading. On wide screens it is the title (`visibleTitle` false: for screen
 * readers only); on a phone it is the button "Filters (n active)" that unfolds the filters, so
 * the list starts on the first screen.
 */
export function FiltersHeading({
  open,
  toggle,
  bodyId,
  active,
  title,
  visibleTitle = true,
}: {
  open: boolean;
  toggle: () => void;
  bodyId: string;
  /** How many filters are set. */
  active: number;
  title?: string;
  visibleTitle?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = title ?? t("common.filters");
  return (
    <h2 className={visibleTitle ? "filters-title" : "filters-title filters-title-phone"}>
      <span className={visibleTitle ? "filters-title-text" : "filters-title-text visually-hidden"}>{text}</span>
      <button type="button" className="filters-toggle" aria-expanded={open} aria-controls={bodyId} onClick={toggle} data-testid="filters-toggle">
        {active > 0 ? t("common.filtersActive", { count: active, n: formatNumber(active, locale) }) : text}
        <span className="filters-toggle-icon" aria-hidden="true" />
      </button>
    </h2>
  );
}
