import type { LabelledCode } from "@cluster-match/shared";
import { useTranslation } from "react-i18next";

export function VerifiedBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-verified">
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M3.5 8.5l3 3 6-7" />
      </svg>
      {t("common.verified")}
    </span>
  );
}

/** Capability labels come from the API already in the UI language. */
export function CapabilityBadges({ items, label }: { items: LabelledCode[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="badge-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.code} className="badge badge-capability" data-testid="capability-badge">
          {item.label}
        </li>
      ))}
    </ul>
  );
}
