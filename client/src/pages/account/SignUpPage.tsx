import type { UiLocale } from "@cluster-match/shared/i18n";
import { signUpInputSchema } from "@cluster-match/shared";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { invalidFieldsOfIssues, invalidFieldsOfServerError, noInvalidFields, type InvalidFields } from "../../lib/fieldErrors.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ServerError } from "../../components/form/ServerError.tsx";
import { AuthFrame, EmailField, LanguageField, NameField, NewPasswordField } from "./FormParts.tsx";
import { ResendVerification } from "./ResendVerification.tsx";
import { useSignUp } from "./useAccount.ts";

export function SignUpPage() {
  const { t } = useTranslation();
  const uiLocale = useLocale();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [locale, setLocale] = useState<UiLocale>(uiLocale);
  const [acceptPrivacy, setAcceptPrivacy] = useState(false);
  const [clientInvalid, setClientInvalid] = useState<InvalidFields>(noInvalidFields);
  const signUp = useSignUp();

  if (signUp.isSuccess) return <CheckYourEmail email={signUp.variables.email} />;

  const invalid = clientInvalid.size > 0 ? clientInvalid : invalidFieldsOfServerError(signUp.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = signUpInputSchema.safeParse({ name, email, password, locale, acceptPrivacy });
    setClientInvalid(parsed.success ? noInvalidFields : invalidFieldsOfIssues(parsed.error.issues));
    if (parsed.success) signUp.mutate(parsed.data);
  };

  return (
    <AuthFrame title={t("account.signUp.title")}>
      <PageTitle title={t("account.signUp.title")} />
      <p className="lead">{t("account.signUp.intro")}</p>
      <form className="form-stack" onSubmit={submit} noValidate>
        <NameField value={name} onChange={setName} invalid={invalid.has("name")} />
        <EmailField value={email} onChange={setEmail} invalid={invalid.has("email")} />
        <NewPasswordField
          label={t("account.fields.password")}
          value={password}
          onChange={setPassword}
          error={invalid.has("password") ? t("account.fields.passwordError") : undefined}
        />
        <LanguageField label={t("account.fields.language")} hint={t("account.fields.languageHint")} value={locale} onChange={setLocale} />
        <div className="form-field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={acceptPrivacy}
              onChange={(event) => setAcceptPrivacy(event.target.checked)}
              aria-invalid={invalid.has("acceptPrivacy") || undefined}
              aria-describedby={invalid.has("acceptPrivacy") ? "accept-privacy-error" : undefined}
            />
            <span>
              {t("account.signUp.acceptPrivacy")}{" "}
              <Link to="/privacy" target="_blank">
                {t("account.signUp.privacyLink")}
                <span className="visually-hidden"> {t("common.externalLink")}</span>
              </Link>
              {t("account.signUp.acceptPrivacyEnd")}
            </span>
          </label>
          {invalid.has("acceptPrivacy") && (
            <p id="accept-privacy-error" className="field-error">
              {t("account.fields.acceptPrivacyError")}
            </p>
          )}
        </div>
        {signUp.isError && <ServerError look="account" error={signUp.error} messages={{ VALIDATION: t("account.form.checkFields") }} />}
        <button type="submit" className="button" disabled={signUp.isPending}>
          {t("account.signUp.submit")}
        </button>
      </form>
      <p className="auth-switch">
        {t("account.signUp.haveAccount")} <Link to="/sign-in">{t("account.signIn.link")}</Link>
      </p>
    </AuthFrame>
  );
}

/** Shown after sign-up whether or not the address was new, so sign-up reveals no accounts. */
function CheckYourEmail({ email }: { email: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form was replaced: put keyboard and screen-reader focus on what is new.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="auth-frame">
      <PageTitle title={t("account.checkEmail.title")} />
      <h1 ref={heading} tabIndex={-1}>
        {t("account.checkEmail.title")}
      </h1>
      <p>{t("account.checkEmail.text", { email })}</p>
      <p className="muted">{t("account.checkEmail.notReceived")}</p>
      <ResendVerification email={email} />
    </div>
  );
}
