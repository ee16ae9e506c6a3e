import { useTranslation } from "react-i18next";
import { ServerError } from "../../components/form/ServerError.tsx";
import { Done } from "../../components/form/Done.tsx";
import { EmailField } from "./FormParts.tsx";
import { useEmailOnlyForm } from "./useEmailOnlyForm.ts";
import { useResendVerification } from "./useAccount.ts";

/**
 * Sends the confirmation link again: a button when the address is known, otherwise a small form.
 * The server answers the same for unknown and confirmed addresses, and so does this text.
 */
export function ResendVerification({ email: knownEmail }: { email?: string }) {
  const { t } = useTranslation();
  const resend = useResendVerification();
  const { email, setEmail, invalid, submit } = useEmailOnlyForm(knownEmail ?? "", (input) => resend.mutate(input));

  return (
    <form className="resend-form" onSubmit={submit} noValidate>
      {knownEmail === undefined && (
        <EmailField value={email} onChange={setEmail} invalid={invalid} />
      )}
      <button type="submit" className="button button-secondary" disabled={resend.isPending}>
        {t("account.resend.button")}
      </button>
      {resend.isSuccess && <Done look="account">{t("account.resend.sent")}</Done>}
      {resend.isError && <ServerError look="account" error={resend.error} />}
    </form>
  );
}
