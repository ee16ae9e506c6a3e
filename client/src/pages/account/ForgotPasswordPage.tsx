import { emailOnlyInputSchema } from "@cluster-match/shared";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { AuthFrame, FormError, FormStatus, TextField } from "./FormParts.tsx";

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const [email, setEmail] = useState("");
  const [invalid, setInvalid] = useState(false);
  const request = useMutation(trpc.accounts.requestPasswordReset.mutationOptions());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = emailOnlyInputSchema.safeParse({ email, locale });
    setInvalid(!parsed.success);
    if (parsed.success) request.mutate(parsed.data);
  };

  return (
    <AuthFrame title={t("accounts.forgot.title")}>
      <PageTitle title={t("accounts.forgot.title")} />
      <p className="lead">{t("accounts.forgot.intro")}</p>
      <form className="form-stack" onSubmit={submit} noValidate>
        <TextField
          label={t("accounts.fields.email")}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={invalid ? t("accounts.fields.emailError") : undefined}
        />
        {request.isError && <FormError error={request.error} />}
        {request.isSuccess && <FormStatus>{t("accounts.forgot.sent", { email: request.variables.email })}</FormStatus>}
        <button type="submit" className="button" disabled={request.isPending}>
          {t("accounts.forgot.submit")}
        </button>
      </form>
      <p className="auth-switch">
        <Link to="/sign-in">{t("accounts.forgot.back")}</Link>
      </p>
    </AuthFrame>
  );
}
