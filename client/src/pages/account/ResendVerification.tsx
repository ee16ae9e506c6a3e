import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../trpc.ts";
import { EmailField, FormError, FormStatus } from "./FormParts.tsx";
import { useEmailOnlyForm } from "./useEmailOnlyForm.ts";

/**
 * Sends the confirmation link again: a button when the address is known, otherwise a small form.
 * The server answers the same for unknown and confirmed addresses, and so does this text.
 */
export function ResendVerification({ email: knownEmail }: { email?: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const resend = useMutation(trpc.accounts.resendVerification.mutationOptions());
  const { email, setEmail, invalid, submit } = useEmailOnlyForm(knownEmail ?? "", (input) => resend.mutate(input));

  return (
    <form className="resend-form" onSubmit={submit} noValidate>
      {knownEmail === undefined && (
        <EmailField value={email} onChange={setEmail} invalid={invalid} />
      )}
      <button type="submit" className="button button-secondary" disabled={resend.isPending}>
        {t("accounts.resend.button")}
      </button>
      {resend.isSuccess && <FormStatus>{t("accounts.resend.sent")}</FormStatus>}
      {resend.isError && <FormError error={resend.error} />}
    </form>
  );
}
