import { digestFrequencies } from "@cluster-match/shared/schemas/saved-searches";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { describedControl, FieldNotes } from "../../components/form/FieldNotes.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import { formatNumber } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import type { LengthProblem } from "./lengthProblem.ts";

export { lengthProblem, type LengthProblem } from "./lengthProblem.ts";

export function useProblemText() {
  const { t } = useTranslation();
  return (problem: LengthProblem): string | undefined => {
    if (!problem) return undefined;
    if (problem.key === "tooShort") return t("network.fieldErrors.tooShort", { min: problem.min });
    if (problem.key === "tooLong") return t("network.fieldErrors.tooLong", { max: problem.max });
    if (problem.key === "unsafeCharacters") return t("network.fieldErrors.unsafeCharacters");
    return t("network.fieldErrors.required");
  };
}

/** A labelled multi-line text with its hint, a character count and, after a failed submit, its error. */
export function TextAreaField({
  label,
  hint,
  value,
  onChange,
  error,
  max,
  rows = 5,
  required = false,
}: {
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  max: number;
  rows?: number;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();

  return (
    <div className="net-field">
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} />
      <textarea
        id={id}
        className="text-input textarea-tall"
        rows={rows}
        value={value}
        required={required}
        {...describedControl(id, hint, error, `${id}-count`)}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-count`} className="field-hint net-count">
        {t("network.charCount", { n: formatNumber(value.trim().length, locale), max: formatNumber(max, locale) })}
      </p>
      <FieldNotes id={id} error={error} />
    </div>
  );
}

/** Which of the user's companies acts: a select when there is a choice, a plain line otherwise. */
export function CompanyChooser({
  label,
  companies,
  value,
  onChange,
}: {
  label: string;
  companies: { companyId: string; name: string }[];
  value: string;
  onChange: (companyId: string) => void;
}) {
  const id = useId();
  if (companies.length === 1) {
    return (
      <p className="net-acting">
        {label}: <strong>{companies[0]!.name}</strong>
      </p>
    );
  }
  return (
    <div className="net-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {companies.map((c) => (
          <option key={c.companyId} value={c.companyId}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A refusal from the server, in the reader's language. */
export function ServerError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="net-alert" role="alert">
      {t(`errors.${appCodeOf(error)}`)}
    </p>
  );
}

/** A short confirmation after an action, announced politely. */
export function Done({ children }: { children: ReactNode }) {
  return (
    <div className="net-done" role="status">
      {children}
    </div>
  );
}

/** The options of a saved search's digest frequency select, in the reader's language. */
export function DigestFrequencyOptions() {
  const { t } = useTranslation();
  return digestFrequencies.map((f) => (
    <option key={f} value={f}>
      {t(`network.savedSearches.frequency.${f}`)}
    </option>
  ));
}
