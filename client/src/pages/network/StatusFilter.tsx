import { introductionStatuses, type IntroductionStatus } from "@cluster-match/shared/schemas/introductions";
import { useTranslation } from "react-i18next";
import { SelectFilter } from "../../components/FilterControls.tsx";

/** Filters introductions by status; `statuses` narrows the choice where some cannot occur. */
export function StatusFilter({
  id,
  label,
  allLabel,
  value,
  onChange,
  statuses = introductionStatuses,
}: {
  id: string;
  label: string;
  allLabel: string;
  value: IntroductionStatus | undefined;
  onChange: (value: IntroductionStatus | undefined) => void;
  statuses?: readonly IntroductionStatus[];
}) {
  const { t } = useTranslation();
  return (
    <SelectFilter id={id} label={label} value={value} onChange={(next) => onChange(next as IntroductionStatus | undefined)}>
      <option value="">{allLabel}</option>
      {statuses.map((s) => (
        <option key={s} value={s}>
          {t(`network.status.${s}`)}
        </option>
      ))}
    </SelectFilter>
  );
}
