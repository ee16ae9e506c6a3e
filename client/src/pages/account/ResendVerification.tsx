import { emailOnlyInputSchema } from "@cluster-match/shared";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { FormError, FormStatus, TextField } from "./FormParts.tsx";

/**
 * Sends the confirmation link again: a button when the address is known, otherwise a small form.
 * The server answers the same for unknown and confirmed addresses, and so does this text.
 */
export function ResendVerification({ email: knownEmail }: { email?: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const [email, setEmail] = useState(knownEmail ?? "");
  const [invalid, setInvalid] = useState(false);
  const resend = useMutation(trpc.accounts.resendVerification.mutationOptions());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = emailOnlyInputSchema.safeParse({ email, locale });
    setInvalid(!parsed.success);
    if (parsed.success) resend.mutate(parsed.data);
  };

  return (
    <form className="resend-form" onSubmit={submit} noValidate>
      {knownEmail === undefined && (
        <TextField
          label={t("accounts.fields.email")}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={invalid ? t("accounts.fields.emailError") : undefined}
        />
      )}
      <button type="submit" className="button button-secondary" disabled={resend.isPending}>
        {t("accounts.resend.button")}
      </button>
      {resend.isSuccess && <FormStatus>{t("accounts.resend.sent")}</FormStatus>}
      {resend.isError && <FormError error={resend.error} />}
    </form>
  );
}
