import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { appCodeOf } from "../../lib/errors.ts";
import { formatNumber } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";

/** What is wrong with a text for its shared schema: too short, too long, or nothing. */
export type LengthProblem = { key: "tooShort"; min: number } | { key: "tooLong"; max: number } | { key: "required" } | null;

/** The part of a zod schema this needs (the client does not depend on zod itself). */
interface TextSchema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly { code: string }[] } };
}

export function lengthProblem(schema: TextSchema, value: string): LengthProblem {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0] as { code: string; minimum?: number | bigint; maximum?: number | bigint } | undefined;
  if (issue?.code === "too_small") return Number(issue.minimum) <= 1 ? { key: "required" } : { key: "tooShort", min: Number(issue.minimum) };
  if (issue?.code === "too_big") return { key: "tooLong", max: Number(issue.maximum) };
  return { key: "required" };
}

export function useProblemText() {
  const { t } = useTranslation();
  return (problem: LengthProblem): string | undefined => {
    if (!problem) return undefined;
    if (problem.key === "tooShort") return t("network.fieldErrors.tooShort", { min: problem.min });
    if (problem.key === "tooLong") return t("network.fieldErrors.tooLong", { max: problem.max });
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
  const describedBy = [hint ? `${id}-hint` : "", `${id}-count`, error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="net-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="net-hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className="text-input net-textarea"
        rows={rows}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-count`} className="net-hint net-count">
        {t("network.charCount", { n: formatNumber(value.trim().length, locale), max: formatNumber(max, locale) })}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
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
