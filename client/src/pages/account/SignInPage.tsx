import { signInInputSchema } from "@cluster-match/shared";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useSearchParams } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { appCodeOf } from "../../lib/errors.ts";
import { invalidFieldsOfIssues, noInvalidFields, type InvalidFields } from "../../lib/fieldErrors.ts";
import { safeNextPath } from "../../lib/safeRedirect.ts";
import { useMe } from "../../lib/useMe.ts";
import { ServerError } from "../../components/form/ServerError.tsx";
import { AuthFrame, CurrentPasswordField, EmailField } from "./FormParts.tsx";
import { ResendVerification } from "./ResendVerification.tsx";
import { useSignIn } from "./useAccountSession.ts";

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  const me = useMe();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [invalid, setInvalid] = useState<InvalidFields>(noInvalidFields);
  const signIn = useSignIn(next);

  // Already signed in (e.g. the back button after signing in): nothing to do here.
  if (me.data && !signIn.isPending && !signIn.isSuccess) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = signInInputSchema.safeParse({ email, password });
    setInvalid(parsed.success ? noInvalidFields : invalidFieldsOfIssues(parsed.error.issues));
    if (parsed.success) signIn.mutate(parsed.data);
  };
  const notVerified = signIn.isError && appCodeOf(signIn.error) === "EMAIL_NOT_VERIFIED";

  return (
    <AuthFrame title={t("account.signIn.title")}>
      <PageTitle title={t("account.signIn.title")} />
      <form className="form-stack" onSubmit={submit} noValidate>
        <EmailField value={email} onChange={setEmail} invalid={invalid.has("email")} autoComplete="username" />
        <CurrentPasswordField label={t("account.fields.password")} value={password} onChange={setPassword} invalid={invalid.has("password")} />
        {signIn.isError && (
          <ServerError
            look="account"
            error={signIn.error}
            messages={{ EMAIL_NOT_VERIFIED: t("account.signIn.notVerified"), VALIDATION: t("account.form.checkFields") }}
          />
        )}
        <button type="submit" className="button" disabled={signIn.isPending}>
          {t("account.signIn.submit")}
        </button>
      </form>
      {notVerified && <ResendVerification email={signIn.variables.email} />}
      <p className="auth-switch">
        <Link to="/forgot-password">{t("account.signIn.forgot")}</Link>
      </p>
      <p className="auth-switch">
        {t("account.signIn.noAccount")} <Link to="/sign-up">{t("account.signUp.link")}</Link>
      </p>
    </AuthFrame>
  );
}
