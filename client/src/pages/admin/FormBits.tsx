import { useTranslation } from "react-i18next";
import { appCodeOf } from "../../lib/errors.ts";

/** A refused request of the console, in the reader's language. */
export function FormErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <p className="admin-alert" role="alert">
      {t(`errors.${appCodeOf(error)}`)}
    </p>
  );
}

/** A confirmation that an action worked, announced politely. */
export function FormDone({ children }: { children: string }) {
  return (
    <p className="admin-done" role="status">
      {children}
    </p>
  );
}
