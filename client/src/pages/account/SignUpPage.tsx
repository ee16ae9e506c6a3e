import type { UiLocale } from "@cluster-match/shared/i18n";
import { signUpInputSchema } from "@cluster-match/shared";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { invalidFieldsOfIssues, invalidFieldsOfServerError, noInvalidFields, type InvalidFields } from "../../lib/fieldErrors.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { AuthFrame, FormError, EmailField, LanguageField, NameField, NewPasswordField } from "./FormParts.tsx";
import { ResendVerification } from "./ResendVerification.tsx";

export function SignUpPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const uiLocale = useLocale();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [locale, setLocale] = useState<UiLocale>(uiLocale);
  const [acceptPrivacy, setAcceptPrivacy] = useState(false);
  const [clientInvalid, setClientInvalid] = useState<InvalidFields>(noInvalidFields);
  const signUp = useMutation(trpc.accounts.signUp.mutationOptions());

  if (signUp.isSuccess) return <CheckYourEmail email={signUp.variables.email} />;

  const invalid = clientInvalid.size > 0 ? clientInvalid : invalidFieldsOfServerError(signUp.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = signUpInputSchema.safeParse({ name, email, password, locale, acceptPrivacy });
    setClientInvalid(parsed.success ? noInvalidFields : invalidFieldsOfIssues(parsed.error.issues));
    if (parsed.success) signUp.mutate(parsed.data);
  };

  return (
    <AuthFrame title={t("accounts.signUp.title")}>
      <PageTitle title={t("accounts.signUp.title")} />
      <p className="lead">{t("accounts.signUp.intro")}</p>
      <form className="form-stack" onSubmit={submit} noValidate>
        <NameField value={name} onChange={setName} invalid={invalid.has("name")} />
        <EmailField value={email} onChange={setEmail} invalid={invalid.has("email")} />
        <NewPasswordField
          label={t("accounts.fields.password")}
          value={password}
          onChange={setPassword}
          error={invalid.has("password") ? t("accounts.fields.passwordError") : undefined}
        />
        <LanguageField label={t("accounts.fields.language")} hint={t("accounts.fields.languageHint")} value={locale} onChange={setLocale} />
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
              {t("accounts.signUp.acceptPrivacy")}{" "}
              <Link to="/privacy" target="_blank">
                {t("accounts.signUp.privacyLink")}
                <span className="visually-hidden"> {t("common.externalLink")}</span>
              </Link>
              {t("accounts.signUp.acceptPrivacyEnd")}
            </span>
          </label>
          {invalid.has("acceptPrivacy") && (
            <p id="accept-privacy-error" className="field-error">
              {t("accounts.fields.acceptPrivacyError")}
            </p>
          )}
        </div>
        {signUp.isError && <FormError error={signUp.error} messages={{ VALIDATION: t("accounts.form.checkFields") }} />}
        <button type="submit" className="button" disabled={signUp.isPending}>
          {t("accounts.signUp.submit")}
        </button>
      </form>
      <p className="auth-switch">
        {t("accounts.signUp.haveAccount")} <Link to="/sign-in">{t("accounts.signIn.link")}</Link>
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
      <PageTitle title={t("accounts.checkEmail.title")} />
      <h1 ref={heading} tabIndex={-1}>
        {t("accounts.checkEmail.title")}
      </h1>
      <p>{t("accounts.checkEmail.text", { email })}</p>
      <p className="muted">{t("accounts.checkEmail.notReceived")}</p>
      <ResendVerification email={email} />
    </div>
  );
}
