import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useTRPC } from "../../trpc.ts";
import { AuthFrame, EmailField, FormError, FormStatus } from "./FormParts.tsx";
import { useEmailOnlyForm } from "./useEmailOnlyForm.ts";

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const request = useMutation(trpc.accounts.requestPasswordReset.mutationOptions());
  const { email, setEmail, invalid, submit } = useEmailOnlyForm("", (input) => request.mutate(input));

  return (
    <AuthFrame title={t("accounts.forgot.title")}>
      <PageTitle title={t("accounts.forgot.title")} />
      <p className="lead">{t("accounts.forgot.intro")}</p>
      <form className="form-stack" onSubmit={submit} noValidate>
        <EmailField value={email} onChange={setEmail} invalid={invalid} />
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
