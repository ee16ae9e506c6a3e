import { useId } from "react";
import { useTranslation } from "react-i18next";
import { readableName } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useInquirySelection, type SelectedFirm } from "./inquirySelection.ts";

/** The "select for a request for quotation" checkbox on a firm's card (search results, directory). */
export function SelectForInquiry({ company }: { company: SelectedFirm }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const selection = useInquirySelection();
  const selected = selection.isSelected(company.id);
  const blocked = !selected && selection.full;
  return (
    <p className="inq-select">
      <input id={id} type="checkbox" checked={selected} disabled={blocked} onChange={() => selection.toggle(company)} data-testid="select-for-inquiry" />
      <label htmlFor={id}>
        {t("inquiries.select.label")}
        <span className="visually-hidden">: {readableName(company.name, company.nameLatin, locale)}</span>
      </label>
      {blocked && <span className="muted small"> {t("inquiries.select.limit")}</span>}
    </p>
  );
}
