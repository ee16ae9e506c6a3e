import { useTranslation } from "react-i18next";
import { appCodeOf, type ErrorKind } from "../../lib/errors.ts";

/** Each area words refusals in its own colours (styles/<area>.css); see `FieldLook`. */
export type AlertLook = "account" | "admin" | "editor" | "network";

const alertClass: Record<AlertLook, string> = { account: "form-alert", admin: "admin-alert", editor: "ce-alert", network: "net-alert" };

/**
 * A request the server refused, in the reader's language, or nothing without an error.
 * `messages` words some codes for this form (e.g. a wrong password).
 */
export function ServerError({ look, error, messages = {} }: { look: AlertLook; error: unknown; messages?: Partial<Record<ErrorKind, string>> }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = appCodeOf(error);
  return (
    <p className={alertClass[look]} role="alert">
      {messages[code] ?? t(`errors.${code}`)}
    </p>
  );
}
