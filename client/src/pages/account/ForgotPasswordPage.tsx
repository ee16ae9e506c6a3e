import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { Done } from "../../components/form/Done.tsx";
import { AuthFrame, EmailField } from "./FormParts.tsx";
import { useEmailOnlyForm } from "./useEmailOnlyForm.ts";
import { useRequestPasswordReset } from "./useAccount.ts";

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const { email, setEmail, invalid, submit } = useEmailOnlyForm("", (input) => request.mutate(input));

  return (
    <AuthFrame title={t("account.forgot.title")}>
      <PageTitle title={t("account.forgot.title")} />
      <p className="lead">{t("account.forgot.intro")}</p>
      <form className="form-stack" onSubmit={submit} noValidate>
        <EmailField value={email} onChange={setEmail} invalid={invalid} />
        {request.isError && <ServerError look="account" error={request.error} />}
        {request.isSuccess && <Done look="account">{t("account.forgot.sent", { email: request.variables.email })}</Done>}
        <button type="submit" className="button" disabled={request.isPending}>
          {t("account.forgot.submit")}
        </button>
      </form>
      <p className="auth-switch">
        <Link to="/sign-in">{t("account.forgot.back")}</Link>
      </p>
    </AuthFrame>
  );
}
