import { useTranslation } from "react-i18next";
import type { FieldError } from "./draftForm.ts";

/** A field's error message in the UI language, or nothing. */
export function ErrorText({ id, error }: { id: string; error: FieldError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="field-error" id={id}>
      {t(`opportunityWorkspace.errors.${error.key}`, error.values ?? {})}
    </p>
  );
}

/** The same message as a string, for components that take text. */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: FieldError | undefined) => (error ? t(`opportunityWorkspace.errors.${error.key}`, error.values ?? {}) : undefined);
}
