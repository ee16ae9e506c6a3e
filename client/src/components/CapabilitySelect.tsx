import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useTaxonomy } from "../lib/referenceData.ts";
import { capabilityGroups } from "../lib/taxonomyTree.ts";
import { useLocale } from "../lib/useLocale.ts";
import { SelectFilter } from "./FilterControls.tsx";

// Native options cannot be padded with CSS, so depth is shown with non-breaking spaces.
const indent = (depth: number) => "\u00A0\u00A0\u00A0".repeat(depth);

/** Capability filter: one optgroup per taxonomy group, the group itself first, sub-terms indented. */
export function CapabilitySelect({ id, value, onChange }: { id: string; value: string | undefined; onChange: (value: string | undefined) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const taxonomy = useTaxonomy();
  const groups = useMemo(() => capabilityGroups(taxonomy.data?.capabilities ?? [], locale), [taxonomy.data, locale]);

  return (
    <SelectFilter id={id} label={t("filters.capability")} value={value} onChange={onChange}>
      <option value="">{t("filters.allCapabilities")}</option>
      {groups.map((group) => (
        <optgroup key={group.code} label={group.label}>
          {group.options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.depth === 0 ? t("filters.wholeGroup", { group: option.label }) : indent(option.depth) + option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectFilter>
  );
}
